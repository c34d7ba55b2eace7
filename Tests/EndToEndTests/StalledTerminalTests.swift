import Foundation
import Testing

/// A terminal that stops reading output (a stuck ssh link) blocks every write the guide makes,
/// endwin's too. SIGTERM and Ctrl-C must still end the guide at once with their status, and
/// give the terminal its modes back, even though the restore sequence cannot be written.
@Suite struct StalledTerminalTests {
  static let binary = Result { try TmuxSession.guideBinary().path }

  /// Starts the guide on a large pseudo-terminal, then stops reading and asks for full repaints
  /// (Ctrl-L) until the guide is blocked writing its output.
  static func stalledGuide(in folder: RobustnessFolder) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(
      [try binary.get(), "--home"],
      environment: folder.environment(["TERM": "xterm-256color", "NO_COLOR": "1"]),
      columns: 200, rows: 60)
    #expect(terminal.read(until: "About this guide"))
    let deadline = ContinuousClock.now + .seconds(20)
    while !terminal.isBlockedWritingOutput, ContinuousClock.now < deadline {
      terminal.type([0x0C])
      usleep(5_000)
    }
    try #require(terminal.isBlockedWritingOutput, "the guide never blocked on its output")
    return terminal
  }

  @Test(arguments: [SIGTERM, SIGINT])
  func aSignalEndsTheGuideAtOnceThoughTheTerminalStoppedReading(signal: Int32) throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let terminal = try Self.stalledGuide(in: folder)
    let clock = ContinuousClock()
    let start = clock.now
    if signal == SIGINT {
      terminal.type([0x03])  // Ctrl-C, which the terminal turns into SIGINT
    } else {
      kill(terminal.pid, signal)
    }
    let status = terminal.waitForExit(timeout: .seconds(15))
    let took = clock.now - start
    #expect(status == 128 + signal)
    // About 100 ms; more only on a machine too loaded to schedule the guide in time.
    #expect(took < .milliseconds(400), "took \(took)")
    let modes = try #require(terminal.modes())
    #expect(modes.c_lflag & tcflag_t(ICANON) != 0, "line editing is back for the shell")
    #expect(modes.c_lflag & tcflag_t(ECHO) != 0, "echo is back for the shell")
  }
}
