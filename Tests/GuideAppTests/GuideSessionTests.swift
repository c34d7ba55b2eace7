import Foundation
import GuideApp
import GuideCore
import GuideStore
import GuideTestSupport
import GuideUI
import Testing

@Suite("A session on a terminal")
struct GuideSessionTests {
  /// A session on in-memory dependencies: `storage` nil saves nothing.
  func session(_ events: [TerminalEvent], storage: MemoryStorage? = nil) throws -> (
    GuideSession, FakeTerminal
  ) {
    let terminal = FakeTerminal(events: events)
    let session = GuideSession(
      pack: try UIFixture.pack(), terminal: terminal,
      dependencies: .inMemory(now: "2026-11-29T10:04:00Z", storage: storage))
    return (session, terminal)
  }

  @Test func drawsAFrameForEveryEventAndQuitsOnQ() throws {
    let (session, terminal) = try session([
      .key(.character("1")), .key(.escape), .key(.character("q")),
    ])
    #expect(session.run() == .quit)
    #expect(terminal.frames.count == 3, "the first frame, then one per event before q")
    #expect(terminal.frames[1].lines[2].contains("Welcome"))
    #expect(terminal.lastScreen.contains("Test guide"))
  }

  @Test func aSignalEndsTheSessionWithItsExitCode() throws {
    let (session, _) = try session([.key(.down), .signal(15)])
    let end = session.run()
    #expect(end == .signal(15))
    #expect(end.exitCode == 143)
    #expect(SessionEnd.signal(2).exitCode == 130)
  }

  @Test func closedInputEndsTheSessionCleanly() throws {
    let (session, _) = try session([])
    #expect(session.run() == .inputClosed)
    #expect(session.run().exitCode == 0)
  }

  @Test func ctrlLAndRedrawRepaintEverything() throws {
    let (session, terminal) = try session([.key(.control("l")), .redraw])
    _ = session.run()
    #expect(terminal.invalidations == 2)
  }

  @Test func aResizeRedrawsAtTheNewSize() throws {
    let (session, terminal) = try session([.resized(Size(columns: 40, rows: 12))])
    _ = session.run()
    #expect(terminal.frames.last?.size == Size(columns: 40, rows: 12))
  }

  @Test func aFinishedQuizIsSavedAndTheProgressRemoved() throws {
    let storage = MemoryStorage()
    let (session, terminal) = try session(
      TerminalEvent.keys("3") + [.key(.enter)] + TerminalEvent.keys("311"), storage: storage)
    _ = session.run()
    #expect(terminal.lastScreen.contains("Results of 2026-11-29 10:04"))
    let attempts = storage.saved.attempts
    #expect(attempts.count == 1)
    #expect(attempts.first?.scores == ["code": 100])
    #expect(attempts.first?.knowledge == KnowledgeScore(correct: 1, total: 1))
    #expect(storage.saved == MemoryStorage.Saved(attempts: attempts))
  }

  @Test func thePageReadLastIsSavedAndOpensNextTime() throws {
    let storage = MemoryStorage()
    let (first, _) = try session(TerminalEvent.keys("2q"), storage: storage)
    #expect(first.run() == .quit)
    #expect(storage.saved == MemoryStorage.Saved(place: Place(topicID: "tools", scroll: 0)))
    let (second, terminal) = try session([], storage: storage)
    _ = second.run()
    #expect(terminal.frames[0].lines[0].contains("Home › Tools"))
  }

  @Test func aQuizLeftHalfWayIsOfferedForResumingNextTime() throws {
    let storage = MemoryStorage()
    let (first, _) = try session(
      TerminalEvent.keys("3") + [.key(.enter)] + TerminalEvent.keys("2q"), storage: storage)
    #expect(first.run() == .quit)
    let (second, terminal) = try session(TerminalEvent.keys("3"), storage: storage)
    _ = second.run()
    #expect(terminal.lastScreen.contains("Resume quiz (1 of 2 answered)"))
  }

  /// What storage tells on loading (a damaged file set aside, see `SavedDataTests`) is on the
  /// first screen.
  @Test func whatLoadingTheHistoryTellsIsShown() throws {
    let notice = "Saved results could not be read; the file was kept as history.json.corrupt-1."
    let (reading, terminal) = try session([], storage: MemoryStorage(notice: notice))
    _ = reading.run()
    #expect(terminal.lastScreen.contains(notice))
    #expect(reading.messages == [notice])
  }

  @Test func withoutStorageTheResultsStillShowAndAWarningSaysSo() throws {
    let (session, terminal) = try session(
      TerminalEvent.keys("3") + [.key(.enter)] + TerminalEvent.keys("311"))
    _ = session.run()
    #expect(terminal.lastScreen.contains("Results of 2026-11-29 10:04"))
    #expect(terminal.lastScreen.contains("Results are not saved in this session."))
  }

  @Test func storageThatCannotSaveStillShowsResultsWithAWarning() throws {
    let blocked = MemoryStorage(failure: "results were not saved: the folder is not writable")
    let (session, terminal) = try session(
      TerminalEvent.keys("3") + [.key(.enter)] + TerminalEvent.keys("311"), storage: blocked)
    _ = session.run()
    #expect(terminal.lastScreen.contains("Results of 2026-11-29 10:04"))
    #expect(terminal.lastScreen.contains("not saved"))
    #expect(
      session.messages.contains { $0.contains("not saved") }, "kept for stderr: \(session.messages)"
    )
  }

  @Test func aWarningFromTheStartIsInTheFirstFramesStatusLineAndKeptForStderr() throws {
    let terminal = FakeTerminal(events: [.key(.down)])
    let warning = "unknown theme 'purple' in DEVREL_GUIDE_THEME (known: dark); using dark"
    let session = GuideSession(
      pack: try UIFixture.pack(), terminal: terminal, dependencies: .inMemory(), start: .home,
      warnings: [warning, "a second one"])
    _ = session.run()
    #expect(terminal.frames[0].trimmedLines[22] == " " + warning)
    #expect(terminal.frames[0].cells[22][1].role == .warn)
    #expect(!terminal.frames[1].lines[22].contains("purple"), "the next key clears it")
    #expect(session.messages == [warning, "a second one"])
  }
}

@Suite("Mouse in a session")
struct MouseSessionTests {
  @Test func aClickOnAMenuRowOpensItAndTheWheelScrolls() throws {
    let terminal = FakeTerminal(events: [.click(row: 10, column: 8), .wheel(up: false)])
    let session = GuideSession(
      pack: try UIFixture.pack(), terminal: terminal, dependencies: .inMemory(), start: .home)
    _ = session.run()
    #expect(terminal.frames[1].lines[0].contains("Home › Tools"))
    #expect(terminal.frames.count == 3)
  }

  @Test func aClickOnNothingIsIgnored() throws {
    let terminal = FakeTerminal(events: [.click(row: 1, column: 1)])
    let session = GuideSession(
      pack: try UIFixture.pack(), terminal: terminal, dependencies: .inMemory(), start: .home)
    _ = session.run()
    #expect(terminal.frames.count == 1)
  }
}
