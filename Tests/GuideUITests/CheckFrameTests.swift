import GuideBundle
import GuideContent
import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// "Check what you learnt" on the bundled guide, drawn: its intro at the smallest size in
/// ASCII, a question naming its page at 80x24, and its place in the results list.
@Suite("Knowledge check, drawn")
struct CheckFrameTests {
  static func guide(
    _ size: Size, _ screen: Screen, attempts: [Attempt] = [], checking: Bool = true
  ) -> Guide {
    let manifest = ContentPack.bundled.manifest
    return Fixture.guide(
      pack: .bundled, size, screen: screen, attempts: attempts,
      check: checking ? QuizProgress(packID: manifest.id, packVersion: manifest.version) : nil)
  }

  @Test func theIntroAt34x10InASCIIShowsItsChoiceFirst() {
    var guide = Self.guide(Size(columns: 34, rows: 10), .home, checking: false)
    _ = guide.handle(.openCheck)
    #expect(
      Renderer.render(guide, unicode: false).trimmedLines == [
        " Home > Check what you learnt",
        "",
        "  Check what you learnt",
        "  > 1  Start the check",
        "",
        "  Judge a situation the way the",
        "  guide's pages would. Your",
        "    v 12 more below",
        "",
        " Enter start  Esc back  q quit",
      ])
  }

  @Test func aQuestionAt80x24NamesItsPage() {
    let guide = Self.guide(
      Size(columns: 80, rows: 24), .quiz(QuizPosition(step: .question(7), form: .check)))
    #expect(
      Renderer.render(guide, unicode: true).trimmedLines == [
        " Home › Check what you learnt",
        "",
        "  Question 8 of 16  ███████████████░░░░░░░░░░░░░░░",
        "",
        "  From the page How DevRel is measured.",
        "  Your manager wants follower counts as your main measure. What do you",
        "  propose?",
        "",
        "  › 1  Follower counts after all, since every team counts them and leaders",
        "       understand them",
        "    2  Agreeing the goals first, then measures of what changed for developers,",
        "       with reach as one of several",
        "    3  No measures at all, since DevRel's effect is indirect",
        "    4  A count of talks and posts, since activity is easy to show",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " 1-4 answer  s skip  Bksp previous  Esc leave  ? help  q quit",
      ])
  }

  @Test func theResultsListCallsACheckACheckAt80x24() {
    let check = Attempt(
      date: "2026-11-29T10:04:00Z", packID: "devrel-guide", packVersion: "1", answers: [:],
      scores: [:], knowledge: KnowledgeScore(correct: 12, total: 16), form: Attempt.checkForm)
    let guide = Self.guide(
      Size(columns: 80, rows: 24), .results(ResultsPosition()), attempts: [check])
    #expect(
      Renderer.render(guide, unicode: true).trimmedLines.prefix(7) == [
        " Home › Your results",
        "",
        "  Your results",
        "  ────────────",
        "",
        "       Date              Fit              Knowledge  Strongest",
        "  › 1  2026-11-29 10:04  knowledge check  12 of 16   -",
      ])
  }
}
