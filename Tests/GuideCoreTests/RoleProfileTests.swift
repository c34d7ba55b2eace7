import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

/// A small pack with an assessment of two activities and two roles, and one person's answers:
/// the coder's work is loved and done, the talker's neither.
enum RoleFixture {
  static let assessment = Assessment(
    enjoyment: ["Drains me", "Rather not", "No strong feeling", "Like it", "Love it"],
    experience: ["Never", "Once or twice", "A few times", "Often"],
    activities: [
      Activity(id: "a-code", text: "Writing code", dimension: "code", topic: "skills/code"),
      Activity(id: "a-talk", text: "Giving a talk", dimension: "talk", topic: "skills/talk"),
    ],
    roles: [
      JobRole(
        id: "coder", title: "Coder", summary: "Writes code for developers.",
        basis: "The fixture's reading.", topic: "intro", outside: false,
        weights: [("a-code", 3), ("a-talk", 1)]),
      JobRole(
        id: "talker", title: "Talker", summary: "Talks to developers.",
        basis: "The fixture's reading.", topic: "skills/talk", outside: true,
        weights: [("a-talk", 3)]),
    ])

  static let pack: ContentPack = {
    var pack = PostingFixture.pack
    pack.assessment = assessment
    return pack
  }()

  static var packWithoutPlan: ContentPack {
    var pack = Fixture.pack
    pack.assessment = assessment
    return pack
  }

  static let attempt = Attempt(
    date: "2026-12-01T10:00:00Z", packID: "fixture", packVersion: "1",
    answers: [
      "enjoy:a-code": .chose(4), "done:a-code": .chose(3), "enjoy:a-talk": .chose(0),
      "done:a-talk": .chose(0),
    ], scores: [:], knowledge: nil, form: Attempt.assessmentForm)

  static let results = Screen.results(ResultsPosition())
  static let onAttempt = Screen.results(ResultsPosition(attempt: 0))
  static let profile = Screen.role(RoleProfile(role: "coder", attempt: 0))
}

@Suite("A role's profile")
struct RoleProfileTests {
  func store(_ screen: Screen, back: [Screen], pack: ContentPack = RoleFixture.pack)
    -> GuideTestStore
  {
    GuideTestStore(pack: pack, screen: screen, back: back, attempts: [RoleFixture.attempt])
  }

  @Test func tabAndEnterOnARoleOpenTheProfileAndEscComesBackWithTheFocusKept() {
    var store = store(RoleFixture.onAttempt, back: [.home, RoleFixture.results])
    let focused = Screen.results(ResultsPosition(attempt: 0, focusedLink: 0))
    store.send(.tab) { $0.screen = focused }
    store.send(.enter) {
      $0.back = [.home, RoleFixture.results, focused]
      $0.screen = RoleFixture.profile
    }
    store.send(.escape) {
      $0.back = [.home, RoleFixture.results]
      $0.forward = [RoleFixture.profile]
      $0.screen = focused
    }
  }

  @Test func pOnTheProfileOpensThePlanForThatRole() {
    var store = store(RoleFixture.profile, back: [.home, RoleFixture.onAttempt])
    store.send(.char("p")) {
      $0.planRole = "coder"
      $0.back = [.home, RoleFixture.onAttempt, RoleFixture.profile]
      $0.screen = .plan(PlanPosition())
    }
  }

  @Test func aNumberOnTheAttemptStillOpensThePlanForThatRole() {
    var store = store(RoleFixture.onAttempt, back: [.home])
    store.send(.char("2")) {
      $0.planRole = "talker"
      $0.back = [.home, RoleFixture.onAttempt]
      $0.screen = .plan(PlanPosition())
    }
  }

  @Test func withoutAPlanPDoesNothingAndIsNotOffered() {
    var store = store(RoleFixture.profile, back: [.home], pack: RoleFixture.packWithoutPlan)
    store.send(.char("p"))
    #expect(store.guide.keyTable == Bindings.roleProfileNoPlan)
    #expect(!store.guide.footerHints.contains { $0.action == "plan" })
  }

  @Test func theProfileSaysWhatTheRoleIsTheFitTheWeightsAndWhereToReadMore() throws {
    let guide = store(RoleFixture.profile, back: [.home]).guide
    let page = try #require(guide.page)
    let text = page.lines.map(guide.glyphs.line)
    #expect(
      text == [
        "Coder", "─────", "", "Writes code for developers.", "", "Your fit",
        "fit 75 · readiness 75", "  You enjoy: writing code.",
        "Fit comes from what you would enjoy; readiness, shown apart, from what you",
        "have done.", "", "What it weighs most", "• Writing code: the heart of it",
        "Also a part of it: giving a talk.", "", "Your activities in this role",
        "• Thrive (you enjoy it and have done it): writing code.",
        "• Avoid (neither enjoyed nor done): giving a talk.", "", "How the guide weighs it",
        "The fixture's reading.", "", "Read more", "• Introduction", "",
        "Press p for a plan to grow into this role.",
      ])
    #expect(page.links.map(\.target) == ["intro"])
    #expect(guide.breadcrumbs == ["Home", "Your results", "2026-12-01 10:00", "Coder"])
  }

  @Test func aNeighbourOutsideDevRelSaysSoAndItsDrainsAreReasons() throws {
    let talker = Screen.role(RoleProfile(role: "talker", attempt: 0))
    let guide = store(talker, back: [.home]).guide
    let text = try #require(guide.page).lines.map(guide.glyphs.line)
    #expect(
      text[3...6] == ["A neighbour of DevRel, outside it.", "Talks to developers.", "", "Your fit"])
    #expect(text[7...8] == ["fit 0 · readiness 0", "  Drains you: giving a talk."])
  }

  @Test func aFollowedLinkOpensTheRolesPage() {
    var store = store(RoleFixture.profile, back: [.home])
    // The link is the last thing on the page: Tab scrolls it into sight.
    let focused = Screen.role(RoleProfile(role: "coder", attempt: 0, scroll: 4, focusedLink: 0))
    store.send(.tab) { $0.screen = focused }
    store.send(.enter) {
      $0.back = [.home, focused]
      $0.screen = .page(PagePosition(id: "intro"))
    }
  }

  @Test func theLineModeNamesARolesLinkAsTheRole() {
    let guide = store(RoleFixture.onAttempt, back: [.home]).guide
    #expect(guide.linkTitle(FitLayout.target("coder")) == "The role: Coder")
  }

  @Test func aProfileOfAnUnknownRoleOrAttemptHasNoPage() {
    let unknown = store(.role(RoleProfile(role: "nobody", attempt: 0)), back: [.home]).guide
    #expect(unknown.page == nil)
    let gone = store(.role(RoleProfile(role: "coder", attempt: 3)), back: [.home]).guide
    #expect(gone.page == nil)
  }
}
