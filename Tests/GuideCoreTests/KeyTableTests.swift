import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

/// Each screen's key table (`Bindings`) against what the screen does: a key that changes
/// anything is listed, and every listed key changes something in one of the screen's states.
/// The states are built directly, not reached by keys from home.
@Suite struct KeyTableTests {
  static let size = Size(columns: 40, rows: 12)
  static let attempt = Attempt(
    date: "2026-11-29T10:04:00Z", packID: "fixture", packVersion: "1",
    answers: ["q-know": .chose(0)], scores: ["code": 40, "talk": 20],
    knowledge: KnowledgeScore(correct: 1, total: 1))

  /// A guide on `screen`, with `back` behind it and the given saved facts.
  static func guide(
    _ screen: Screen, back: [Screen] = [.home], forward: [Screen] = [],
    attempts: [Attempt] = [attempt], quiz: QuizProgress? = nil, highlight: String? = nil
  ) -> Guide {
    var state = GuideState(size: size, screen: screen, quiz: quiz, attempts: attempts)
    state.back = back
    state.forward = forward
    state.highlight = highlight
    return Guide(pack: PostingFixture.pack, state: state, now: Fixture.now)
  }

  static let progress = QuizProgress(
    packID: "fixture", packVersion: "1", answers: ["q-code": .chose(1), "q-know": .chose(0)],
    current: 1)

  static func reading() -> Screen {
    var guide = guide(.posting(.prompt(PostingPrompt())))
    _ = guide.handle(.paste(PostingFixture.posting))
    return guide.state.screen
  }

  /// States of every screen, each in a place where its keys have something to do.
  static func states() -> [(name: String, guide: Guide)] {
    var readingScrolled = guide(reading())
    if case .posting(.reading(var page)) = readingScrolled.state.screen {
      page.scroll = 1
      readingScrolled = guide(.posting(.reading(page)))
    }
    var readingFocused = guide(reading())
    if case .posting(.reading(var page)) = readingFocused.state.screen {
      page.focusedLink = 0
      readingFocused = guide(.posting(.reading(page)))
    }
    return [
      ("home", guide(.menu(MenuPosition(id: GuideState.homeID, selection: 1)), back: [])),
      ("menu", guide(.menu(MenuPosition(id: "skills", selection: 1)))),
      (
        "page",
        guide(
          .page(PagePosition(id: "intro", scroll: 2)), forward: [.menu(MenuPosition(id: "skills"))],
          highlight: "developers")
      ),
      ("page with a link", guide(.page(PagePosition(id: "skills/code", focusedLink: 0)))),
      ("results", guide(.results(ResultsPosition(selection: 1)), attempts: [attempt, attempt])),
      ("no results", guide(.results(ResultsPosition()), attempts: [])),
      ("attempt", guide(.results(ResultsPosition(attempt: 0, scroll: 1)))),
      ("attempt with a link", guide(.results(ResultsPosition(attempt: 0, focusedLink: 0)))),
      ("posting prompt", guide(.posting(.prompt(PostingPrompt())))),
      ("posting prompt typed", guide(.posting(.prompt(PostingPrompt(path: "posting.txt"))))),
      ("posting reading", readingScrolled),
      ("posting reading with a link", readingFocused),
      ("plan", guide(.plan(PlanPosition(selection: 1)))),
      ("quiz intro", guide(.quiz(QuizPosition(step: .intro, selection: 1)), quiz: progress)),
      ("quiz intro, nothing saved", guide(.quiz(QuizPosition(step: .intro)))),
      ("question", guide(.quiz(QuizPosition(step: .question(1), selection: 1)), quiz: progress)),
      ("feedback", guide(.quiz(QuizPosition(step: .feedback(2), selection: 1)), quiz: progress)),
      // The same screens with the first item selected, or scrolled, so the keys to the end
      // and those that scroll up have somewhere to go.
      ("menu, first", guide(.menu(MenuPosition(id: "skills")))),
      ("results, first", guide(.results(ResultsPosition()), attempts: [attempt, attempt])),
      ("plan, scrolled", guide(.plan(PlanPosition(scroll: 2)))),
      ("quiz intro, first", guide(.quiz(QuizPosition(step: .intro)), quiz: progress)),
      ("question, scrolled", guide(.quiz(QuizPosition(step: .question(0), scroll: 2)))),
      ("feedback, first", guide(.quiz(QuizPosition(step: .feedback(2))), quiz: progress)),
      ("quiz intro, scrolled", guide(.quiz(QuizPosition(step: .intro, scroll: 1)))),
      (
        "feedback, scrolled",
        guide(.quiz(QuizPosition(step: .feedback(2), scroll: 1)), quiz: progress)
      ),
      ("role profile", profile(scroll: 1)), ("role profile with a link", profile(focusedLink: 0)),
      ("role profile, no plan", profile(scroll: 1, pack: RoleFixture.packWithoutPlan)),
      (
        "role profile, no plan, with a link",
        profile(focusedLink: 0, pack: RoleFixture.packWithoutPlan)
      ),
    ]
  }

