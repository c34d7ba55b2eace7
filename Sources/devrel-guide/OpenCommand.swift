import ArgumentParser
import Glibc
import GuideApp
import GuideText
import NcursesTerminal

/// The full-screen guide; without a usable terminal, a plain overview instead.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the full-screen guide (the default).")

  @ParentCommand var root: DevrelGuide
  @OptionGroup var start: StartOptions

  func run() throws {
    let options = root.global.options
    if start.plain || root.start.plain { return try runLineMode(options) }
    let home = start.home || root.start.home
    try MainActor.assumeIsolated { try runGuide(options, start: home ? .home : .resume) }
  }
}

/// Starts the terminal, runs the session, restores the terminal, and exits with its code.
@MainActor
func runGuide(_ options: GuideOptions, start: GuideSession.Start) throws {
  let pack = try options.loadPack()
  let (theme, warnings) = options.chosenTheme()
  let terminal: NcursesTerminal
  switch NcursesTerminal.start(
    colorsAllowed: options.colorsAllowed, theme: theme, mouse: options.mouse)
  {
  case .success(let started):
    terminal = started
  case .failure(.noCursorAddressing) where isatty(0) == 1:
    warnings.forEach { printError("devrel-guide: \($0)") }
    return try runLineMode(options)
  case .failure(let error) where error.allowsPlainText:
    warnings.forEach { printError("devrel-guide: \($0)") }
    return print(PlainText.overview(pack, unicode: options.unicode), terminator: "")
  case .failure(let error):
    warnings.forEach { printError("devrel-guide: \($0)") }
    printError(error.description)
    throw ExitStatus.terminalUnusable
  }
  let storage = GuideStorage(paths: try dataPaths(), packID: pack.manifest.id)
  let session = GuideSession(
    pack: pack, terminal: terminal, storage: storage, start: start, ascii: options.ascii,
    warnings: warnings)
  let end = session.run()
  terminal.stop()
  // Shown in the status line while the guide ran; on stderr too, for scripts and logs.
  session.messages.forEach { printError("devrel-guide: \($0)") }
  if end.exitCode != 0 { throw ExitStatus(end.exitCode) }
}
