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
  /// `nil` when neither `XDG_CONFIG_HOME` nor `HOME` is an absolute path: there is then no
  /// settings file to read (the home folder is never looked up in the password database).
  public static func filePath(_ environment: [String: String]) -> String? {
    func absolute(_ name: String) -> String? {
      environment[name].flatMap { $0.hasPrefix("/") ? $0 : nil }
    }
    guard
      let folder = absolute("XDG_CONFIG_HOME")
        ?? absolute("HOME").map({ Paths.join($0, ".config") })
    else { return nil }
    return Paths.join(folder, "devrel-guide/config")
  }

  /// Reads the settings file; a missing file gives defaults, a bad one defaults and a warning.
  public static func load(_ environment: [String: String]) -> (Settings, [String]) {
    // Most people have no settings file: ask the system before Foundation reads anything.
    guard let path = filePath(environment), access(path, F_OK) == 0,
      let data = FileManager.default.contents(atPath: path)
    else {
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
