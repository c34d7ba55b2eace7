import GuideApp
import GuideContent
import GuideUI
import Testing

@testable import GuideCore

/// An event that takes long (here the first search of 200,000 bullets: making the index, then
/// searching) is worked on away from the loop, which still answers resizes and signals.
@Suite("Long work in a session")
struct LongWorkTests {
  static let bulletsPack = ContentPack(
    manifest: Manifest(id: "big", title: "Big", version: "1", language: "en", tagline: ""),
    home: [MenuEntry(.topic("a"))],
    topics: [
      "a": Topic(
        id: "a", title: "A", summary: "",
        body: [.bullets((0..<200_000).map { [.text("item \($0) about community")] })])
    ],
    quiz: nil)

  static let start = Size(columns: 80, rows: 24)
  static let resized = Size(columns: 100, rows: 30)

  /// The "Working" screen at the new size is drawn while the search goes on; the resize is
  /// then applied to the search's outcome, so the last frame is what the events give in order.
  @Test func aResizeDuringLongWorkIsDrawnAtOnceAndAppliedAfterIt() {
    let terminal = FakeTerminal(
      size: Self.start, events: [.key(.character("/")), .key(.character("c"))])
    terminal.eventsWhileBusy = [.resized(Self.resized)]
    let session = GuideSession(
      pack: Self.bulletsPack, terminal: terminal, dependencies: .inMemory(), start: .home)
    #expect(session.run() == .inputClosed)

    #expect(terminal.eventsWhileBusy.isEmpty)
    let busy = BusyScreen.render(size: Self.resized, unicode: true)
    #expect(terminal.frames.contains { $0.lines == busy.lines })
    var expected = Guide(pack: Self.bulletsPack, state: GuideState(size: Self.start), now: { "" })
    for event in [Event.key(.character("/")), .key(.character("c")), .resized(Self.resized)] {
      _ = expected.handle(event)
    }
    #expect(terminal.frames.last?.lines == Renderer.render(expected).lines)
    #expect(terminal.frames.last?.lines.count == 30)
  }

  /// SIGTERM during the search ends the session at once, without waiting for the work.
  @Test func aSignalDuringLongWorkEndsTheSessionWithoutWaitingForIt() {
    let terminal = FakeTerminal(
      size: Self.start, events: [.key(.character("/")), .key(.character("c"))])
    terminal.eventsWhileBusy = [.signal(15)]
    let session = GuideSession(
      pack: Self.bulletsPack, terminal: terminal, dependencies: .inMemory(), start: .home)
    #expect(session.run() == .signal(15))
    // The search's frame never came.
    #expect(!terminal.frames.contains { $0.lines.joined().contains("about community") })
  }

  /// Keys typed while the first search runs wait for it, then make one search, for the words
  /// typed last, instead of one search each; the screen ends as one key at a time leaves it.
  @Test func keysTypedDuringALongSearchMakeOneSearchForTheWordsTypedLast() {
    let terminal = FakeTerminal(
      size: Self.start, events: [.key(.character("/")), .key(.character("c"))])
    terminal.eventsWhileBusy = TerminalEvent.keys("ommu")
    let session = GuideSession(
      pack: Self.bulletsPack, terminal: terminal, dependencies: .inMemory(), start: .home)
    #expect(session.run() == .inputClosed)

    #expect(terminal.eventsWhileBusy.isEmpty)
    #expect(session.guide.state.overlay?.search?.query == "commu")
    // "c", then "commu": not "co", "com", "comm" on the way.
    #expect(session.guide.searchesRun == 2)
    var expected = Guide(pack: Self.bulletsPack, state: GuideState(size: Self.start), now: { "" })
    for key in "/commu" { _ = expected.handle(.key(.character(key))) }
    #expect(session.guide.state == expected.state)
    #expect(terminal.frames.last?.lines == Renderer.render(expected).lines)
  }
}
