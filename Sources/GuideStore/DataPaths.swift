import FoundationEssentials

/// Where devrel-guide keeps its files, following the XDG Base Directory spec.
///
/// `dataDirectory` holds things the user would miss (history, results);
/// `stateDirectory` holds things that are merely convenient (a quiz in progress).
public struct DataPaths: Equatable, Sendable {
  /// The folder name used under the XDG base folders.
  public static let appFolderName = "devrel-guide"

  public var dataDirectory: String
  public var stateDirectory: String

  public init(dataDirectory: String, stateDirectory: String) {
    self.dataDirectory = dataDirectory
    self.stateDirectory = stateDirectory
  }

  /// Paths for the given environment (pass `ProcessInfo.processInfo.environment`).
  ///
  /// Taking the environment as a parameter keeps this a pure function, so tests never
  /// touch the real home folder. The home folder comes from `HOME` only: asking the password
  /// database instead would make the static binary depend on glibc's NSS modules at run time.
  public static func fromEnvironment(_ env: [String: String]) throws(NoHomeFolder) -> DataPaths {
    let home = absolutePath(env["HOME"])
    func base(_ variable: String, default fallback: String) throws(NoHomeFolder) -> String {
      // The spec says relative or empty values are invalid and must be ignored.
      if let configured = absolutePath(env[variable]) { return configured }
      guard let home else { throw NoHomeFolder(variable: variable) }
      return Paths.join(home, fallback)
    }
    return DataPaths(
      dataDirectory: Paths.join(try base("XDG_DATA_HOME", default: ".local/share"), appFolderName),
      stateDirectory: Paths.join(
        try base("XDG_STATE_HOME", default: ".local/state"), appFolderName))
  }

  /// `HOME` is unset or not an absolute path, and the XDG variable that would replace it is too.
  public struct NoHomeFolder: Error, Equatable, CustomStringConvertible {
    public let variable: String

    public var description: String {
      "HOME is not set to an absolute path, so there is nowhere to keep results "
        + "(set HOME, or \(variable))"
    }
  }

  /// Paths for one content pack, under `packs/<id>` in both folders, so that the history
  /// of two packs never mixes and pack files never collide with app-wide files.
  public func forPack(_ id: String) -> DataPaths {
    let component = Self.safeComponent(id)
    return DataPaths(
      dataDirectory: Paths.join(Paths.join(dataDirectory, "packs"), component),
      stateDirectory: Paths.join(Paths.join(stateDirectory, "packs"), component))
  }

  /// Turns a pack id into one harmless path component.
  ///
  /// Pack ids come from content files, so they must not be able to climb out of our
  /// folder (`../evil`) or create nested folders (`a/b`). Anything outside `[a-z0-9._-]`
  /// becomes `_`; names made only of dots, or empty names, are replaced as well. An id longer
  /// than a file name may be keeps its first 100 characters and a hash of the whole id, so two
  /// long ids that differ only near the end never share a folder.
  public static func safeComponent(_ id: String) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-".unicodeScalars)
    let keep = id.unicodeScalars.count > 120 ? 100 : 120
    var scalars = String.UnicodeScalarView()
    for scalar in id.unicodeScalars.prefix(keep) {
      scalars.append(allowed.contains(scalar) ? scalar : "_")
    }
    if id.unicodeScalars.count > 120 {
      scalars.append(contentsOf: "-\(stableHash(id))".unicodeScalars)
    }
    let component = String(scalars)
    if component.allSatisfy({ $0 == "." }) {
      return String(repeating: "_", count: max(1, component.count))
    }
    return component
  }

  /// FNV-1a over the UTF-8 bytes, in hex: the same on every run and every machine, which
  /// `Hasher` is not.
  static func stableHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return String(hash, radix: 16)
  }

  private static func absolutePath(_ value: String?) -> String? {
    guard let value, value.hasPrefix("/") else { return nil }
    return value
  }
}
