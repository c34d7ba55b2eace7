import GuideContent
import GuideTestSupport
import PropertyBased
import Testing

@testable import GuideCore

@Suite("Random key sequences")
struct RandomKeysPropertyTests {
  static let keys: [Key] = [
    .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace,
    .tab, .backTab, .character("j"), .character("k"), .character("g"), .character("G"),
    .character(" "), .character("b"), .character("s"), .character("y"), .character("n"),
    .character("?"), .character("1"), .character("2"), .character("3"), .character("4"),
    .character("5"), .character("9"), .character("x"), .control("l"), .character("/"),
    .character("i"), .character("]"), .character("d"), .character("l"), .character("R"),
    .character("N"), .character("e"),
  ]
  /// Every key, and the events that are not keys: the wheel, clicks on items and links.
  static let events: [Event] =
    keys.map(Event.key) + [
      .wheel(up: true), .wheel(up: false), .chooseItem(0), .chooseItem(1), .chooseItem(3),
      .chooseItem(8), .followLink(0), .followLink(1), .followLink(5),
    ]
  static let sizes = [
    Size(columns: 80, rows: 24), Size(columns: 40, rows: 12), Size(columns: 200, rows: 60),
    Size(columns: 10, rows: 3),
  ]

  /// What must hold after every event, whatever came before.
  static func checkInvariants(_ guide: Guide) {
    let state = guide.state
    if case .confirm(.leaveQuiz) = state.overlay {
      if case .quiz = state.screen {} else { Issue.record("leave question over \(state.screen)") }
    }
    switch state.screen {
    case .menu(let position):
      #expect((0..<max(1, guide.entries(ofMenu: position.id).count)).contains(position.selection))
    case .page(let position):
      let lines = guide.page?.lines.count ?? 0
      #expect(guide.page == Fixture.layout(position.id, for: guide))
      #expect(
        position.scroll >= 0 && position.scroll <= max(0, lines - Chrome.bodyRows(state.size)))
      if let focus = position.focusedLink {
        #expect(guide.page?.links.indices.contains(focus) == true)
      }
    case .quiz(let position):
      if case .question(let index) = position.step {
        #expect(guide.pack.quiz?.questions.indices.contains(index) == true)
      }
    case .results(let position):
      if let index = position.attempt { #expect(state.attempts.indices.contains(index)) }
    case .posting(.prompt(let prompt)):
      #expect(prompt.path.count <= Guide.maxPostingPathLength)
    case .posting(.reading(let page)):
      let lines = guide.page?.lines.count ?? 0
      #expect(page.scroll >= 0 && page.scroll <= max(0, lines - Chrome.bodyRows(state.size)))
    case .plan(let position):
      let count = guide.planView?.actions.count ?? 0
      #expect((0..<max(1, count)).contains(position.selection))
    case .role(let profile):
      let lines = guide.page?.lines.count ?? 0
      #expect(profile.scroll >= 0 && profile.scroll <= max(0, lines - Chrome.bodyRows(state.size)))
    }
  }

  @Test func anyEventSequenceKeepsTheStateValidAndEscapeAlwaysLeadsHome() async {
    let keyIndexes = Gen.int(in: 0...(Self.events.count - 1)).array(of: 400...400)
    // 250 runs of 400 keys: 100,000 events.
    await propertyCheck(count: 250, input: keyIndexes, Gen.int(in: 0...3)) { indexes, sizeIndex in
      var guide = Fixture.guide(Self.sizes[sizeIndex])
      for (step, index) in indexes.enumerated() {
        if step % 50 == 49 { _ = guide.handle(.resized(Self.sizes[(sizeIndex + step) % 4])) }
        let effects = guide.handle(Self.events[index])
        #expect(!effects.contains(.quit))
        Self.checkInvariants(guide)
      }
      _ = guide.handle(.resized(Size(columns: 80, rows: 24)))
      for _ in 0..<(2 * guide.state.back.count + 4) { _ = guide.handle(.key(.escape)) }
      #expect(guide.state.screen.isMenuHome)
    }
  }
}

extension Screen {
  var isMenuHome: Bool {
    if case .menu(let position) = self { return position.id == GuideState.homeID }
    return false
  }
}
