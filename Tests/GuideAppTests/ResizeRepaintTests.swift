import GuideApp
import GuideCore
import GuideTestSupport
import Testing

@Suite("Resizes in a session")
struct ResizeRepaintTests {
  @Test func everyResizeRepaintsTheWholeScreen() throws {
    let sizes = [
      Size(columns: 20, rows: 4), Size(columns: 120, rows: 40), Size(columns: 80, rows: 24),
    ]
    let terminal = FakeTerminal(events: sizes.map { .resized($0) })
    let session = GuideSession(
      pack: try UIFixture.pack(), terminal: terminal, dependencies: .inMemory(), start: .home)
    _ = session.run()
    #expect(terminal.invalidations == 3)
    #expect(terminal.frames.count == 4)
    #expect(terminal.frames.last?.lines.count == 24)
  }
}
