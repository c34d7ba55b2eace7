import Foundation
import Testing

/// The cursor rests on the focused item for screen readers without notching its highlight:
/// a bar where terminfo has `Ss` (given back with `Se` on the way out), elsewhere on the
/// nearest cell that is not highlighted.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct CursorEndToEndTests {
  /// The bytes of a run on a pseudo-terminal: the home menu, then `q`.
  func bytes(term: String) throws -> String {
    let links = HyperlinkEndToEndTests()
    defer { try? FileManager.default.removeItem(at: links.folder) }
    let program = try PseudoTerminalProgram(
      try TmuxSession.guideBinary().path, ["--home", "--content", try links.makePack()],
      environment: links.environment(term: term))
    defer { program.end() }
    try program.wait(for: "A page with sources.")
    try program.write("q")
    let output = try program.readToEnd()
    #expect(program.exitStatus() == 0)
    return output
  }

  @Test func xtermGetsABarCursorAndItsOwnShapeBackOnExit() throws {
    let output = try bytes(term: "xterm-256color")
    let bar = try #require(output.range(of: "\u{1B}[6 q"))
    let back = try #require(output.range(of: "\u{1B}[2 q", options: .backwards))
    let firstFrame = try #require(output.range(of: "A page with sources."))
    let pasteOff = try #require(output.range(of: "\u{1B}[?2004l"))
    // The bar before the first frame, the shape given back after the last.
    #expect(bar.lowerBound < firstFrame.lowerBound)
    #expect(back.lowerBound > pasteOff.lowerBound)
  }

  /// The guide on xterm-256color, shown; the caller ends it. The folder goes with `end`.
  func started() throws -> (PseudoTerminalProgram, HyperlinkEndToEndTests) {
    let links = HyperlinkEndToEndTests()
    let program = try PseudoTerminalProgram(
      try TmuxSession.guideBinary().path, ["--home", "--content", try links.makePack()],
      environment: links.environment(term: "xterm-256color"))
    try program.wait(for: "A page with sources.")
    return (program, links)
  }

  /// Ctrl-Z gives the shell its own cursor shape (and no paste markers) before the guide
  /// stops; fg (SIGCONT) sets the bar again, and the guide goes on.
  ///
  /// Curses ignores SIGTSTP while it writes a frame, so the stop is sent once the screen is
  /// idle (home drawn and nothing written for a moment); only a stop that was dropped, with no
  /// sign of the handler, is sent again, never one that is still being handled (a second
  /// would stop the guide again right after fg).
  @Test func ctrlZGivesTheShapeBackAndFgSetsTheBarAgain() throws {
    let links = HyperlinkEndToEndTests()
    let program = try PseudoTerminalProgram(
      try TmuxSession.guideBinary().path, ["--home", "--content", try links.makePack()],
      environment: links.environment(term: "xterm-256color"), ownProcessGroup: true)
    defer {
      program.end()
      try? FileManager.default.removeItem(at: links.folder)
    }
    try program.wait(for: "A page with sources.")
    try program.waitUntilQuiet()
    let shown = program.received.count
    let leave = "\u{1B}[?2004l\u{1B}[2 q"
    var stopped = false
    for _ in 0..<5 where !stopped {
      kill(program.pid, SIGTSTP)
      stopped = program.waitUntilStopped(within: 2)
      let handled = String(decoding: program.received.dropFirst(shown), as: UTF8.self)
        .contains(leave)
      if !stopped && (handled || program.hasPending(SIGTSTP)) {
        stopped = program.waitUntilStopped(within: 20)
      }
    }
    try #require(stopped, "the guide never stopped")
    // The bytes written before the stop may still be on their way through the terminal.
    let stoppedAt = try program.wait(for: leave, after: shown, within: 10)
    let before = String(decoding: program.received.dropFirst(shown), as: UTF8.self)
    let back = try #require(before.range(of: leave))
    #expect(!before[back.upperBound...].contains("\u{1B}[6 q"), "the bar set again while stopped")
    kill(program.pid, SIGCONT)
    try program.wait(for: "\u{1B}[?2004h\u{1B}[6 q", after: stoppedAt)
    try program.write("q")
    _ = try program.readToEnd()
    #expect(program.exitStatus() == 0)
  }

  /// A crash, or a signal that ends the process, gives the shape back with the screen.
  @Test(arguments: [SIGUSR1, SIGSEGV])
  func aFatalSignalGivesTheShapeBack(signal: Int32) throws {
    let (program, links) = try started()
    defer {
      program.end()
      try? FileManager.default.removeItem(at: links.folder)
    }
    let shown = program.received.count
    kill(program.pid, signal)
    try program.wait(for: "\u{1B}[?2004l\u{1B}[2 q", after: shown)
    // A crash report may take longer than the read's deadline; the status waits for it.
    _ = try? program.readToEnd()
    #expect(program.exitStatus() == 128 + signal)
  }

  @Test func aTerminalWithoutSsGetsNoShapeSequence() throws {
    let output = try bytes(term: "rxvt-unicode-256color")
    #expect(!output.contains(/\x1B\[[0-9]* q/), "a DECSCUSR sequence went out")
    // Secondary text (the rule under the title "Links") is grey there: rxvt-unicode-256color
    // has no dim.
    #expect(output.contains("\u{1B}[38;5;245m─────"))
  }

  /// Without `Ss` the block cursor sits on the cell before the selected row's `›`, never on
  /// the highlight; with it, on the `›` itself.
  @Test(arguments: [("rxvt-unicode-256color", -1), ("xterm-256color", 0)])
  func theCursorLeavesTheHighlightWholeOnTheSelectedRow(term: String, offset: Int) throws {
    let session = try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path, "--home"], term: term, noColor: false)
    try session.waitFor("q quit")
    try session.sendKeys("Down", "Down")
    let screen = try session.waitUntil("the third item selected") { screen in
      screen.contains { $0.contains("› 3") }
    }
    let cursor = try session.cursor()
    #expect(cursor.visible)
    let row = screen[cursor.row]
    let marker = try #require(row.firstIndex(of: "›"))
    #expect(cursor.column == row.distance(from: row.startIndex, to: marker) + offset, "\(row)")
  }
}
