import FoundationEssentials

/// Where devrel-guide keeps its files, following the XDG Base Directory spec.
///
/// `dataDirectory` holds things the user would miss (history, results);
/// `stateDirectory` holds things that are merely convenient (a quiz in progress).
public struct DataPaths: Equatable, Sendable {
  /// The folder name used under the XDG base folders.
  public static let appFolderName = "devrel-guide"

  public var dataDirectory: URL
  public var stateDirectory: URL

  public init(dataDirectory: URL, stateDirectory: URL) {
    self.dataDirectory = dataDirectory
    self.stateDirectory = stateDirectory
  }

  /// Paths for the given environment (pass `ProcessInfo.processInfo.environment`).
  ///
  /// Taking the environment as a parameter keeps this a pure function, so tests never
  /// touch the real home folder.
  public static func fromEnvironment(_ env: [String: String]) -> DataPaths {
    let home = absolutePath(env["HOME"]) ?? FileManager.default.homeDirectoryForCurrentUser.path
    let homeURL = URL(fileURLWithPath: home, isDirectory: true)
    func base(_ variable: String, default fallback: String) -> URL {
      // The spec says relative or empty values are invalid and must be ignored.
      if let path = absolutePath(env[variable]) {
        return URL(fileURLWithPath: path, isDirectory: true)
      }
      return homeURL.appendingPathComponent(fallback, isDirectory: true)
    }
    return DataPaths(
      dataDirectory: base("XDG_DATA_HOME", default: ".local/share")
        .appendingPathComponent(appFolderName, isDirectory: true),
      stateDirectory: base("XDG_STATE_HOME", default: ".local/state")
        .appendingPathComponent(appFolderName, isDirectory: true))
  }

  /// Paths for one content pack, under `packs/<id>` in both folders, so that the history
  /// of two packs never mixes and pack files never collide with app-wide files.
  public func forPack(_ id: String) -> DataPaths {
    let component = Self.safeComponent(id)
    return DataPaths(
      dataDirectory: dataDirectory.appendingPathComponent("packs", isDirectory: true)
        .appendingPathComponent(component, isDirectory: true),
      stateDirectory: stateDirectory.appendingPathComponent("packs", isDirectory: true)
        .appendingPathComponent(component, isDirectory: true))
  }

  /// Turns a pack id into one harmless path component.
  ///
  /// Pack ids come from content files, so they must not be able to climb out of our
  /// folder (`../evil`) or create nested folders (`a/b`). Anything outside `[a-z0-9._-]`
  /// becomes `_`; names made only of dots, or empty names, are replaced as well.
  public static func safeComponent(_ id: String) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-".unicodeScalars)
    var scalars = String.UnicodeScalarView()
    for scalar in id.unicodeScalars.prefix(120) {
      scalars.append(allowed.contains(scalar) ? scalar : "_")
    }
    let component = String(scalars)
    if component.allSatisfy({ $0 == "." }) {
      return String(repeating: "_", count: max(1, component.count))
    }
    return component
  }

  private static func absolutePath(_ value: String?) -> String? {
    guard let value, value.hasPrefix("/") else { return nil }
    return value
  }
}
