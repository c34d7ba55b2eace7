import FoundationEssentials
import Glibc
import GuideStore

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
  /// The folder itself may be a symbolic link; inside it, links are not followed, so a pack
  /// cannot reach outside its folder. Each file is read once with `BoundedFile` (Foundation's
  /// reader costs more per file than parsing a small topic does): a file swapped for a link,
  /// FIFO or device between listing and reading is refused, never followed or waited on.
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
    for relative in try yamlFiles(below: root) {
      let bytes: [UInt8]
      do {
        bytes = try BoundedFile.read(root + "/" + relative, limit: maxBytes - total)
      } catch {
        guard case .tooLarge = error.reason else { throw PackSourceError.file(error) }
        throw PackSourceError.tooLarge(path, limit: maxBytes)
      }
      total += bytes.count
      files.append((relative, String(decoding: bytes, as: UTF8.self)))
    }
    return PackSource(name: path, files: files)
  }

  /// The relative paths of the `.yaml` and `.yml` files below `root`, found without recursion
  /// and without following links. Deeper than `PackLimits.maxFolderDepth` is an error.
  private static func yamlFiles(below root: String) throws -> [String] {
    var found: [String] = []
    var folders: [(relative: String, depth: Int)] = [("", 0)]
    while let (relative, depth) = folders.popLast() {
      let full = relative.isEmpty ? root : root + "/" + relative
      guard let listing = opendir(full) else { throw PackSourceError.unreadable(full, errno) }
      defer { closedir(listing) }
      while let entry = readdir(listing) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard name != ".", name != ".." else { continue }
        let child = relative.isEmpty ? name : relative + "/" + name
        var info = stat()
        guard lstat(root + "/" + child, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
          guard depth < PackLimits.maxFolderDepth else {
            throw PackSourceError.tooDeep(root + "/" + child, limit: PackLimits.maxFolderDepth)
          }
          folders.append((child, depth + 1))
        case S_IFREG where name.hasSuffix(".yaml") || name.hasSuffix(".yml"):
          guard found.count < PackLimits.maxFiles else {
            throw PackSourceError.tooManyFiles(root, limit: PackLimits.maxFiles)
          }
          found.append(child)
        default:
          continue
        }
      }
    }
    return found
  }
}

/// The sizes past which a pack is refused rather than loaded.
public enum PackLimits {
  /// All `.yaml` files of a pack together.
  public static let maxPackBytes = 32 * 1024 * 1024
  /// Folders inside the pack folder; far more than any pack needs.
  public static let maxFolderDepth = 16
  /// `.yaml` files in a pack: reading and parsing 100,000 small ones takes seconds.
  public static let maxFiles = 20_000
  /// Headings, paragraphs and bullet items in one topic (the page is laid out whole).
  public static let maxTopicItems = 100_000
  /// Bytes of text in one heading, paragraph or bullet.
  public static let maxTextBytes = 1024 * 1024
  /// Items in any one list of a pack (quiz questions, plan actions, a posting dimension's
  /// phrases, options…): screens list them all, and the posting reader indexes every phrase.
  public static let maxListItems = 1_000
  /// Bytes of text in one topic's body (showing 4 MB of paragraphs takes about 0.7 seconds).
  public static let maxTopicTextBytes = 4 * 1024 * 1024
}

public enum PackSourceError: Error, Equatable, CustomStringConvertible {
  case notAFolder(String)
  case tooLarge(String, limit: Int)
  /// A folder of the pack could not be listed; the error number says why.
  case unreadable(String, Int32)
  /// A pack file could not be read: it went missing, turned out to be a link, FIFO or device
  /// when it was opened, or could not be read.
  case file(FileReadError)
  case tooDeep(String, limit: Int)
  case tooManyFiles(String, limit: Int)

  /// The path is cleaned: a folder's name can hold an escape sequence.
  public var description: String { Sanitizer.clean(rawDescription) }

  private var rawDescription: String {
    switch self {
    case .notAFolder(let path): return "\(path): not a folder with a content pack"
    case .tooLarge(let path, let limit):
      return "\(path): the pack is larger than the limit of \(limit / 1024 / 1024) MB"
    case .unreadable(let path, let code):
      return "\(path): cannot be read (\(String(cString: strerror(code))))"
    case .file(let error): return error.description
    case .tooDeep(let path, let limit):
      return "\(path): folders are nested deeper than \(limit) levels"
    case .tooManyFiles(let path, let limit):
      return "\(path): the pack has more than \(limit) .yaml files"
    }
  }
}
