import GuideBundle
import GuideContent
import GuideCore
import GuideTestSupport
import GuideUI
import Testing

@testable import GuideText

/// A knowledge question about a page the reader meets only after the quiz says so, full
/// screen and in the line mode, so nobody is marked down for not having read ahead.
@Suite("Questions about pages after the quiz, bundled pack")
struct QuizLaterPagesTests {
  /// The bundled pack in the quiz's own form, without the assessment: its knowledge questions
  /// then run in the quiz screen, as they do in any pack without `roles.yaml`.
  static let pack = {
    var pack = ContentPack.bundled
    pack.assessment = nil
    return pack
  }()

  /// Topics in `devrel-guide topics` order before the first topic home lists after the quiz:
  /// those a reader following the menu has passed when the quiz comes.
  static func pagesBeforeTheQuiz() throws -> Set<String> {
    let quiz = try #require(pack.home.firstIndex { $0.target == .quiz })
    let firstAfter = try #require(pack.home[(quiz + 1)...].compactMap(\.topicID).first)
    let end = try #require(pack.topicOrder.firstIndex(of: firstAfter))
    return Set(pack.topicOrder[..<end])
  }

  @Test func everyQuestionAboutALaterPageSaysSoAndNoOtherDoes() throws {
    let quiz = try #require(Self.pack.quiz)
    let before = try Self.pagesBeforeTheQuiz()
    var later = 0
    for (index, question) in quiz.questions.enumerated() {
      guard case .knowledge(_, _, _, let topic) = question.kind else { continue }
      let title = try #require(Self.pack.topics[topic]?.title)
      let note = "From a page after the quiz: \(title)."
      let state = GuideState(
        size: Size(columns: 200, rows: 60), screen: .quiz(QuizPosition(step: .question(index))))
      let guide = Guide(pack: Self.pack, state: state, now: Fixture.now)
      let screen = Renderer.render(guide, unicode: true).trimmedLines.map {
        $0.trimmingPrefix(while: { $0 == " " })
      }
      let lines = LineText.describe(guide, glyphs: Glyphs(unicode: true), quizOnly: true)
      let isLater = !before.contains(topic)
      if isLater { later += 1 }
      #expect(screen.contains(Substring(note)) == isLater, "\(question.id) on screen")
      #expect(lines.contains(note) == isLater, "\(question.id) in the line mode")
    }
    #expect(later > 0, "the bundled quiz asks about the career pages, after the quiz")
  }
}
