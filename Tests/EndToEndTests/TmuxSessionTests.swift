import Foundation
import Testing

/// The harness itself, proven with a shell so it does not depend on the app being ready.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxSessionTests {
  @Test func readsWhatAProgramPrints() throws {
    let session = try TmuxSession(arguments: ["/bin/sh", "-c", "printf hello; read x"])
    let screen = try session.waitFor("hello")
    #expect(screen.first == "hello")
    #expect(screen.count == 24)
  }

  @Test func typedTextAndKeysReachTheProgramAndTheExitStatusComesBack() throws {
    let session = try TmuxSession(
      arguments: ["/bin/sh", "-c", "printf 'name? '; read line; echo \"got:$line\"; exit 3"])
    try session.waitFor("name?")
    try session.sendLiteral("a b;c")
    try session.sendKeys("Enter")
    try session.waitFor("got:a b;c")
    #expect(try session.waitForExit() == 3)
  }

  @Test func theProgramSeesExactlyTheEnvironmentItWasGiven() throws {
    let session = try TmuxSession(
      arguments: [
        "/bin/sh", "-c",
        "echo \"[$TERM|$LANG|$NO_COLOR|${TMUX-none}|${GONE-none}|$EXTRA]\"; "
          + "test \"$HOME\" = \"$XDG_CONFIG_HOME/..\" || test -d \"$HOME\" && echo home-ok",
      ],
      environment: ["EXTRA": "x", "GONE": nil])
    try session.waitFor("home-ok")
    try session.waitFor("[xterm-256color|C.UTF-8|1|none|none|x]")
    #expect(try session.waitForExit() == 0)
  }

  @Test func anUnsetTermAndColoursCanBeRequested() throws {
    let session = try TmuxSession(
      arguments: ["/bin/sh", "-c", "echo \"[${TERM-unset}|${NO_COLOR-unset}]\""],
      term: nil, noColor: false)
    try session.waitFor("[unset|unset]")
  }

  @Test func resizingChangesTheSizeTheProgramSees() throws {
    let session = try TmuxSession(
      arguments: ["/bin/sh", "-c", "stty size; read x; stty size; read x"],
      columns: 40, rows: 10)
    try session.waitFor("10 40")
    try session.resize(columns: 100, rows: 30)
    #expect(try session.size() == (columns: 100, rows: 30))
    try session.sendKeys("Enter")
    try session.waitFor("30 100")
  }

  @Test func aProgramKilledByASignalReportsOneHundredTwentyEightPlusTheSignal() throws {
    let session = try TmuxSession(arguments: ["/bin/sh", "-c", "echo ready; exec sleep 30"])
    try session.waitFor("ready")
    #expect(session.isRunning())
    try session.sendSignal(SIGTERM)
    #expect(try session.waitForExit() == 128 + SIGTERM)
  }

  @Test func waitingForTextThatNeverComesFailsWithTheScreenInTheMessage() throws {
    let session = try TmuxSession(arguments: ["/bin/sh", "-c", "echo present; read x"])
    try session.waitFor("present")
    #expect {
      try session.waitFor("absent", timeout: .milliseconds(200))
    } throws: { error in
      "\(error)".contains("absent") && "\(error)".contains(" 0|present")
    }
  }

  @Test func theCursorPositionIsReported() throws {
    let session = try TmuxSession(arguments: ["/bin/sh", "-c", "printf 'abc'; read x"])
    try session.waitFor("abc")
    let cursor = try session.cursor()
    #expect(cursor.column == 3 && cursor.row == 0 && cursor.visible)
  }
}