  /// A role's profile (`RoleFixture`), scrolled or with a link focused.
  static func profile(
    scroll: Int = 0, focusedLink: Int? = nil, pack: ContentPack = RoleFixture.pack
  ) -> Guide {
    let profile = RoleProfile(role: "coder", attempt: 0, scroll: scroll, focusedLink: focusedLink)
    var state = GuideState(size: size, screen: .role(profile), attempts: [RoleFixture.attempt])
    state.back = [.home]
    return Guide(pack: pack, state: state, now: Fixture.now)
  }

  /// Every key the terminal can send, near enough: the named keys, printable ASCII and Ctrl
  /// with each letter.
  static let everyKey: [Key] =
    [
      .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace,
      .tab, .backTab, .delete,
    ] + (0x20...0x7E).map { .character(Character(UnicodeScalar(UInt8($0)))) }
    + "abcdefghijklmnopqrstuvwxyz".map { .control($0) }

  /// Whether `key` changes the state or asks for work.
  static func acts(_ key: Key, on guide: Guide) -> Bool {
    var after = guide
    let effects = after.handle(.key(key))
    return !effects.isEmpty || after.state != guide.state
  }

  @Test func everyStateIsOnTheScreenItNames() {
    for (name, guide) in Self.states() {
      #expect(guide.state.overlay == nil, "\(name)")
      #expect(guide.state.status == nil, "\(name)")
    }
    #expect(Self.reading() != .posting(.prompt(PostingPrompt())), "the paste was read")
  }

  /// Whether the screen's own handler, without the table in front of it, acts on `key`.
  static func screenActs(_ key: Key, on guide: Guide) -> Bool {
    var after = guide
    let effects = after.screenKey(key)
    return !effects.isEmpty || after.state != guide.state
  }

  @Test func aScreenHandlesNoKeyItsTableLeavesOut() {
    for (name, guide) in Self.states() {
      for key in Self.everyKey where !guide.keyTable.takes(key) {
        #expect(!Self.screenActs(key, on: guide), "\(name): handles \(key), not in its table")
      }
    }
  }

  @Test func aKeyThatDoesAnythingIsInTheTables() {
    for (name, guide) in Self.states() {
      let listed = guide.keyTable.bindings + guide.globalBindings
      for key in Self.everyKey where Self.acts(key, on: guide) {
        #expect(listed.contains { $0.takes(key) }, "\(name): \(key) acts but is not listed")
      }
    }
  }

  @Test func everyListedKeyDoesSomethingOnItsScreen() {
    let guides = Self.states().map(\.guide)
    var tables: [KeyTable] = []
    for table in guides.map(\.keyTable) where !tables.contains(table) { tables.append(table) }
    for table in tables {
      let guides = guides.filter { $0.keyTable == table }
      for binding in table.bindings {
        for key in binding.keysToTry {
          let acting = guides.contains { Self.acts(key, on: $0) }
          #expect(acting, "\(table.title): \(key) (\(binding.label)) is listed, does nothing")
        }
      }
    }
  }

  @Test func everyGlobalKeyDoesSomething() {
    let page = Self.states()[2].guide
    for binding in page.globalBindings {
      for key in binding.keys + binding.also {
        #expect(Self.acts(key, on: page), "\(key) is listed everywhere but does nothing")
      }
    }
  }

  @Test func theFooterOffersOnlyListedKeysAndHelpListsEveryOne() {
    for (name, guide) in Self.states() {
      let listed = guide.keyTable.bindings + guide.globalBindings
      for item in guide.keyTable.footer {
        #expect(listed.contains(item.binding), "\(name): footer offers \(item.binding.label)")
      }
      let rows = guide.helpRows.map(\.keys).filter { !$0.isEmpty }
      for binding in listed {
        #expect(rows.contains(binding.label), "\(name): help misses \(binding.label)")
      }
      let labels = listed.map(\.label)
      #expect(Set(labels).count == labels.count, "\(name): keys listed twice: \(labels)")
    }
  }

  @Test func homeOffersThePlanOnceThereIsOneAndTheQuizLeavesOutTheIndex() {
    let home = Self.states()[0].guide
    #expect(home.footerHints.map(\.action).contains("plan"))
    #expect(home.helpRows.contains { $0.keys == "p" })
    let fresh = Self.guide(.home, back: [], attempts: [])
    #expect(!fresh.footerHints.map(\.action).contains("plan"))
    let question = Self.states()[15].guide
    #expect(!question.helpRows.contains { $0.keys == "i" })
    #expect(!Self.acts(.character("i"), on: question))
  }

  @Test func thePlansFooterOffersEveryMark() {
    let plan = Self.states()[12].guide
    #expect(
      plan.footerHints.map(\.action) == ["move", "mark", "page", "back", "help", "quit"])
    #expect(plan.footerHints[1].keys == .text("d/l/s"))
  }
}
