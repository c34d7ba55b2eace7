import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Scoring")
struct ScoringTests {
  let quiz = Fixture.quiz

  @Test func theTopOfTheScaleScoresAHundredAndTheBottomZero() {
    #expect(Scoring.scores(quiz, answers: ["q-code": .chose(4)]) == ["code": 100])
    #expect(Scoring.scores(quiz, answers: ["q-code": .chose(0)]) == ["code": 0])
    #expect(Scoring.scores(quiz, answers: ["q-code": .chose(1)]) == ["code": 25])
  }

  @Test func aReverseScoredStatementCountsBackwards() {
    #expect(Scoring.scores(quiz, answers: ["q-talk": .chose(4)]) == ["talk": 0])
    #expect(Scoring.scores(quiz, answers: ["q-talk": .chose(1)]) == ["talk": 75])
  }

  @Test func skippedStatementsDoNotCount() {
    #expect(
      Scoring.scores(quiz, answers: ["q-code": .skipped, "q-talk": .chose(2)]) == ["talk": 50])
  }

  @Test func knowledgeCountsRightAnswersOutOfAllQuestions() {
    #expect(
      Scoring.knowledge(quiz, answers: ["q-know": .chose(0)])
        == KnowledgeScore(correct: 1, total: 1))
    #expect(
      Scoring.knowledge(quiz, answers: ["q-know": .skipped]) == KnowledgeScore(correct: 0, total: 1)
    )
  }

  @Test func overallIsTheRoundedMean() {
    #expect(Scoring.overall(["a": 50, "b": 75]) == 63)
    #expect(Scoring.overall([:]) == nil)
  }

  @Test func theBandIsTheHighestWhoseMinimumIsReached() {
    #expect(Scoring.band(quiz, overall: 59)?.label == "Not yet")
    #expect(Scoring.band(quiz, overall: 60)?.label == "Good fit")
  }

  @Test func rankingPutsTheStrongestFirstAndKeepsPackOrderOnTies() {
    #expect(Scoring.ranked(quiz, scores: ["code": 40, "talk": 90]).map(\.id) == ["talk", "code"])
    #expect(Scoring.ranked(quiz, scores: ["code": 50, "talk": 50]).map(\.id) == ["code", "talk"])
  }

  @Test func aScaleOfAnyLengthReachesAHundred() {
    var three = quiz
    three.scale = ["No", "Maybe", "Yes"]
    #expect(
      Scoring.scores(three, answers: ["q-code": .chose(2), "q-talk": .chose(1)]) == [
        "code": 100, "talk": 50,
      ])
  }
}
