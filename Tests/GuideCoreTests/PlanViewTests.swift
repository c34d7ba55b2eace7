import GuideContent
import GuideTestSupport
import PropertyBased
import Testing

@testable import GuideCore

@Suite("Your plan, worked out from an attempt")
struct PlanViewTests {
  /// The fixture's quiz (skills `code` and `talk`) plus a disposition `hats`, and a plan with
  /// actions for each, in an order the plan must keep.
  static let quiz: Quiz = {
    var quiz = Fixture.quiz
    quiz.dimensions.append(Dimension(id: "hats", title: "Hats", topics: [], disposition: true))
    return quiz
  }()

  static let plan = Plan(actions: [
    PlanAction(id: "c1", text: "Code one.", dimension: "code", effort: .evening, topic: "intro"),
    PlanAction(id: "t1", text: "Talk one.", dimension: "talk", effort: .weekend, topic: "intro"),
    PlanAction(id: "c2", text: "Code two.", dimension: "code", effort: .month, topic: "intro"),
    PlanAction(id: "h1", text: "Hats one.", dimension: "hats", effort: .month, topic: "intro"),
  ])

  static func attempt(_ scores: [String: Int]) -> Attempt {
    Attempt(
      date: "2026-11-29T10:04:00Z", packID: "fixture", packVersion: "1", answers: [:],
      scores: scores, knowledge: nil)
  }

  func view(_ scores: [String: Int]) -> PlanView {
    PlanView(attempt: Self.attempt(scores), quiz: Self.quiz, plan: Self.plan)
  }

  @Test func growthAreasComeLowestFirstWithTheirActionsInPackOrder() {
    let plan = view(["code": 40, "talk": 20, "hats": 80])
    #expect(plan.basis == .growthAreas)
    #expect(plan.sections.map(\.dimension.id) == ["talk", "code"])
    #expect(plan.sections.map(\.score) == [20, 40])
    #expect(plan.actions.map(\.id) == ["t1", "c1", "c2"])
  }

  @Test func withNoGrowthAreaTheLowestSkillsAreListedAndSaidSo() {
    let plan = view(["code": 70, "talk": 90, "hats": 90])
    #expect(plan.basis == .lowestSkills)
    #expect(plan.actions.map(\.id) == ["c1", "c2"])
    let tied = view(["code": 100, "talk": 100])
    #expect(tied.sections.map(\.dimension.id) == ["code", "talk"])
  }

  @Test func aLowWayOfWorkingFollowsOnItsOwnAndAHighOneIsLeftOut() {
    #expect(view(["code": 70, "talk": 50, "hats": 30]).actions.map(\.id) == ["t1", "h1"])
    #expect(view(["code": 70, "talk": 50, "hats": 60]).actions.map(\.id) == ["t1"])
  }

  @Test func everyStatementSkippedPlansNothing() {
    let plan = view([:])
    #expect(plan.basis == .noScores)
    #expect(plan.sections.isEmpty)
  }

  @Test func progressCountsOnlyListedActionsMarkedDone() {
    let plan = view(["code": 40, "talk": 90])
    let marks: [String: TopicMark] = [
      "plan:c1": .done, "plan:c2": .learning, "plan:t1": .done, "intro": .done,
    ]
    #expect(plan.progress(marks) == (done: 1, total: 2))
    #expect(PlanView.markID(of: Self.plan.actions[0]) == "plan:c1")
    #expect(PlanView.isActionMark("plan:c1"))
    #expect(!PlanView.isActionMark("skills/code"))
  }

  /// Whatever the scores, a listed skill is a growth area, or (when there is none) one of the
  /// lowest; a way of working is listed only below the line; nothing is listed twice.
  @Test func theListedAreasNeverContradictTheScores() async {
    await propertyCheck(
      count: 300, input: Gen.int(in: 0...100), Gen.int(in: 0...100), Gen.int(in: 0...100)
    ) { code, talk, hats in
      Self.checkListedAreas(["code": code, "talk": talk, "hats": hats])
    }
  }

  static func checkListedAreas(_ scores: [String: Int]) {
    let plan = PlanView(attempt: attempt(scores), quiz: quiz, plan: plan)
    let ids = plan.sections.map(\.dimension.id)
    #expect(Set(ids).count == ids.count)
    let skills = ["code", "talk"].compactMap { scores[$0] }
    for section in plan.sections {
      #expect(section.score == scores[section.dimension.id])
      if section.dimension.disposition {
        #expect(section.score < Scoring.growthBelow)
      } else if plan.basis == .growthAreas {
        #expect(section.score < Scoring.growthBelow)
      } else {
        #expect(section.score == skills.min())
      }
    }
    #expect(
      plan.basis == (skills.contains { $0 < Scoring.growthBelow } ? .growthAreas : .lowestSkills))
  }
}
