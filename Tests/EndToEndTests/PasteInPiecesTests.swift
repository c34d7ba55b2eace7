import Foundation
import Testing

/// A bracketed paste over a slow link arrives in pieces, 100 ms and more apart. It ends at its
/// end marker whatever the gaps: no piece is read as keys ("R y" on home resets every mark, a
/// "q" quits). A paste whose end never comes is dropped after its timeout, never typed.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PasteInPiecesTests {
  static let ready = "q quit"
  static let marks = #"{"document":{"marks":{"what-is-devrel":"done"}},"format":1}"#

  /// The guide on home with one saved mark, and its process id.
  static func start(in folder: RobustnessFolder) throws -> (TmuxSession, pid_t) {
    try FileManager.default.createDirectory(at: folder.packData, withIntermediateDirectories: true)
    try Data(marks.utf8).write(to: folder.packData.appendingPathComponent("progress.json"))
    let pidFile = folder.file("pid")
    let session = try TmuxSession(
      arguments: [
        "/bin/sh", "-c", "echo $$ > \"$1\"; exec \"$0\" --home", try TmuxSession.guideBinary().path,
        pidFile,
      ],
      columns: 100, environment: folder.xdg)
    try session.waitFor(ready)
    let pid = try #require(
      pid_t(
        try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(
          in: .whitespacesAndNewlines)))
    return (session, pid)
  }

  /// Sends one piece, waits until the guide has read it, then watches the screen for well over
  /// the 100 ms that used to end a paste: it must not change, and the guide must keep running.
  static func sendPiece(_ text: String, to session: TmuxSession, pid: pid_t) throws {
    let before = try session.capture()
    try session.sendBytes(Array(text.utf8))
    try session.waitUntil("the guide to read the piece") { _ in
      RobustnessScreen.pendingInput(of: pid) == 0
    }
    let clock = ContinuousClock()
    let read = clock.now
    try session.waitUntil("a gap of 300 ms") { screen in
      #expect(
        screen == before, "a piece of a paste acted: \(zip(before, screen).filter { $0 != $1 })")
      #expect(session.isRunning())
      return clock.now - read > .milliseconds(300)
    }
  }

  static func savedMarks(_ folder: RobustnessFolder) -> String {
    (try? String(
      contentsOf: folder.packData.appendingPathComponent("progress.json"), encoding: .utf8)) ?? ""
  }

  @Test func aPasteInPiecesOnHomeNeitherResetsMarksNorQuits() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let (session, pid) = try Self.start(in: folder)
    let before = try session.capture()
    try Self.sendPiece("\u{1B}[200~R", to: session, pid: pid)
    try Self.sendPiece("y Thanks, see you at the quick sync", to: session, pid: pid)
    try session.sendBytes(Array("\u{1B}[201~".utf8))
    // A key after the paste: once it has acted, the paste has been read too.
    try session.sendKeys("/")
    try session.waitFor("Esc cancel")
    try session.sendKeys("Escape")
    try session.waitForAbsence(of: "Esc cancel")
    #expect(try session.capture() == before)
    #expect(Self.savedMarks(folder).contains("what-is-devrel"))
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func aPasteInPiecesIntoTheSearchLineIsTypedWhole() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let (session, pid) = try Self.start(in: folder)
    try session.sendKeys("/")
    try session.waitFor("Esc cancel")
    try Self.sendPiece("\u{1B}[200~commu", to: session, pid: pid)
    try session.sendBytes(Array("nity\u{1B}[201~".utf8))
    try session.waitFor("Search: community")
    try session.sendKeys("Escape")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  /// The start marker of a paste whose end never comes: what follows is the paste's, until the
  /// paste has been silent for its timeout (5 s); then it is dropped and keys work again.
  @Test func aPasteWhoseEndNeverComesIsDroppedAfterItsTimeoutNotTyped() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let (session, pid) = try Self.start(in: folder)
    let before = try session.capture()
    try session.sendBytes(Array("\u{1B}[200~Ryq".utf8))
    try session.waitUntil("the guide to read the fragment") { _ in
      RobustnessScreen.pendingInput(of: pid) == 0
    }
    let clock = ContinuousClock()
    let read = clock.now
    try session.waitUntil("the paste timeout to pass", timeout: .seconds(20)) { screen in
      #expect(screen == before)
      return clock.now - read > .milliseconds(5_300)
    }
    #expect(session.isRunning())
    try session.sendKeys("/")
    try session.waitFor("Esc cancel")
    try session.sendKeys("Escape")
    try session.waitForAbsence(of: "Esc cancel")
    #expect(Self.savedMarks(folder).contains("what-is-devrel"))
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }
}
