import GuideTestSupport
import PropertyBased
import Testing

@testable import GuideCore

/// Events that came in together (keys typed while a long search ran) leave the guide exactly as
/// handling them one at a time does, but typing on the search line searches once, for the words
/// typed last.
@Suite("Events handled together")
struct EventsTogetherTests {
  static func keys(_ text: String) -> [Event] { text.map { .key(.character($0)) } }

  /// The guide after `events` handled one at a time, and all their effects.
  static func oneAtATime(_ events: [Event], _ guide: Guide = Fixture.guide()) -> (
    Guide, [Effect]
  ) {
    var guide = guide
    let effects = events.flatMap { guide.handle($0) }
    return (guide, effects)
  }

  /// The guide after `events` handled together as the session hands them over: all that is
  /// left each time, until every one is handled.
  static func together(_ events: [Event], _ guide: Guide = Fixture.guide()) -> (Guide, [Effect]) {
    var guide = guide
    var effects: [Effect] = []
    var rest = events[...]
    while !rest.isEmpty {
      let (some, handled) = guide.handle(together: rest)
      effects += some
      rest = rest.dropFirst(handled)
    }
    return (guide, effects)
  }

  @Test func typingSearchesOnceForTheWordsTypedLast() {
    let events = Self.keys("/talk")
    let (single, _) = Self.oneAtATime(events)
    var guide = Fixture.guide()
    let (effects, handled) = guide.handle(together: events)
    #expect(effects == [])
    #expect(handled == 5)
    #expect(guide.state == single.state)
    #expect(guide.state.overlay?.search?.hits.map(\.topicID).contains("skills/talk") == true)
    #expect(single.searchesRun == 4)
    #expect(guide.searchesRun == 1)
  }

  @Test func aKeyThatActsOnTheHitsFindsThoseOfTheWordsTypedBeforeIt() {
    let events = Self.keys("/co") + [.key(.tab)] + Self.keys("d")
    let (single, _) = Self.oneAtATime(events)
    var guide = Fixture.guide()
    _ = guide.handle(together: events)
    #expect(guide.state == single.state)
    // "co" for Tab, then "cod".
    #expect(guide.searchesRun == 2)
    // Enter opens the selected hit of the words typed last.
    let (opened, _) = Self.oneAtATime(events + Self.keys("e") + [.key(.enter)])
    _ = guide.handle(together: Self.keys("e") + [.key(.enter)])
    #expect(guide.state == opened.state)
  }

  @Test func handlingStopsAfterTheFirstEventThatAsksForWork() {
    var guide = Fixture.guide()
    let events = Self.keys("/c") + [.key(.control("l"))] + Self.keys("o")
    let (effects, handled) = guide.handle(together: events)
    #expect(effects == [.redraw])
    #expect(handled == 3)
    // The frame drawn for the effect shows the hits of the words typed so far.
    let (single, _) = Self.oneAtATime(Array(events.prefix(3)))
    #expect(guide.state == single.state)
    #expect(guide.state.overlay?.search?.hits.isEmpty == false)
  }

  @Test func closingTheSearchLineLeavesNoSearchToDo() {
    var guide = Fixture.guide()
    _ = guide.handle(together: Self.keys("/community") + [.key(.escape)])
    #expect(guide.state.overlay == nil)
    #expect(guide.searchesRun == 0)
  }

  /// Keys, pastes, clicks, wheel turns and resizes on every screen: whatever comes in together,
  /// the guide ends where one event at a time leaves it, with the same effects in order.
  static let events: [Event] =
    keys("/ctalkoq1i?dl")
    + [
      .key(.backspace), .key(.delete), .key(.left), .key(.right), .key(.home), .key(.end),
      .key(.tab), .key(.backTab), .key(.up), .key(.down), .key(.enter), .key(.escape),
      .key(.pageDown), .key(.control("w")), .key(.control("u")), .key(.control("l")),
      .paste("code talk"), .chooseItem(0), .chooseItem(1), .wheel(up: false), .wheel(up: true),
      .resized(Size(columns: 60, rows: 20)), .resized(Size(columns: 80, rows: 24)),
    ]

  @Test func anyEventsHandledTogetherEndWhereOneAtATimeEnds() async {
    await propertyCheck(
      count: 300, input: Gen.element(of: Self.events).map { $0 ?? .key(.escape) }.array(of: 0...40)
    ) { events in
      Self.check(events)
    }
  }

  static func check(_ events: [Event]) {
    let (single, singleEffects) = oneAtATime(events)
    let (joined, joinedEffects) = together(events)
    #expect(joined.state == single.state, "\(events)")
    #expect(joinedEffects == singleEffects, "\(events)")
    #expect(joined.searchesRun <= single.searchesRun)
  }
}
