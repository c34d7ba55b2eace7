import FoundationEssentials
import Glibc
import GuideBundle
import GuideContent
import GuidePackLoader
import GuideStore
import GuideUI

/// The global options as plain values.
///
/// A bare `devrel-guide` builds the defaults directly: asking swift-argument-parser to parse
/// even an empty command line costs more than drawing the whole first screen.
public struct GuideOptions: Sendable {
  public var content: String?
  public var color: ColorChoice
  public var theme: ThemeName?
  public var mouse: Bool
  public var ascii: Bool
  /// False for `--no-hyperlinks`; see `terminalSettings`.
  public var hyperlinks: Bool

  public init(
    content: String? = nil, color: ColorChoice = .auto, theme: ThemeName? = nil,
    mouse: Bool = true, ascii: Bool = false, hyperlinks: Bool = true
  ) {
    self.content = content
    self.color = color
    self.theme = theme
    self.mouse = mouse
    self.ascii = ascii
    self.hyperlinks = hyperlinks
  }

  /// How to set up the full-screen terminal. Hyperlinks are off with `--no-hyperlinks` or
  /// `DEVREL_GUIDE_HYPERLINKS` set to a word for off.
  /// The terminal is asked for its background (OSC 11) only when nothing chose the theme.
  public func terminalSettings(theme: ThemeName) -> TerminalSettings {
    TerminalSettings(
      colors: colorsAllowed, theme: theme, mouse: mouse,
      hyperlinks: hyperlinks && !Self.saysOff(environmentValue("DEVREL_GUIDE_HYPERLINKS")),
      askBackground: userTheme().theme == nil
        && ThemeName.forBackground(colorFGBG: environmentValue("COLORFGBG")) == nil)
  }

  /// True for the usual words for off in an environment variable: `0`, `false`, `no`, `off`,
  /// in any case and with spaces around. Anything else, unset or empty, leaves it on.
  public static func saysOff(_ value: String?) -> Bool {
    let words = (value ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
    return words.count == 1 && ["0", "false", "no", "off"].contains(words[0])
  }

  /// `--color`: `auto` is off when `NO_COLOR` is set (and, for printed text, in a pipe).
  public enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
  }

  /// Whether output may use UTF-8: the locale allows it and `--ascii` was not given.
  public var unicode: Bool { localeIsUTF8 && !ascii }

  /// `unicode`, with the locale as `dependencies` see it.
  public func unicode(_ dependencies: Dependencies) -> Bool {
    dependencies.terminal.localeIsUTF8 && !ascii
  }

  /// Whether the full-screen guide may use colours.
  public var colorsAllowed: Bool { colorsAllowed(environment: environmentValue) }

  /// Whether colours are allowed, with `NO_COLOR` read from `environment`.
  public func colorsAllowed(environment: (String) -> String?) -> Bool {
    switch color {
    case .always: return true
    case .never: return false
    case .auto: return (environment("NO_COLOR") ?? "").isEmpty
    }
  }

  /// Whether printed text (`show`, `search`) may be coloured: as `colorsAllowed`, and in
  /// `auto` only when standard output is a terminal; both as `dependencies` see them.
  public func textColorsAllowed(_ dependencies: Dependencies) -> Bool {
    colorsAllowed(environment: dependencies.environment)
      && (color == .always || dependencies.terminal.outputIsTerminal)
  }

  /// As `textColorsAllowed(_:)`, in the world outside (for the posting's printed reading).
  public var textColorsAllowed: Bool { textColorsAllowed(.outside()) }

  /// Printed text's width: the terminal's less one column, 80 in a pipe, at least 20.
  static func printWidth(_ dependencies: Dependencies) -> Int {
    max(20, (dependencies.terminal.columns ?? 80) - 1)
  }

  /// The theme from the flag, else `DEVREL_GUIDE_THEME`, else the settings file, else the one
  /// for the background `COLORFGBG` names (urxvt and others set it), else dark; and what was
  /// wrong on the way: an unknown name from the environment or the file is ignored and
  /// reported, for the guide's status line and for stderr.
  public func chosenTheme() -> (theme: ThemeName, warnings: [String]) {
    let (chosen, warnings) = userTheme()
    let background = ThemeName.forBackground(colorFGBG: environmentValue("COLORFGBG"))
    return (chosen ?? background ?? .dark, warnings)
  }

  /// The theme the user chose (flag, environment or settings file), nil when none.
  func userTheme() -> (theme: ThemeName?, warnings: [String]) {
    if let theme { return (theme, []) }
    let environment = environmentValues("HOME", "XDG_CONFIG_HOME", "DEVREL_GUIDE_THEME")
    let (settings, fileWarnings) = Settings.load(environment)
    var warnings = fileWarnings
    for (name, origin) in [
      (environment["DEVREL_GUIDE_THEME"], "DEVREL_GUIDE_THEME"),
      (settings.theme, Settings.filePath(environment) ?? "the settings file"),
    ] {
      guard let name, !name.isEmpty else { continue }
      if let theme = ThemeName(rawValue: name) { return (theme, warnings) }
      let known = ThemeName.allCases.map(\.rawValue).joined(separator: ", ")
      warnings.append("unknown theme '\(name)' in \(origin) (known: \(known)); using dark")
    }
    return (nil, warnings)
  }

  /// The pack to run on; prints every problem and exits 65 (or 66 for a missing folder).
  public func loadPack() throws -> ContentPack {
    guard let content else { return .bundled }
    return try Timing.measure("load") { try loadPack(from: content) }
  }

  private func loadPack(from content: String) throws -> ContentPack {
    let source = try readPackFolder(content)
    do {
      return try PackLoader.load(source, today: .now())
    } catch {
      printError(error.description)
      throw ExitStatus.badContent
    }
  }
}

/// A pack folder's files; a missing folder exits 66, an unreadable or oversized pack 65.
public func readPackFolder(_ folder: String) throws -> PackSource {
  do {
    return try PackSource.directory(folder)
  } catch let error as PackSourceError {
    printError("devrel-guide: \(error)")
    throw error == .notAFolder(folder) ? ExitStatus.missingInput : ExitStatus.badContent
  }
}

/// Whether stdout can show UTF-8, judged by the locale like the terminal is. Read once: the
/// locale does not change while a command runs, and `print` asks for every line.
public let localeIsUTF8: Bool = {
  let locale =
    ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap(environmentValue)
    .first { !$0.isEmpty } ?? ""
  let lowered = locale.lowercased()
  return lowered.contains("utf-8") || lowered.contains("utf8")
}()

/// One environment variable. `getenv` rather than `ProcessInfo`, which copies the whole
/// environment into a dictionary on every call: a cost a fast start notices.
public func environmentValue(_ name: String) -> String? {
  getenv(name).map { String(cString: $0) }
}

/// The named environment variables that are set.
public func environmentValues(_ names: String...) -> [String: String] {
  var values: [String: String] = [:]
  for name in names { values[name] = environmentValue(name) }
  return values
}

/// The data folders from `HOME` and the XDG variables; without them, says so and exits 78.
public func dataPaths() throws -> DataPaths {
  do {
    return try DataPaths.fromEnvironment(
      environmentValues("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"))
  } catch {
    printError("devrel-guide: \(error)")
    throw ExitStatus.noHomeFolder
  }
}

/// The width of the terminal standard output goes to; nil in a pipe.
public func terminalColumns() -> Int? {
  guard isatty(1) == 1 else { return nil }
  var size = winsize()
  guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
  return Int(size.ws_col)
}
