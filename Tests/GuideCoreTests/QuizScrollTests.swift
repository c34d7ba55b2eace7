import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

/// A quiz step taller than the window scrolls: Down and Up read on before they move the
/// selection, PgUp and PgDn turn a screenful, the wheel scrolls, feedback opens at its verdict,
/// and the scroll stays within the step at every size.
@Suite("Quiz scrolling")
struct QuizScrollTests {
  static let small = Size(columns: 34, rows: 10)

  /// The fixture's quiz at `size`, on its first question: progress, the statement and five
  /// options are seven rows, one more than the six of a 34x10 body.
  func atFirstQuestion(_ size: Size = small) -> Guide {
    var guide = Fixture.guide(size)
    guide.openFromHome(.quiz)
    guide.press(.enter)
    return guide
  }

  /// The UI fixture with its knowledge question's right answer made long, on that question.
  func atLongQuestion(_ size: Size = small) throws -> Guide {
    var pack = try UIFixture.pack()
    pack.quiz?.questions[1].kind = .knowledge(
      options: [
        "An editor, the program you write and change source code in every working day", "A holiday",
      ],
      answer: 0, explanation: "Editors are the tools developers spend most of their day in.",
      topic: "tools")
    var guide = Guide(pack: pack, state: GuideState(size: size), now: Fixture.now)
    guide.openFromHome(.quiz)
    guide.press(.enter, .char("1"))
    return guide
  }

  @Test func downMovesWhileTheSelectionIsInSightAndScrollsToKeepItThere() {
    var guide = atFirstQuestion()
    guide.press(.down, .down)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 2)))
    guide.press(.down)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 3, scroll: 1)))
    guide.press(.down)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 4, scroll: 2)))
  }

  @Test func upOnTheFirstOptionScrollsBackToTheQuestionBeforeItWraps() {
    var guide = atFirstQuestion()
    guide.press(.end, .down)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 0, scroll: 2)))
    guide.press(.up, .up)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 0, scroll: 0)))
    guide.press(.up)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 4, scroll: 2)))
  }

  @Test func downReadsOnUntilATallSelectedOptionIsWholeThenMoves() throws {
    var guide = try atLongQuestion()
    guide.press(.down)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(1), selection: 0, scroll: 1)))
    guide.press(.down)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(1), selection: 1, scroll: 2)))
  }

  @Test func feedbackTallerThanTheWindowOpensAtItsVerdict() throws {
    var guide = try atLongQuestion()
    guide.press(.char("2"))
    // Progress and the question are the two rows above the verdict.
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(1), scroll: 2)))
    var roomy = try atLongQuestion(Size(columns: 80, rows: 24))
    roomy.press(.char("2"))
    #expect(roomy.state.screen == .quiz(QuizPosition(step: .feedback(1))))
  }

  @Test func pageKeysTurnAScreenfulWithinTheStep() throws {
    var guide = try atLongQuestion()
    guide.press(.char("2"), .pageDown)
    // Eleven rows, five in sight: the last scroll is 6, and one PgUp goes back four.
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(1), scroll: 6)))
    guide.press(.pageDown)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(1), scroll: 6)))
    guide.press(.pageUp)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(1), scroll: 2)))
    guide.press(.pageUp)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(1), scroll: 0)))
  }

  @Test func theWheelScrollsATallStepAndMovesTheSelectionOnAShortOne() throws {
    var guide = try atLongQuestion()
    _ = guide.handle(.wheel(up: false))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(1), scroll: 2)))
    var roomy = atFirstQuestion(Size(columns: 80, rows: 24))
    _ = roomy.handle(.wheel(up: false))
    #expect(roomy.state.screen == .quiz(QuizPosition(step: .question(0), selection: 3)))
  }

  @Test func aTallerWindowBringsTheScrollBackWithinTheStep() throws {
    var guide = try atLongQuestion()
    guide.press(.char("2"), .pageDown)
    _ = guide.handle(.resized(Size(columns: 80, rows: 24)))
    #expect(guide.state.screen == .quiz(QuizPosition(step: .feedback(1), scroll: 0)))
  }

  // MARK: - Your plan, scrolled the same way

  @Test func thePlanOpensAtItsTopAndDownReadsOnBeforeItMoves() throws {
    var guide = Guide(
      pack: try UIFixture.packWithPlan(),
      state: GuideState(size: Size(columns: 40, rows: 12), attempts: [UIFixture.attempts[0]]),
      now: Fixture.now)
    guide.press(.char("p"))
    #expect(guide.state.screen == .plan(PlanPosition()))
    guide.press(.down, .down)
    #expect(guide.state.screen == .plan(PlanPosition(selection: 0, scroll: 2)))
    guide.press(.down)
    #expect(guide.state.screen == .plan(PlanPosition(selection: 1, scroll: 5)))
    guide.press(.up)
    #expect(guide.state.screen == .plan(PlanPosition(selection: 0, scroll: 4)))
    guide.press(.up)
    #expect(guide.state.screen == .plan(PlanPosition(selection: 0, scroll: 3)))
    guide.press(.pageUp)
    #expect(guide.state.screen == .plan(PlanPosition(selection: 0, scroll: 0)))
  }

  // MARK: - Pages after the quiz

  @Test func aQuestionAboutAPageTheMenuListsAfterTheQuizSaysSo() throws {
    let knowledge = try #require(Fixture.quiz.questions.last)
    #expect(Fixture.guide().pageAfterQuiz(knowledge) == nil, "intro is listed before the quiz")
    let later = ContentPack(
      manifest: Fixture.pack.manifest,
      home: [MenuEntry(.topic("skills")), MenuEntry(.quiz), MenuEntry(.topic("intro"))],
      topics: Fixture.pack.topics, quiz: Fixture.pack.quiz)
    let guide = Guide(pack: later, state: GuideState(size: Self.small), now: Fixture.now)
    #expect(guide.pageAfterQuiz(knowledge) == "Introduction")
    let rating = try #require(Fixture.quiz.questions.first)
    #expect(guide.pageAfterQuiz(rating) == nil, "a statement has no page")
  }

  @Test func aPageReachedOnlyByLinksComesAfterTheQuizAndASubPageBefore() throws {
    var question = try #require(Fixture.quiz.questions.last)
    let pack = ContentPack(
      manifest: Fixture.pack.manifest,
      home: [MenuEntry(.topic("skills")), MenuEntry(.quiz)],
      topics: Fixture.pack.topics, quiz: Fixture.pack.quiz)
    let guide = Guide(pack: pack, state: GuideState(size: Self.small), now: Fixture.now)
    #expect(guide.pageAfterQuiz(question) == "Introduction")
    question.kind = .knowledge(
      options: ["a", "b"], answer: 0, explanation: "", topic: "skills/talk")
    #expect(guide.pageAfterQuiz(question) == nil)
  }
}
