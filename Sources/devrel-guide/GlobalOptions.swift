import ArgumentParser
import FoundationEssentials
import Glibc
import GuideApp
import GuideBundle
import GuideContent
import GuidePackLoader
import GuideStore
import NcursesTerminal

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Use the content pack in this folder instead of the bundled guide.", valueName: "dir"))
  var content: String?

  @Option(help: "Colour: auto (off when NO_COLOR is set), always, or never.")
  var color: ColorChoice = .auto

  @Option(
    help: ArgumentHelp(
      "Colours: dark, light, high-contrast or monochrome (or DEVREL_GUIDE_THEME, or theme: in ~/.config/devrel-guide/config).",
      valueName: "theme"))
  var theme: ThemeName?

  @Flag(help: "Ignore the mouse (by default a click opens an item or link and the wheel scrolls).")
  var noMouse = false

  @Flag(
    help: "Draw borders, marks, bars and arrows in ASCII (automatic when the locale is not UTF-8).")
  var ascii = false

  enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  /// The parsed values, for the code that runs the guide.
  var options: GuideOptions {
    GuideOptions(content: content, color: color, theme: theme, mouse: !noMouse, ascii: ascii)
  }

  var unicode: Bool { options.unicode }

  func loadPack() throws -> ContentPack { try options.loadPack() }
}

/// The global options as plain values.
///
/// A bare `devrel-guide` builds the defaults directly: asking swift-argument-parser to parse
/// even an empty command line costs more than drawing the whole first screen.
struct GuideOptions {
  var content: String?
  var color: GlobalOptions.ColorChoice = .auto
  var theme: ThemeName?
  var mouse = true
  var ascii = false

  /// Whether output may use UTF-8: the locale allows it and `--ascii` was not given.
  var unicode: Bool { localeIsUTF8 && !ascii }

  var colorsAllowed: Bool {
    switch color {
    case .always: return true
    case .never: return false
    case .auto: return (environmentValue("NO_COLOR") ?? "").isEmpty
    }
  }

  /// The theme from the flag, else `DEVREL_GUIDE_THEME`, else the settings file, else dark.
  /// An unknown name from the environment or the file is reported and ignored.
  func chosenTheme() -> ThemeName {
    if let theme { return theme }
    let environment = environmentValues("HOME", "XDG_CONFIG_HOME", "DEVREL_GUIDE_THEME")
    let (settings, warnings) = Settings.load(environment)
    warnings.forEach { printError("devrel-guide: \($0)") }
    for (name, origin) in [
      (environment["DEVREL_GUIDE_THEME"], "DEVREL_GUIDE_THEME"),
      (settings.theme, Settings.filePath(environment) ?? "the settings file"),
    ] {
      guard let name, !name.isEmpty else { continue }
      if let theme = ThemeName(rawValue: name) { return theme }
      let known = ThemeName.allCases.map(\.rawValue).joined(separator: ", ")
      printError("devrel-guide: unknown theme '\(name)' in \(origin) (known: \(known)); using dark")
    }
    return .dark
  }

  /// The pack to run on; prints every problem and exits 65 (or 66 for a missing folder).
  func loadPack() throws -> ContentPack {
    guard let content else { return .bundled }
    return try Timing.measure("load") { try loadPack(from: content) }
  }

  private func loadPack(from content: String) throws -> ContentPack {
    let source = try readPackFolder(content)
    do {
      return try PackLoader.load(source)
    } catch {
      printError(error.description)
      throw ExitCode.badContent
    }
  }
}

/// A pack folder's files; a missing folder exits 66, an unreadable or oversized pack 65.
func readPackFolder(_ folder: String) throws -> PackSource {
  do {
    return try PackSource.directory(folder)
  } catch let error as PackSourceError {
    printError("devrel-guide: \(error)")
    throw error == .notAFolder(folder) ? ExitCode.missingInput : ExitCode.badContent
  }
}

/// Whether stdout can show UTF-8, judged by the locale like the terminal is.
var localeIsUTF8: Bool {
  let locale =
    ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap(environmentValue)
    .first { !$0.isEmpty } ?? ""
  let lowered = locale.lowercased()
  return lowered.contains("utf-8") || lowered.contains("utf8")
}

/// One environment variable. `getenv` rather than `ProcessInfo`, which copies the whole
/// environment into a dictionary on every call: a cost a fast start notices.
func environmentValue(_ name: String) -> String? {
  getenv(name).map { String(cString: $0) }
}

/// The named environment variables that are set.
func environmentValues(_ names: String...) -> [String: String] {
  var values: [String: String] = [:]
  for name in names { values[name] = environmentValue(name) }
  return values
}

/// The data folders from `HOME` and the XDG variables; without them, says so and exits 78.
func dataPaths() throws -> DataPaths {
  do {
    return try DataPaths.fromEnvironment(
      environmentValues("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"))
  } catch {
    printError("devrel-guide: \(error)")
    throw ExitCode.noHomeFolder
  }
}

extension ThemeName: ExpressibleByArgument {}
