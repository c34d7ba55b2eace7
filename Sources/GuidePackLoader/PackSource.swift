import FoundationEssentials
import Glibc

/// A pack's files: from a folder on disk, or (in tests) written out in code.
public struct PackSource: Sendable {
  /// Shown in messages, e.g. `Resources/guide` or a `--content` folder.
  public var name: String
  /// Relative path (e.g. `topics/duties.yaml`) to file text, sorted by path.
  public var files: [(path: String, text: String)]

  public init(name: String, files: [(path: String, text: String)]) {
    self.name = name
    self.files = files.sorted { $0.path < $1.path }
  }

  /// Every `.yaml` file below a folder. Unreadable bytes become U+FFFD, never a crash.
  ///
  /// Paths and `lstat` rather than URL resource values: those cost more than parsing the
  /// YAML on a pack of thousands of files.
  public static func directory(_ path: String, maxBytes: Int = PackLimits.maxPackBytes) throws
    -> PackSource
  {
    let root = URL(fileURLWithPath: path).standardizedFileURL.path
    var folder = stat()
    guard stat(root, &folder) == 0, folder.st_mode & S_IFMT == S_IFDIR else {
      throw PackSourceError.notAFolder(path)
    }
    var files: [(String, String)] = []
    var total = 0
    for relative in try FileManager.default.subpathsOfDirectory(atPath: root)
    where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
      let full = root + "/" + relative
      var info = stat()
      // Regular files only: a link is not followed, so a pack cannot reach outside its folder.
      guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
      total += Int(info.st_size)
      if total > maxBytes { throw PackSourceError.tooLarge(path, limit: maxBytes) }
      files.append((relative, try readText(full, size: Int(info.st_size))))
    }
    return PackSource(name: path, files: files)
  }
}

/// A file's text, read with `open` and `read` (Foundation's reader costs more per file than
/// parsing a small topic does).
private func readText(_ path: String, size: Int) throws -> String {
  let descriptor = open(path, O_RDONLY | O_CLOEXEC)
  guard descriptor >= 0 else { throw PackSourceError.unreadable(path, errno) }
  defer { close(descriptor) }
  var bytes = [UInt8](repeating: 0, count: max(size, 0))
  var count = 0
  while count < bytes.count {
    let read = bytes.withUnsafeMutableBufferPointer {
      Glibc.read(descriptor, $0.baseAddress?.advanced(by: count), $0.count - count)
    }
    if read < 0, errno == EINTR { continue }
    guard read >= 0 else { throw PackSourceError.unreadable(path, errno) }
    if read == 0 { break }  // The file shrank while we read it.
    count += read
  }
  return String(decoding: bytes.prefix(count), as: UTF8.self)
}

/// The sizes past which a pack is refused rather than loaded.
public enum PackLimits {
  /// All `.yaml` files of a pack together.
  public static let maxPackBytes = 32 * 1024 * 1024
}

public enum PackSourceError: Error, Equatable, CustomStringConvertible {
  case notAFolder(String)
  case tooLarge(String, limit: Int)
  /// A file of the pack could not be read; the error number says why.
  case unreadable(String, Int32)

  /// The path is cleaned: a folder's name can hold an escape sequence.
  public var description: String { Sanitizer.clean(rawDescription) }

  private var rawDescription: String {
    switch self {
    case .notAFolder(let path): return "\(path): not a folder with a content pack"
    case .tooLarge(let path, let limit):
      return "\(path): the pack is larger than the limit of \(limit / 1024 / 1024) MB"
    case .unreadable(let path, let code):
      return "\(path): cannot be read (\(String(cString: strerror(code))))"
    }
  }
}
