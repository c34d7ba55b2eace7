import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Quiz")
struct QuizTransitionTests {
  /// The first question, just started, built from its state.
  func atQuestion() -> Guide {
    GuideTestStore(
      screen: .quiz(QuizPosition(step: .question(0))),
      back: [.menu(MenuPosition(id: GuideState.homeID, selection: 2))],
      quiz: QuizProgress(packID: "fixture", packVersion: "1")
    ).guide
  }

  @Test func theQuizOpensAtItsIntroWithOneChoice() {
    var guide = Fixture.guide()
    guide.openFromHome(.quiz)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .intro)))
    #expect(guide.introChoices == [.start])
    #expect(guide.breadcrumbs == ["Home", "Fit check"])
  }

  @Test func startingShowsTheFirstQuestionWithNoAnswers() {
    let guide = atQuestion()
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0))))
    #expect(guide.state.quiz == QuizProgress(packID: "fixture", packVersion: "1"))
  }

  @Test func aDigitAnswersSavesAndMovesOn() {
    var guide = atQuestion()
    let effects = guide.press(.char("4"))
    let saved = QuizProgress(
      packID: "fixture", packVersion: "1", answers: ["q-code": .chose(3)], current: 1)
    #expect(effects == [.saveProgress(saved)])
    #expect(guide.state.quiz == saved)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(1))))
  }

  @Test func arrowsAndEnterAnswerToo() {
    var guide = atQuestion()
    guide.press(.down, .down)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 2)))
    guide.press(.enter)
    #expect(guide.state.quiz?.answers["q-code"] == .chose(2))
  }

  @Test func sSkipsAndBackspaceReturnsWithTheAnswerSelected() {
    var guide = atQuestion()
    guide.press(.char("5"), .char("s"))
    #expect(guide.state.quiz?.answers == ["q-code": .chose(4), "q-talk": .skipped])
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(2))))
    guide.press(.backspace, .backspace)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 4)))
    guide.press(.backspace)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .intro)))
  }

  @Test func aKnowledgeAnswerShowsFeedbackThenMovesOn() {
    var guide = atQuestion()
    guide.press(.char("1"), .char("1"), .char("2"))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(2))))
    #expect(guide.state.quiz?.answers["q-know"] == .chose(1))
  }

  @Test func goingBackToAnAnsweredKnowledgeQuestionShowsItsFeedbackAndKeepsTheFirstAnswer() {
    var guide = atQuestion()
    guide.press(.char("1"), .char("1"), .char("2"))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(2))))
    guide.press(.backspace)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(1))), "the question before")
    guide.press(.char("1"))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(2))), "feedback, not a retry")
    let effects = guide.handle(.chooseItem(0))
    let answers: [String: Answer] = ["q-code": .chose(0), "q-talk": .chose(0), "q-know": .chose(1)]
    #expect(guide.state.attempts.first?.answers == answers)
    #expect(guide.state.attempts.first?.knowledge == KnowledgeScore(correct: 0, total: 1))
    #expect(effects.first == .clearProgress)
    let lines = guide.page?.lines.map(\.words) ?? []
    #expect(
      lines.suffix(2) == [
        "Questions to revisit",
        "  What does DevRel stand for? Answer: Developer Relations. Read Introduction",
      ])
    #expect(guide.page?.links.last?.target == "intro")
  }

  @Test func aKnowledgeAnswerCannotBeReplacedByAnyEvent() {
    let saved = QuizProgress(
      packID: "fixture", packVersion: "1",
      answers: ["q-code": .chose(0), "q-talk": .chose(0), "q-know": .chose(1)], current: 2)
    var guide = Fixture.guide(quiz: saved)
    guide.openFromHome(.quiz)
    guide.press(.char("1"))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(2))), "resuming shows it")
    guide.state.screen = .quiz(QuizPosition(step: .question(2)))
    let effects = guide.press(.char("1"))
    #expect(effects == [])
    #expect(guide.state.quiz == saved)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(2))))
  }

  @Test func aSkippedKnowledgeQuestionCanStillBeAnswered() {
    let saved = QuizProgress(
      packID: "fixture", packVersion: "1",
      answers: ["q-code": .chose(0), "q-talk": .chose(0), "q-know": .skipped], current: 2)
    var guide = Fixture.guide(quiz: saved)
    guide.openFromHome(.quiz)
    guide.press(.char("1"))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(2))))
    guide.press(.char("1"))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(2))))
    #expect(guide.state.quiz?.answers["q-know"] == .chose(0))
  }

  @Test func readMoreOpensTheTopicAndEscapeReturnsToTheSameFeedback() {
    var guide = atQuestion()
    guide.press(.char("1"), .char("1"), .char("1"), .char("2"))
    #expect(guide.state.screen == .page(PagePosition(id: "intro")))
    guide.press(.escape)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(2), selection: 1)))
  }

  @Test func finishingRecordsTheAttemptAndShowsItsResults() {
    var guide = atQuestion()
    guide.press(.char("5"), .char("1"), .char("1"))
    let effects = guide.press(.char("1"))
    let attempt = Attempt(
      date: "2026-11-29T10:04:00Z", packID: "fixture", packVersion: "1",
      answers: ["q-code": .chose(4), "q-talk": .chose(0), "q-know": .chose(0)],
      scores: ["code": 100, "talk": 100], knowledge: KnowledgeScore(correct: 1, total: 1))
    #expect(effects == [.clearProgress, .recordAttempt(attempt)])
    #expect(guide.state.quiz == nil)
    #expect(guide.state.attempts == [attempt])
    #expect(guide.state.screen == .results(ResultsPosition(attempt: 0)))
    #expect(guide.page?.lines.first?.words == "Results of 2026-11-29 10:04")
    guide.press(.escape)
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 2)))
  }

  @Test func theFinishedAttemptIsDatedByTheGuidesClock() {
    var guide = Guide(
      pack: Fixture.pack, state: GuideState(size: Size(columns: 80, rows: 24)),
      now: { "2027-01-02T03:04:00Z" })
    guide.openFromHome(.quiz)
    guide.press(.enter)
    let effects = guide.press(.char("5"), .char("1"), .char("1"), .char("1"))
    let attempt = Attempt(
      date: "2027-01-02T03:04:00Z", packID: "fixture", packVersion: "1",
      answers: ["q-code": .chose(4), "q-talk": .chose(0), "q-know": .chose(0)],
      scores: ["code": 100, "talk": 100], knowledge: KnowledgeScore(correct: 1, total: 1))
    #expect(effects == [.clearProgress, .recordAttempt(attempt)])
    #expect(guide.state.attempts == [attempt])
    #expect(guide.breadcrumbs == ["Home", "Your results", "2027-01-02 03:04"])
    #expect(guide.page?.lines.first?.words == "Results of 2027-01-02 03:04")
  }

  @Test func escapeAsksBeforeLeavingAndKeepsTheAnswers() {
    var guide = atQuestion()
    guide.press(.char("2"), .escape)
    #expect(guide.state.overlay == .confirm(.leaveQuiz(question: 1, selection: 0)))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(1))), "under the question")
    guide.press(.down)
    #expect(guide.state.overlay == .confirm(.leaveQuiz(question: 1, selection: 1)))
    guide.press(.char("n"))
    #expect(guide.state.overlay == nil)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(1))))
    guide.press(.escape, .escape)
    #expect(
      guide.state.screen == .menu(MenuPosition(id: "home", selection: 2)), "a second Esc leaves")
    #expect(guide.state.quiz?.answers == ["q-code": .chose(1)])
  }

  @Test func aSavedQuizIsOfferedForResumingAtTheNextQuestion() {
    let saved = QuizProgress(
      packID: "fixture", packVersion: "1", answers: ["q-code": .chose(1)], current: 1)
    var guide = Fixture.guide(quiz: saved)
    guide.openFromHome(.quiz)
    #expect(guide.introChoices == [.resume, .startOver])
    guide.press(.char("1"))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(1))))
    #expect(guide.state.quiz == saved)
  }

  @Test func startingOverForgetsTheSavedQuiz() {
    let saved = QuizProgress(
      packID: "fixture", packVersion: "1", answers: ["q-code": .chose(1)], current: 1)
    var guide = Fixture.guide(quiz: saved)
    guide.openFromHome(.quiz)
    let effects = guide.press(.char("2"))
    #expect(effects == [.clearProgress])
    #expect(guide.state.quiz == QuizProgress(packID: "fixture", packVersion: "1"))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0))))
  }

  @Test func theResultsListOpensAnAttemptNewestFirst() {
    let old = Attempt(
      date: "2026-01-01T00:00:00Z", packID: "fixture", packVersion: "1", answers: [:],
      scores: ["code": 20], knowledge: nil)
    let new = Attempt(
      date: "2026-02-01T00:00:00Z", packID: "fixture", packVersion: "1", answers: [:],
      scores: ["code": 80], knowledge: nil)
    var guide = Fixture.guide(attempts: [old, new])
    guide.openFromHome(.results)
    guide.press(.enter)
    #expect(guide.state.screen == .results(ResultsPosition(attempt: 1)))
    let change = [
      Span(column: 0, .bullet), Span(column: 2, .text("Code 20", .plain)),
      Span(column: 10, .arrow(.plain)), Span(column: 12, .text("80, +60", .plain)),
    ]
    #expect(guide.page?.lines.contains { $0.spans == change } == true)
    guide.press(.escape, .char("2"))
    #expect(guide.state.screen == .results(ResultsPosition(attempt: 0)))
  }

  @Test func aTieEverywhereNamesNoStrongestArea() {
    let even = Attempt(
      date: "2026-02-01T00:00:00Z", packID: "fixture", packVersion: "1", answers: [:],
      scores: ["code": 50, "talk": 50], knowledge: nil)
    var guide = Fixture.guide(attempts: [even])
    guide.openFromHome(.results)
    guide.press(.enter)
    let text = guide.page?.lines.map(\.words).joined(separator: "\n") ?? ""
    #expect(text.contains("Every area scored 50, so none stands out."))
    #expect(!text.contains("Strongest"))
  }
}
