#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a whole file from outside the program, with its time and memory bounded.
///
/// The one reader for a pack's files, saved documents, the settings file and postings, so
/// each refuses what it cannot take in the same way and in the same words. The file is opened
/// without waiting (a FIFO cannot hang the caller) and checked after opening, so a file swapped
/// for a link, FIFO or device between a look and the read is refused, never followed or waited
/// on. At most `limit` bytes are taken: one more byte is asked for to see a file that grew.
public enum BoundedFile {
  /// What a caller accepts besides a regular file at the path.
  public struct Accepting: Sendable {
    /// Follow a symbolic link (settings files often are links into a folder of dotfiles).
    public var links: Bool
    /// Read a FIFO, waiting for its writer like `cat` (`devrel-guide posting <(pbpaste)`).
    public var pipes: Bool

    public init(links: Bool = false, pipes: Bool = false) {
      self.links = links
      self.pipes = pipes
    }

    /// A regular file at exactly this path: no link, no FIFO.
    public static let regularFileOnly = Accepting()
  }

  /// The bytes of the file at `path`, at most `limit` of them.
  ///
  /// `memory` is asked, with the file's size, whether the caller has room for what it will
  /// make of it; its answer (the end of a sentence) refuses the file before it is read.
  public static func read(
    _ path: String, limit: Int, accepting: Accepting = .regularFileOnly,
    memory: (Int) -> String? = { _ in nil }
  ) throws(FileReadError) -> [UInt8] {
    let descriptor = try open(path, accepting: accepting)
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw FileReadError(path, errno: errno) }
    try check(info, path: path, accepting: accepting)
    var expected: Int?
    if info.st_mode & S_IFMT == S_IFREG {
      expected = Int(info.st_size)
      guard Int(info.st_size) <= limit else { throw FileReadError(path, .tooLarge(limit: limit)) }
      if let shortfall = memory(Int(info.st_size)) {
        throw FileReadError(path, .noMemory(shortfall))
      }
    }
    return try readAll(descriptor, path: path, limit: limit, expected: expected)
  }

  /// Everything on a descriptor the caller owns (standard input), at most `limit` bytes.
  public static func read(descriptor: Int32, name: String, limit: Int) throws(FileReadError)
    -> [UInt8]
  {
    try readAll(descriptor, path: name, limit: limit, expected: nil)
  }

  /// Looks before opening, so what can never be read (a folder, a device) is refused without
  /// being opened, then opens without waiting. A FIFO the caller accepts is opened waiting,
  /// since one opened without waiting reads as empty until its writer comes.
  private static func open(_ path: String, accepting: Accepting) throws(FileReadError) -> Int32 {
    var flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | (accepting.links ? 0 : O_NOFOLLOW)
    var info = stat()
    let looked = accepting.links ? stat(path, &info) : lstat(path, &info)
    if looked == 0, info.st_mode & S_IFMT != S_IFLNK {
      try check(info, path: path, accepting: accepting)
    }
    if !(looked == 0 && accepting.pipes && info.st_mode & S_IFMT == S_IFIFO) {
      flags |= O_NONBLOCK
    }
    let descriptor = systemOpen(path, flags)
    guard descriptor >= 0 else { throw FileReadError(path, errno: errno) }
    return descriptor
  }

  private static func check(_ info: stat, path: String, accepting: Accepting)
    throws(FileReadError)
  {
    switch info.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFIFO where accepting.pipes: return
    case S_IFDIR: throw FileReadError(path, .folder)
    case S_IFCHR, S_IFBLK: throw FileReadError(path, .device)
    case S_IFIFO: throw FileReadError(path, .pipe)
    default: throw FileReadError(path, .otherKind)
    }
  }

  /// Reads to the end or one byte past `limit`. The buffer starts at the expected size plus one
  /// (or 64 KB for a pipe) and doubles, so a small file costs one allocation.
  private static func readAll(_ descriptor: Int32, path: String, limit: Int, expected: Int?)
    throws(FileReadError) -> [UInt8]
  {
    let most = limit + 1
    var bytes = [UInt8](repeating: 0, count: min(most, (expected ?? 65_535) + 1))
    var count = 0
    while count < most {
      if count == bytes.count {
        bytes += [UInt8](repeating: 0, count: min(most - count, max(65_536, count)))
      }
      let read = bytes.withUnsafeMutableBufferPointer {
        systemRead(descriptor, $0.baseAddress?.advanced(by: count), $0.count - count)
      }
      if read < 0, errno == EINTR { continue }
      guard read >= 0 else { throw FileReadError(path, errno: errno) }
      if read == 0 { break }
      count += read
    }
    guard count <= limit else { throw FileReadError(path, .tooLarge(limit: limit)) }
    bytes.removeSubrange(count...)
    return bytes
  }
}

/// The C `open` and `read`, under names no member of `BoundedFile` shadows.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}

/// Why `BoundedFile` did not read a file: its path and the reason, worded the same for every
/// caller as the end of a sentence that starts with the path ("does not exist").
public struct FileReadError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Reason: Equatable, Sendable {
    /// Nothing is at the path (`ENOENT`), or a part of it is not a folder (`ENOTDIR`).
    case missing
    case notAFolderOnTheWay
    case noPermission
    /// A symbolic link where the caller takes none.
    case link
    case folder
    case device
    /// A FIFO where the caller takes none.
    case pipe
    /// A socket or anything else that is not a file.
    case otherKind
    case tooLarge(limit: Int)
    /// The memory limit has no room for it; the end of a sentence says how much it needs.
    case noMemory(String)
    /// Any other error number from the system.
    case system(Int32)
  }

  public var path: String
  public var reason: Reason

  public init(_ path: String, _ reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// The reason for an error number from `open`, `fstat` or `read`.
  public init(_ path: String, errno code: Int32) {
    let reason: Reason =
      switch code {
      case ENOENT: .missing
      case ENOTDIR: .notAFolderOnTheWay
      case EACCES, EPERM: .noPermission
      case ELOOP: .link
      default: .system(code)
      }
    self.init(path, reason)
  }

  /// The path and why, on one line (a path can hold any byte but NUL, so controls become `?`).
  public var description: String { StoreError.singleLine("\(path) \(sentence)") }

  /// Why, as the end of a sentence that starts with the file's name.
  public var sentence: String {
    switch reason {
    case .missing: "does not exist"
    case .notAFolderOnTheWay: "does not exist (a part of its path is not a folder)"
    case .noPermission: "cannot be read: you do not have permission"
    case .link: "is a symbolic link, not a file"
    case .folder: "is a folder, not a file"
    case .device: "is a device, not a file"
    case .pipe: "is a FIFO, not a file"
    case .otherKind: "is not a file (a socket or another special file)"
    case .tooLarge(let limit): "is larger than \(Self.size(limit))"
    case .noMemory(let shortfall): "is not read: \(shortfall)"
    case .system(let code): "cannot be read (\(errnoText(code)))"
    }
  }

  /// "4 MB", "64 KB" or "40 bytes": the largest unit the limit is a whole number of.
  static func size(_ bytes: Int) -> String {
    if bytes >= 1024 * 1024, bytes % (1024 * 1024) == 0 { return "\(bytes / 1024 / 1024) MB" }
    if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
    return bytes == 1 ? "1 byte" : "\(bytes) bytes"
  }
}
