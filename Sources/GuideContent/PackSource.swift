import Foundation

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
  public static func directory(_ path: String, maxBytes: Int = PackLimits.maxPackBytes) throws
    -> PackSource
  {
    let root = URL(fileURLWithPath: path).standardizedFileURL
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw PackSourceError.notAFolder(path) }
    var files: [(String, String)] = []
    var total = 0
    let walker = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey])
    while let url = walker?.nextObject() as? URL {
      guard url.pathExtension == "yaml" || url.pathExtension == "yml" else { continue }
      let values = try url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
      guard values.isRegularFile == true else { continue }
      total += values.fileSize ?? 0
      if total > maxBytes { throw PackSourceError.tooLarge(path, limit: maxBytes) }
      let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
      let data = try Data(contentsOf: url)
      files.append((relative, String(decoding: data, as: UTF8.self)))
    }
    return PackSource(name: path, files: files)
  }
}

/// The sizes past which a pack is refused rather than loaded.
public enum PackLimits {
  /// All `.yaml` files of a pack together.
  public static let maxPackBytes = 32 * 1024 * 1024
}

public enum PackSourceError: Error, Equatable, CustomStringConvertible {
  case notAFolder(String)
  case tooLarge(String, limit: Int)

  public var description: String {
    switch self {
    case .notAFolder(let path): return "\(path): not a folder with a content pack"
    case .tooLarge(let path, let limit):
      return "\(path): the pack is larger than the limit of \(limit / 1024 / 1024) MB"
    }
  }
}
