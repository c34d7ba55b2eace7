import FoundationEssentials
import Glibc
import GuideContent
import GuidePackLoader
import GuideStore

/// What a person can set once instead of passing flags every time.
///
/// The file is `$XDG_CONFIG_HOME/devrel-guide/config` (default `~/.config/devrel-guide/config`),
/// in YAML:
///
///     # devrel-guide settings
///     theme: light        # dark, light, high-contrast or monochrome
public struct Settings: Sendable, Equatable {
  public var theme: String?

  public init(theme: String? = nil) { self.theme = theme }

  /// Where the settings file lives for this environment. A plain path: it is worked out on
  /// every start, and URL arithmetic costs more than the rest of reading the settings.
  public static func filePath(_ environment: [String: String]) -> String {
    let configured = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
    return Paths.join(configured ?? Paths.join(home, ".config"), "devrel-guide/config")
  }

  /// Reads the settings file; a missing file gives defaults, a bad one defaults and a warning.
  public static func load(_ environment: [String: String]) -> (Settings, [String]) {
    let path = filePath(environment)
    // Most people have no settings file: ask the system before Foundation reads anything.
    guard access(path, F_OK) == 0, let data = FileManager.default.contents(atPath: path) else {
      return (Settings(), [])
    }
    return parse(String(decoding: data, as: UTF8.self), file: path)
  }

  public static func parse(_ text: String, file: String) -> (Settings, [String]) {
    let root: YAMLNode?
    do {
      root = try YAML.compose(text)
    } catch {
      return (Settings(), ["\(file): not read, it is not valid YAML (\(error))"])
    }
    guard let root else { return (Settings(), []) }
    guard case .mapping(let mapping) = root.value else {
      return (Settings(), ["\(file): not read, expected lines like `theme: light`"])
    }
    var settings = Settings()
    var warnings: [String] = []
    for (key, value) in mapping {
      switch key.string {
      case "theme": settings.theme = value.string
      default: warnings.append("\(file): unknown setting `\(key.string ?? "?")` ignored")
      }
    }
    return (settings, warnings)
  }
}
