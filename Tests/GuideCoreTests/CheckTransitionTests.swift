import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

/// "Check what you learnt": the quiz's knowledge questions alone, from their own home entry,
/// held apart from the quiz in progress and recorded as a check that never counts toward a fit.
@Suite("Knowledge check")
struct CheckTransitionTests {
  /// The fixture with a check on home (entry 5) and a second knowledge question.
  static let pack: ContentPack = {
    var quiz = Fixture.quiz
    quiz.questions.append(
      Question(
        id: "q-know-2", text: "Your manager wants follower counts. What do you propose?",
        kind: .knowledge(
          options: ["Followers", "Goals first"], answer: 1,
          explanation: "Agree the goals first.", topic: "skills/code")))
    let base = Fixture.pack
    return ContentPack(
      manifest: base.manifest, home: base.home + [MenuEntry(.check)], topics: base.topics,
      quiz: quiz)
  }()

  /// A quiz half answered, which the check must never touch.
  static let quizInProgress = QuizProgress(
    packID: "fixture", packVersion: "1", answers: ["q-code": .chose(2)], current: 1)

  static func guide(attempts: [Attempt] = []) -> Guide {
    Guide(
      pack: pack,
      state: GuideState(
        size: Size(columns: 80, rows: 24), quiz: quizInProgress, attempts: attempts),
      now: Fixture.now)
  }

  static func check(_ step: QuizPosition.Step, selection: Int = 0) -> Screen {
    .quiz(QuizPosition(step: step, selection: selection, form: .check))
  }

  @Test func itsHomeEntryOpensItsIntroWithItsOwnTitle() {
    var guide = Self.guide()
    guide.openFromHome(.check)
    #expect(guide.state.screen == Self.check(.intro))
    #expect(guide.breadcrumbs == ["Home", "Check what you learnt"])
    #expect(guide.introChoices == [.start], "the quiz in progress is not the check's")
    #expect(guide.checkQuestions.map(\.id) == ["q-know", "q-know-2"])
  }

  @Test func startingAsksOnlyTheKnowledgeQuestionsAndSavesNothing() {
    var guide = Self.guide()
    guide.openFromHome(.check)
    let effects = guide.press(.enter)
    #expect(effects == [], "starting the check must not clear the quiz's saved progress")
    #expect(guide.state.screen == Self.check(.question(0)))
    #expect(guide.quizQuestions.map(\.id) == ["q-know", "q-know-2"])
    #expect(guide.state.check == QuizProgress(packID: "fixture", packVersion: "1"))
    #expect(guide.state.quiz == Self.quizInProgress)
  }

  @Test func anAnswerShowsFeedbackAndIsHeldApartFromTheQuiz() {
    var guide = Self.guide()
    guide.openFromHome(.check)
    guide.press(.enter)
    let effects = guide.press(.char("2"))
    #expect(effects == [])
    #expect(guide.state.screen == Self.check(.feedback(0)))
    #expect(
      guide.state.check
        == QuizProgress(
          packID: "fixture", packVersion: "1", answers: ["q-know": .chose(1)], current: 1))
    #expect(guide.state.quiz == Self.quizInProgress)
  }

  @Test func finishingRecordsACheckAndShowsThePagesToReread() throws {
    var guide = Self.guide()
    guide.openFromHome(.check)
    guide.press(.enter, .char("2"), .char("1"), .char("2"))
    #expect(guide.state.screen == Self.check(.feedback(1)))
    let effects = guide.press(.char("1"))
    let attempt = Attempt(
      date: "2026-11-29T10:04:00Z", packID: "fixture", packVersion: "1",
      answers: ["q-know": .chose(1), "q-know-2": .chose(1)], scores: [:],
      knowledge: KnowledgeScore(correct: 1, total: 2), form: Attempt.checkForm)
    #expect(effects == [.recordAttempt(attempt)], "no clearProgress: the quiz stays saved")
    #expect(guide.state.attempts == [attempt])
    #expect(guide.state.check == nil)
    #expect(guide.state.quiz == Self.quizInProgress)
    #expect(guide.state.screen == .results(ResultsPosition(attempt: 0)))
    #expect(guide.breadcrumbs == ["Home", "Your results", "2026-11-29 10:04"])
    let lines = try #require(guide.page).lines.map(\.words)
    #expect(
      lines == [
        "Check of 2026-11-29 10:04",
        "",
        "",
        "1 of 2 right",
        "A check of what the pages teach; it does not count toward which job fits",
        "you.",
        "",
        "Pages worth reading again",
        "  Introduction",
        "",
        "Questions to revisit",
        "  What does DevRel stand for? Answer: Developer Relations. Read Introduction",
      ])
    #expect(guide.page?.links.map(\.target) == ["intro", "intro"])
  }

  @Test func leavingKeepsTheAnswersUntilTheGuideClosesAndReopeningResumes() {
    var guide = Self.guide()
    guide.openFromHome(.check)
    guide.press(.enter, .char("1"), .char("1"))
    #expect(guide.state.screen == Self.check(.question(1)))
    let effects = guide.press(.escape, .char("y"))
    #expect(effects == [])
    #expect(guide.state.screen == .menu(MenuPosition(id: GuideState.homeID, selection: 4)))
    #expect(guide.state.check?.answers == ["q-know": .chose(0)])
    guide.openFromHome(.check)
    #expect(guide.introChoices == [.resume, .startOver])
    guide.press(.enter)
    #expect(guide.state.screen == Self.check(.question(1)))
  }

  @Test func aCheckNeverBecomesThePlanOrTheAttemptAQuizIsComparedWith() {
    let quiz = Attempt(
      date: "2026-11-28T10:00:00Z", packID: "fixture", packVersion: "1", answers: [:],
      scores: ["code": 40], knowledge: nil)
    let check = Attempt(
      date: "2026-11-29T10:00:00Z", packID: "fixture", packVersion: "1", answers: [:],
      scores: [:], knowledge: KnowledgeScore(correct: 2, total: 2), form: Attempt.checkForm)
    let later = Attempt(
      date: "2026-11-30T10:00:00Z", packID: "fixture", packVersion: "1", answers: [:],
      scores: ["code": 60], knowledge: nil)
    #expect(Attempt.latestFit([quiz, check]) == quiz)
    #expect(Attempt.previous(2, in: [quiz, check, later]) == quiz)
    #expect(Attempt.previous(1, in: [quiz, check, later]) == nil)
    #expect(Attempt.previous(3, in: [quiz, check, later, check]) == check)
  }

  @Test func aPackWithoutKnowledgeQuestionsSaysSoInsteadOfOpeningAnEmptyCheck() {
    var quiz = Fixture.quiz
    quiz.questions.removeAll { if case .knowledge = $0.kind { true } else { false } }
    let base = Fixture.pack
    let pack = ContentPack(
      manifest: base.manifest, home: base.home + [MenuEntry(.check)], topics: base.topics,
      quiz: quiz)
    var guide = Guide(
      pack: pack, state: GuideState(size: Size(columns: 80, rows: 24)), now: Fixture.now)
    guide.openFromHome(.check)
    #expect(guide.state.screen == .menu(MenuPosition(id: GuideState.homeID, selection: 4)))
    #expect(guide.state.status == "This guide has no knowledge questions to check.")
  }
}
