import ArgumentParser
import FoundationEssentials
import Glibc
import GuideApp
import GuideStore
import GuideUI
import NcursesTerminal

/// The full-screen guide; without a usable terminal, a plain overview instead.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the full-screen guide (the default).")

  @ParentCommand var root: DevrelGuide
  var global: GlobalOptions { root.global }

  @Flag(help: "Start at the home menu instead of the page you read last.")
  var home = false

  @Flag(help: "Run the guide as numbered text prompts (for screen readers; TERM=dumb picks it).")
  var plain = false

  func run() throws {
    if plain { return try runLineMode(global.options) }
    try MainActor.assumeIsolated { try runGuide(global.options, start: home ? .home : .resume) }
  }
}

/// Starts the terminal, runs the session, restores the terminal, and exits with its code.
@MainActor
func runGuide(_ options: GuideOptions, start: GuideSession.Start) throws {
  let pack = try options.loadPack()
  let terminal: NcursesTerminal
  switch NcursesTerminal.start(
    colorsAllowed: options.colorsAllowed, theme: options.chosenTheme(), mouse: options.mouse)
  {
  case .success(let started):
    terminal = started
  case .failure(.noCursorAddressing) where isatty(0) == 1:
    return try runLineMode(options)
  case .failure(let error) where error.allowsPlainText:
    print(PlainText.overview(pack, unicode: options.unicode), terminator: "")
    return
  case .failure(let error):
    printError(error.description)
    throw ExitCode.terminalUnusable
  }
  let storage = GuideStorage(
    paths: try dataPaths(), packID: pack.manifest.id)
  let session = GuideSession(
    pack: pack, terminal: terminal, storage: storage, start: start, ascii: options.ascii)
  let end = session.run()
  terminal.stop()
  if end.exitCode != 0 { throw ExitCode(end.exitCode) }
}

/// The guide as numbered prompts on standard input and output.
func runLineMode(_ options: GuideOptions) throws {
  let pack = try options.loadPack()
  let storage = GuideStorage(
    paths: try dataPaths(), packID: pack.manifest.id)
  var lines = LineMode(
    pack: pack, storage: storage, unicode: options.unicode, write: { print($0, terminator: "") })
  _ = lines.run(readLine: { readLine(strippingNewline: true) })
}
