import GuideBundle
import GuideContent
import GuideCore
import GuideTestSupport
import PropertyBased
import Testing

@testable import GuideUI

/// The bundled quiz at every size from the minimum up: a step taller than the window scrolls,
/// a line counts the rows out of sight, and every word of the question, its options and its
/// feedback can be brought into view.
@Suite("Quiz scrolling, bundled pack")
struct QuizScrollFrameTests {
  /// The bundled pack in the quiz's own form, without the assessment: its knowledge questions
  /// then run in the quiz screen, as they do in any pack without `roles.yaml`.
  static let pack = {
    var pack = ContentPack.bundled
    pack.assessment = nil
    return pack
  }()

  /// The guide on question `index` of the bundled quiz, a new attempt.
  static func guide(_ size: Size, question index: Int) -> Guide {
    let progress = QuizProgress(packID: pack.manifest.id, packVersion: pack.manifest.version)
    let state = GuideState(
      size: size, screen: .quiz(QuizPosition(step: .question(index))), quiz: progress)
    return Guide(pack: pack, state: state, now: Fixture.now)
  }

  /// The key of the first wrong option of a knowledge question; nil for a statement.
  static func wrongAnswer(_ question: Question) -> Key? {
    guard case .knowledge(let options, let answer, _, _) = question.kind else { return nil }
    return options.indices.first { $0 != answer }.map { .character(Character("\($0 + 1)")) }
  }

  /// The knowledge question whose feedback takes the most rows at the minimum size.
  static func longest(_ quiz: Quiz) -> Int {
    let rows = quiz.questions.indices.map { index -> Int in
      guard let key = wrongAnswer(quiz.questions[index]) else { return 0 }
      var guide = guide(Chrome.minimumSize, question: index)
      _ = guide.handle(.key(key))
      guard case .quiz(let position) = guide.state.screen else { return 0 }
      return guide.quizLayout(position).lines.count
    }
    return rows.indices.max { rows[$0] < rows[$1] } ?? 0
  }

  /// The frames of the longest question of the bundled quiz at `size`: the question, then
  /// after a wrong answer the feedback as it opens, scrolled to its top with PgUp, and to its
  /// end with PgDn.
  func longestFrames(_ size: Size) throws -> [[String]] {
    let quiz = try #require(Self.pack.quiz)
    let index = Self.longest(quiz)
    try #require(quiz.questions[index].id == "check-take-home", "the longest has changed")
    var guide = Self.guide(size, question: index)
    var frames = [Renderer.render(guide, unicode: true).trimmedLines]
    for key in [try #require(Self.wrongAnswer(quiz.questions[index])), .pageUp, .pageDown] {
      _ = guide.handle(.key(key))
      frames.append(Renderer.render(guide, unicode: true).trimmedLines)
    }
    return frames
  }

