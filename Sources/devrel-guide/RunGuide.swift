import GuideApp
import GuideText
import NcursesTerminal

/// Starts the terminal, runs the session, restores the terminal, prints warnings, and exits.
func runGuide(_ options: GuideOptions, start: GuideSession.Start) throws {
  let pack = try options.loadPack()
  var chosen = options.chosenTheme()
  defer { chosen.warnings.forEach { printError("devrel-guide: \($0)") } }
  let terminal: NcursesTerminal
  switch NcursesTerminal.start(options.terminalSettings(theme: chosen.theme)) {
  case .success(let started):
    terminal = started
  case .failure(.noCursorAddressing) where TerminalFacts.live.inputIsTerminal:
    return try runLineMode(options)
  case .failure(let error) where error.allowsPlainText:
    return print(PlainText.overview(pack, unicode: options.unicode), terminator: "")
  case .failure(let error):
    printError(error.description)
    throw ExitStatus.terminalUnusable
  }
  let session = try GuideSession(
    pack: pack, terminal: terminal, options: options, start: start, warnings: chosen.warnings)
  let end = session.run()
  terminal.stop()
  chosen.warnings = session.messages
  if end.exitCode != 0 { throw ExitStatus(end.exitCode) }
}
