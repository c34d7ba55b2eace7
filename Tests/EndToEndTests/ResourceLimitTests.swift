import Foundation
import Testing

/// The binary under the limits a shell can set (`ulimit -n`, `-f`, `-v`) and with environment
/// values no terminal has: a clear message and an exit code, never a crash, never a command
/// line ignored, never a temporary file left behind.
@Suite struct ResourceLimitTests {
  static let binary = Result { try TmuxSession.guideBinary().path }
  static let pack = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Resources/guide").path

  /// Runs the binary under `ulimit` settings; its output and errors go through a pipe to
  /// `cat`, so a file-size limit applies to the files the program writes, not to its output.
  static func run(
    limits: String, _ arguments: [String], in folder: RobustnessFolder, stdin: String? = nil
  ) throws -> (status: Int32?, output: String) {
    let script = "( ulimit \(limits); exec \"$0\" \"$@\" ) 2>&1 | cat; exit ${PIPESTATUS[0]}"
    let outputFile = folder.file("out-\(UUID().uuidString)")
    let status = try RobustnessProcess.run(
      ["/bin/bash", "-c", script, try binary.get()] + arguments,
      environment: folder.environment(), input: stdin.map { .file($0) } ?? .openPipe,
      output: outputFile, errors: folder.file("errors"), timeout: .seconds(20))
    return (status, (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? "")
  }

  // MARK: - Open files

  /// `ulimit -n 4` crashed `validate` (SIGILL); too few descriptors now give one line and 71,
  /// and every command line is refused the same way, not ignored.
  @Test(arguments: [
    ["validate", pack], ["validate", "/nonexistent"], ["--bogus"], ["show", "nope"], [],
  ])
  func tooFewOpenFilesAreToldAndNeverCrash(arguments: [String]) throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let (status, output) = try Self.run(limits: "-n 4", arguments, in: folder)
    #expect(status == 71, "\(output)")
    #expect(output.contains("too few open files allowed (ulimit -n is 4)"), "\(output)")
    #expect(!output.contains("DevRel career guide"), "the overview, as if no argument was given")
  }

  /// With three descriptors not even the system's loader can open the libraries: it says so
  /// and fails, and the program never runs with its arguments lost.
  @Test func threeOpenFilesFailWithoutRunningTheOverview() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let (status, output) = try Self.run(limits: "-n 3", ["show", "nope"], in: folder)
    #expect(status != 0 && status != nil && status! < 128, "\(output)")
    #expect(!output.contains("DevRel career guide"))
  }

  /// The limit is the documented minimum: at it, the hungriest command works; one below, it is
  /// refused.
  @Test func theMinimumOfOpenFilesIsEnoughAndOneFewerIsRefused() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let minimum = 16
    let atLimit = try Self.run(limits: "-n \(minimum)", ["validate", Self.pack], in: folder)
    #expect(atLimit.status == 0, "\(atLimit.output)")
    #expect(atLimit.output.contains("ok, "))
    let below = try Self.run(limits: "-n \(minimum - 1)", ["validate", Self.pack], in: folder)
    #expect(below.status == 71)
    #expect(below.output.contains("needs at least \(minimum)"))
  }

  // MARK: - File size

  /// `ulimit -f 0` killed the line-mode quiz with SIGXFSZ at its first answer and left a
  /// `.tmp` file; now every write that fails says so and the quiz goes on to its end.
  @Test func aFileSizeLimitIsAWriteErrorLikeAnyOther() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let (status, output) = try Self.run(
      limits: "-f 0", ["quiz", "--plain"], in: folder, stdin: try folder.answers())
    #expect(status == 0, "\(output.suffix(400))")
    #expect(output.contains("could not write quiz-in-progress.json: File too large"))
    #expect(output.contains("could not write history.json: File too large"))
    #expect(output.contains("The 4C's, from your activities"))
    let left = FileManager.default.enumerator(atPath: folder.root.path)?
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".tmp") }
    #expect(left == [])
  }

  /// In the full-screen guide a full disk is told once, in words about marks: not after every
  /// mark, and not all over again on exit.
  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func marksThatCannotBeWrittenAreToldOnce() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let session = try TmuxSession(
      arguments: [
        "/bin/bash", "-c", "ulimit -f 0; exec \"$0\" --home", try Self.binary.get(),
      ], columns: 120, environment: folder.xdg)
    let told = "Progress marks were not saved: could not write progress.json: File too large"
    try session.waitFor("q quit")
    try session.sendKeys("1")
    try session.waitFor("Home ›")
    try session.sendKeys("d")
    try session.waitFor(told)
    try session.sendKeys("Escape")
    try session.waitForAbsence(of: "Home ›")
    try session.sendKeys("2")
    try session.waitFor("Home ›")
    try session.sendKeys("d")
    try session.waitFor("Marked as done.")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
    let screen = try session.capture().joined(separator: "\n")
    #expect(screen.components(separatedBy: "Progress marks were not saved").count == 2, "\(screen)")
    #expect(!screen.contains("results were not saved"))
  }

  /// A signal that reports a file too large is ignored: the write that caused it fails instead.
  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func sigxfszIsIgnored() throws {
    let session = try TmuxSession(arguments: [try Self.binary.get(), "--home"])
    try session.waitFor("q quit")
    try session.sendSignal(SIGXFSZ)
    try session.sendKeys("/")
    try session.waitFor("Esc cancel")
    #expect(session.isRunning())
    try session.sendKeys("Escape", "q")
    #expect(try session.waitForExit() == 0)
  }

  // MARK: - Memory

  /// Under `ulimit -v` a 4 MB posting stopped the program ("failed to allocate", 134); its size
  /// is known before it is read, so it is refused with a message and 74. A small posting under
  /// the same limit is read.
  @Test func aPostingTheMemoryLimitCannotHoldIsRefusedBeforeItIsRead() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let words = ["developer", "advocate", "community", "docs", "talks", "sdk", "code"]
    var text = ""
    while text.utf8.count < 4_000_000 { text += words.joined(separator: " ") + "\n" }
    let big = folder.file("big.txt")
    try text.write(toFile: big, atomically: true, encoding: .utf8)
    let small = folder.file("small.txt")
    try "Developer advocate: write docs, give talks, grow the community.\n"
      .write(toFile: small, atomically: true, encoding: .utf8)

    let refused = try Self.run(limits: "-v 70000", ["posting", big], in: folder)
    #expect(refused.status == 74, "\(refused.output)")
    #expect(
      refused.output.contains("big.txt is not read: reading a posting of 4.0 MB needs about ")
        && refused.output.contains("MB of memory, and the memory limit (ulimit -v) leaves"),
      "\(refused.output)")
    let read = try Self.run(limits: "-v 70000", ["posting", small], in: folder)
    #expect(read.status == 0, "\(read.output)")
    #expect(read.output.contains("What the posting emphasises"))
  }

  // MARK: - Terminal size from the environment

  /// `COLUMNS=100000` blamed TERM; now the variable is named.
  @Test(
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
    arguments: [("COLUMNS", "100000"), ("LINES", "100000")])
  func aSizeNoWindowHasIsNamed(name: String, value: String) throws {
    let session = try TmuxSession(
      arguments: [try Self.binary.get(), "--home"], columns: 120, environment: [name: value])
    #expect(try session.waitForExit() == 1)
    let screen = try session.capture().joined()
    #expect(screen.contains("\(name)=\(value) is larger than any window"), "\(screen)")
    #expect(!screen.contains("TERM"))
  }
}
