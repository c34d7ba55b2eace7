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

  /// The largest settings file read: one line is all it needs, and start-up must not wait on
  /// reading a huge one.
  public static let maxBytes = 64 * 1024

  /// Reads the settings file; a missing file gives defaults, a bad one defaults and a warning.
  ///
  /// Read with `BoundedFile`, like a pack's files: a FIFO, a device or a folder at the path is
  /// refused at once instead of blocking start-up, and a file over `maxBytes` is refused
  /// without being read. A link is followed (settings files are often
  /// links into a folder of dotfiles); what it leads to must still be a regular file.
  public static func load(_ environment: [String: String]) -> (Settings, [String]) {
    guard let path = filePath(environment) else { return (Settings(), []) }
    let text: String
    do {
      let bytes = try BoundedFile.read(
        path, limit: maxBytes, accepting: BoundedFile.Accepting(links: true))
      text = String(decoding: bytes, as: UTF8.self)
    } catch {
      switch error.reason {
      case .missing, .notAFolderOnTheWay: return (Settings(), [])
      default: return (Settings(), ["\(path): not read, it \(error.sentence)"])
      }
    }
    return parse(text, file: path)
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