  @Test func theLongestQuestionAndFeedbackAt34x10() throws {
    let frames = try longestFrames(Size(columns: 34, rows: 10))
    #expect(
      frames == [
        // question
        [
          " Home › Is DevRel for me?",
          "",
          "  Question 24 of 36  ███████▎░░░",
          "  From a page after the quiz:",
          "  Interviews and a portfolio.",
          "  An interview asks for a new",
          "  tutorial that would take about",
          "    ↓ 15 more below",
          "",
          " 1-4 answer  Esc leave  q quit",
        ],
        // verdict
        [
          " Home › Is DevRel for me?",
          "",
          "  ✗ Not quite. The answer is:",
          "  Ask how long it should take,",
          "  whether it is paid and who",
          "  owns it, and offer existing",
          "  work",
          "    ↑ 5 more  ↓ 12 more",
          "",
          " 1 next  Esc leave  q quit",
        ],
        // top
        [
          " Home › Is DevRel for me?",
          "",
          "  An interview asks for a new",
          "  tutorial that would take about",
          "  two days, unpaid. What is a",
          "  fair reply?",
          "  ✗ Not quite. The answer is:",
          "    ↑ 1 more  ↓ 16 more",
          "",
          " 1 next  Esc leave  q quit",
        ],
        // end
        [
          " Home › Is DevRel for me?",
          "",
          "  ✗ Not quite. The answer is:",
          "  Ask how long it should take,",
          "  whether it is paid and who",
          "  owns it, and offer existing",
          "  work",
          "    ↑ 5 more  ↓ 12 more",
          "",
          " 1 next  Esc leave  q quit",
        ],
      ])
  }

  @Test func theLongestQuestionAndFeedbackAt40x12() throws {
    let frames = try longestFrames(Size(columns: 40, rows: 12))
    #expect(
      frames == [
        // question
        [
          " Home › Is DevRel for me?",
          "",
          "  Question 24 of 36  ███████████▎░░░░░",
          "  From a page after the quiz:",
          "  Interviews and a portfolio.",
          "  An interview asks for a new tutorial",
          "  that would take about two days,",
          "  unpaid. What is a fair reply?",
          "  › 1  Do it without asking, since",
          "    ↓ 9 more below",
          "",
          " 1-4 answer  Esc leave  ? help  q quit",
        ],
        // verdict
        [
          " Home › Is DevRel for me?",
          "",
          "  ✗ Not quite. The answer is: Ask how",
          "  long it should take, whether it is",
          "  paid and who owns it, and offer",
          "  existing work",
          "  Unpaid take-home work is contested:",
          "  in 2017 Frédéric Harper said he",
          "  would no longer do it, as it is the",
          "    ↑ 4 more above  ↓ 8 more below",
          "",
          " 1 next  Esc leave  ? help  q quit",
        ],
        // top
        [
          " Home › Is DevRel for me?",
          "",
          "  Question 24 of 36  ███████████▎░░░░░",
          "  An interview asks for a new tutorial",
          "  that would take about two days,",
          "  unpaid. What is a fair reply?",
          "  ✗ Not quite. The answer is: Ask how",
          "  long it should take, whether it is",
          "  paid and who owns it, and offer",
          "    ↓ 12 more below",
          "",
          " 1 next  Esc leave  ? help  q quit",
        ],
        // end
        [
          " Home › Is DevRel for me?",
          "",
          "  paid and who owns it, and offer",
          "  existing work",
          "  Unpaid take-home work is contested:",
          "  in 2017 Frédéric Harper said he",
          "  would no longer do it, as it is the",
          "  work the job is paid to do. The",
          "  guide's view is that asking about",
          "    ↑ 6 more above  ↓ 6 more below",
          "",
          " 1 next  Esc leave  ? help  q quit",
        ],
      ])
  }

  @Test func theResumeChoicesBothShowAt34x10WithTheIntroBelowThem() {
    var progress = QuizProgress(
      packID: Self.pack.manifest.id, packVersion: Self.pack.manifest.version)
    progress.answers = ["comm-bug-or-talk": .chose(0), "code-read-source": .chose(4)]
    let state = GuideState(
      size: Size(columns: 34, rows: 10), screen: .quiz(QuizPosition(step: .intro)), quiz: progress)
    let guide = Guide(pack: Self.pack, state: state, now: Fixture.now)
    #expect(
      Renderer.render(guide, unicode: false).trimmedLines == [
        " Home > Is DevRel for me?", "",
        "  Is DevRel for me?",
        "  > 1  Resume quiz (2 of 36",
        "       answered)",
        "    2  Start over",
        "",
        "    v 23 more below",
        "", " 1-2 choose  Esc back  q quit",
      ])
  }

  // MARK: - Every word within reach

  /// Every word of the question, its options and (after a wrong answer to a knowledge question)
  /// its verdict, explanation and choices shows on some frame from the top of the step to its
  /// end, stepping with Down as a reader would, at any size from the minimum up.
  @Test func everyWordOfAQuestionAndItsFeedbackIsOnScreenOrAScrollAway() async throws {
    let count = try #require(Self.pack.quiz?.questions.count)
    await propertyCheck(
      count: 60, input: Gen.int(in: 34...200), Gen.int(in: 10...60), Gen.int(in: 0...(count - 1)),
      Gen.bool
    ) { columns, rows, index, unicode in
      Self.checkEveryWordIsReachable(Size(columns: columns, rows: rows), index, unicode: unicode)
    }
  }

  /// For the property above: walks the question `index` and its feedback from top to bottom.
  static func checkEveryWordIsReachable(_ size: Size, _ index: Int, unicode: Bool) {
    guard let question = pack.quiz?.questions[index] else { return }
    var guide = guide(size, question: index)
    var words = Set<String>()
    func read() {
      // From the top of the step, frame by frame, until the last option is selected at the end.
      for _ in 0..<100 { _ = guide.handle(.key(.pageUp)) }
      for _ in 0..<100 {
        let frame = Renderer.render(guide, unicode: unicode).trimmedLines
        for line in frame.dropFirst(Chrome.headerRows).dropLast(Chrome.footerRows) {
          words.formUnion(line.split(separator: " ").map(String.init))
        }
        guard case .quiz(let position) = guide.state.screen else { return }
        let layout = guide.quizLayout(position)
        if position.selection == layout.options.count - 1,
          position.scroll == layout.window(rows: Chrome.bodyRows(size)).maxScroll
        {
          return
        }
        _ = guide.handle(.key(.down))
      }
    }
    var expected = [question.text] + guide.options(of: question)
    read()
    if let wrong = wrongAnswer(question),
      case .knowledge(let options, let answer, let explanation, let topic) = question.kind
    {
      _ = guide.handle(.key(wrong))
      read()
      expected += [
        "Not quite. The answer is: \(options[answer])", explanation,
        index + 1 < (pack.quiz?.questions.count ?? 0) ? "Next question" : "See your results",
        "Read more: \(pack.topics[topic]?.title ?? topic)",
      ]
    }
    let missing = expected.flatMap { $0.split(separator: " ").map(String.init) }.filter {
      !words.contains(unicode ? $0 : Glyphs(unicode: false).text($0))
    }
    #expect(missing.isEmpty, "question \(index) at \(size): \(missing) never shown")
  }
}
