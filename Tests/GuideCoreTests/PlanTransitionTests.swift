import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Your plan screen: open, move, mark, open a page, back")
struct PlanTransitionTests {
  /// The fixture pack with the plan of `PlanViewTests`: talk (20) then code (40) are the
  /// growth areas, so the screen lists t1, c1, c2.
  static func guide(attempts: [Attempt] = [PlanViewTests.attempt(["code": 40, "talk": 20])])
    -> Guide
  {
    var pack = Fixture.pack
    pack.plan = PlanViewTests.plan
    return Guide(
      pack: pack, state: GuideState(size: Size(columns: 80, rows: 24), attempts: attempts),
      now: Fixture.now)
  }

  @Test func pOnHomeOpensThePlanAndEscReturns() {
    var guide = Self.guide()
    #expect(guide.press(.character("p")) == [])
    #expect(guide.state.screen == .plan(PlanPosition()))
    #expect(guide.state.back == [.home])
    #expect(guide.planView?.actions.map(\.id) == ["t1", "c1", "c2"])
    _ = guide.press(.escape)
    #expect(guide.state.screen == .home)
  }

  @Test func withoutAnAttemptPOnHomeDoesNothing() {
    var guide = Self.guide(attempts: [])
    _ = guide.press(.character("p"))
    #expect(guide.state.screen == .home)
    #expect(guide.planView == nil)
  }

  @Test func pOnResultsOpensThePlan() {
    var guide = Self.guide()
    guide.state.screen = .results(ResultsPosition())
    _ = guide.press(.character("p"))
    #expect(guide.state.screen == .plan(PlanPosition()))
    #expect(guide.state.back == [.results(ResultsPosition())])
  }

  @Test func movingWrapsLikeEveryList() {
    var guide = Self.guide()
    _ = guide.press(.character("p"), .down, .down)
    #expect(guide.state.screen == .plan(PlanPosition(selection: 2)))
    _ = guide.press(.down)
    #expect(guide.state.screen == .plan(PlanPosition(selection: 0)))
    _ = guide.press(.up)
    #expect(guide.state.screen == .plan(PlanPosition(selection: 2)))
  }

  @Test func markKeysSetAndClearTheSelectedActionsMarkAndSaveIt() {
    var guide = Self.guide()
    _ = guide.press(.character("p"), .down)
    #expect(guide.press(.character("d")) == [.saveMarks(["plan:c1": .done])])
    #expect(guide.state.marks == ["plan:c1": .done])
    #expect(guide.state.status == "Marked as done.")
    let progress = guide.planView?.progress(guide.state.marks)
    #expect(progress?.done == 1 && progress?.total == 3)
    #expect(guide.press(.character("l")) == [.saveMarks(["plan:c1": .learning])])
    #expect(guide.press(.character("l")) == [.saveMarks([:])])
    #expect(guide.state.marks == [:])
    #expect(guide.state.screen == .plan(PlanPosition(selection: 1)))
    #expect(guide.orphanedMarks == [])
  }

  @Test func enterOpensTheActionsPageAndEscReturnsToTheSameAction() {
    var guide = Self.guide()
    _ = guide.press(.character("p"), .down, .down, .enter)
    #expect(guide.state.screen == .page(PagePosition(id: "intro")))
    #expect(guide.state.back == [.home, .plan(PlanPosition(selection: 2))])
    _ = guide.press(.escape)
    #expect(guide.state.screen == .plan(PlanPosition(selection: 2)))
  }

  @Test func aDigitOrAClickOpensThatAction() {
    var guide = Self.guide()
    _ = guide.press(.character("p"))
    _ = guide.handle(.chooseItem(1))
    #expect(guide.state.screen == .page(PagePosition(id: "intro")))
    #expect(guide.state.back == [.home, .plan(PlanPosition(selection: 1))])
  }

  @Test func breadcrumbsNameThePlan() {
    var guide = Self.guide()
    _ = guide.press(.character("p"))
    #expect(guide.breadcrumbs == ["Home", "Your plan"])
  }
}
