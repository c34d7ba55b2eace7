import GuideContent
import GuideCore
import GuideTestSupport
import Testing

@testable import GuideText

@Suite("devrel-guide plan output")
struct PlanTextTests {
  static let pack: ContentPack = {
    var pack = Fixture.pack
    pack.plan = Plan(actions: [
      PlanAction(
        id: "c1", text: "Build a small project and publish it.", dimension: "code",
        effort: .weekend, topic: "skills/code"),
      PlanAction(
        id: "c2", text: "Answer one question in a forum.", dimension: "code", effort: .evening,
        topic: "skills/code"),
      PlanAction(
        id: "t1", text: "Give a lightning talk.", dimension: "talk", effort: .evening,
        topic: "skills/talk"),
    ])
    return pack
  }()

  static let attempt = Attempt(
    date: "2026-11-29T10:04:00Z", packID: "fixture", packVersion: "1", answers: [:],
    scores: ["code": 25, "talk": 75], knowledge: nil)

  static var view: PlanView {
    PlanView(attempt: attempt, quiz: Fixture.quiz, plan: pack.plan ?? Plan(actions: []))
  }

  static let marks: [String: TopicMark] = ["plan:c1": .done, "plan:t1": .done]

  @Test func textListsEachGrowthAreaWithMarksEffortAndPage() {
    let text = PlanText.text(
      Self.view, attempt: Self.attempt, marks: Self.marks, pack: Self.pack, width: 40)
    #expect(
      text.split(separator: "\n", omittingEmptySubsequences: false) == [
        "Your plan (from your quiz of 2026-11-29",
        "10:04): 1 of 2 done",
        "",
        "For each growth area (below 60), things",
        "to do next.",
        "",
        "Code: 25 of 100",
        "  [x] Build a small project and publish",
        "      it.",
        "      a weekend; read Code (devrel-guide",
        "      show skills/code)",
        "  [ ] Answer one question in a forum.",
        "      an evening; read Code",
        "      (devrel-guide show skills/code)",
        "",
      ])
  }

  @Test func markdownIsATaskList() {
    let markdown = PlanText.markdown(
      Self.view, attempt: Self.attempt, marks: Self.marks, pack: Self.pack)
    #expect(markdown.contains("### Code: 25 of 100\n\n- [x] Build a small project and publish it."))
    #expect(markdown.contains("- [ ] Answer one question in a forum. *an evening; read Code"))
    #expect(!markdown.contains("lightning"))
  }

  @Test func jsonHasEveryActionWithItsMarkOrNull() throws {
    let json = try PlanText.json(Self.view, attempt: Self.attempt, marks: Self.marks)
    #expect(json.contains("\"basis\" : \"growth-areas\""))
    #expect(json.contains("\"done\" : 1"))
    #expect(json.contains("\"total\" : 2"))
    #expect(json.contains("\"mark\" : \"done\""))
    #expect(json.contains("\"mark\" : null"))
    #expect(json.contains("\"effort\" : \"evening\""))
  }
}
