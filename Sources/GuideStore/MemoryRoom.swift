#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How much more memory the process may take under its limits (`ulimit -v`, `ulimit -d`).
///
/// Past its limit an allocation does not fail politely: the Swift runtime stops the program
/// ("failed to allocate", exit 134). Where the size of what is about to be read is known (a
/// posting file, a saved file), the reader asks here first and refuses it with a message.
public enum MemoryRoom {
  /// The bytes the tighter of the two limits still leaves; nil when neither is set, or the
  /// process's size cannot be read (then nothing is refused).
  public static func left() -> Int? {
    var room: Int?
    for (resource, used) in [(RLIMIT_AS, usage().total), (RLIMIT_DATA, usage().data)] {
      var limit = rlimit()
      #if canImport(Glibc)
        let name = __rlimit_resource_t(resource.rawValue)
      #else
        let name = resource
      #endif
      guard getrlimit(name, &limit) == 0, limit.rlim_cur != rlim_t.max, let used else {
        continue
      }
      let left = max(0, Int(clamping: limit.rlim_cur) - used)
      room = min(room ?? left, left)
    }
    return room
  }

  /// Nil when `bytes` more fit under the limits; else the end of a sentence saying so, such
  /// as "needs about 140 MB of memory, and the memory limit (ulimit -v) leaves 12 MB".
  public static func shortfall(needing bytes: Int) -> String? {
    guard let left = left(), left < bytes else { return nil }
    return "needs about \(megabytes(bytes)) MB of memory, and the memory limit (ulimit -v) "
      + "leaves \(megabytes(left)) MB"
  }

  private static func megabytes(_ bytes: Int) -> Int { (bytes + 999_999) / 1_000_000 }

  /// The process's size and its data segment, in bytes, from `/proc/self/statm`.
  private static func usage() -> (total: Int?, data: Int?) {
    let descriptor = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return (nil, nil) }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return (nil, nil) }
    let fields = buffer[0..<count].split(separator: UInt8(ascii: " ")).map {
      Int(String(decoding: $0, as: UTF8.self).filter(\.isNumber))
    }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    func field(_ index: Int) -> Int? {
      index < fields.count ? fields[index].map { $0 * page } : nil
    }
    return (field(0), field(5))
  }
}
