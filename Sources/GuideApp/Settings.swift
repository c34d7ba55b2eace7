import FoundationEssentials
import GuideContent

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

  /// Where the settings file lives for this environment.
  public static func fileURL(_ environment: [String: String]) -> URL {
    let configured = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    let base =
      configured.map { URL(fileURLWithPath: $0) }
      ?? URL(
        fileURLWithPath: environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
      )
      .appendingPathComponent(".config")
    return base.appendingPathComponent("devrel-guide/config")
  }

  /// Reads the settings file; a missing file gives defaults, a bad one defaults and a warning.
  public static func load(_ environment: [String: String]) -> (Settings, [String]) {
    let url = fileURL(environment)
    guard let data = FileManager.default.contents(atPath: url.path) else { return (Settings(), []) }
    return parse(String(decoding: data, as: UTF8.self), file: url.path)
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
