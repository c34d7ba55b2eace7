import Glibc

/// `DEVREL_GUIDE_TIMINGS=1` prints how much CPU time loading a pack, making its search index
/// and answering a search took, on standard error: for anyone sizing a large pack, and for
/// `bench/run`, which needs a search's own cost apart from the process around it.
public enum Timing {
  static let isEnabled =
    environmentValue("DEVREL_GUIDE_TIMINGS").map { !$0.isEmpty && $0 != "0" }
    ?? false

  /// Runs `body`; when timings are on, reports it as `devrel-guide: timing: WHAT 12.34 ms`.
  public static func measure<T>(_ what: String, _ body: () throws -> T) rethrows -> T {
    guard isEnabled else { return try body() }
    let start = processMilliseconds()
    defer {
      let hundredths = Int(((processMilliseconds() - start) * 100).rounded())
      let fraction = hundredths % 100
      printError(
        "devrel-guide: timing: \(what) \(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) ms"
      )
    }
    return try body()
  }

  /// CPU time of the whole process, which other work on the machine does not inflate.
  private static func processMilliseconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1_000_000
  }
}
