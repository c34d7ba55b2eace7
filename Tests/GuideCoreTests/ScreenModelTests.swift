import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

/// Each screen built straight from its state (not reached by keys from home) and sent events
/// through `GuideTestStore`, which checks the whole new state and every effect.
@Suite("Screens, each from a state")
struct ScreenModelTests {
  let intro = Screen.page(PagePosition(id: "intro"))

  @Test func aPageMarksDoneAndClearsTheMarkWithTheSameKey() {
    var store = GuideTestStore(screen: intro, back: [.home])
    store.send(.char("d"), effects: [.saveMarks(["intro": .done])]) {
      $0.marks["intro"] = .done
      $0.status = "Marked as done."
    }
    store.send(.char("d"), effects: [.saveMarks([:])]) {
      $0.marks = [:]
      $0.status = "Mark cleared."
    }
  }

  @Test func aPageFollowsTheFocusedLinkAndEscComesBackWithTheFocusKept() {
    var store = GuideTestStore(screen: intro, back: [.home])
    store.send(.tab) { $0.screen = .page(PagePosition(id: "intro", focusedLink: 0)) }
    store.send(.enter) {
      $0.back = [.home, .page(PagePosition(id: "intro", focusedLink: 0))]
      $0.screen = .page(PagePosition(id: "skills/code"))
    }
    store.send(.escape) {
      $0.back = [.home]
      $0.forward = [.page(PagePosition(id: "skills/code"))]
      $0.screen = .page(PagePosition(id: "intro", focusedLink: 0))
    }
    store.send(.char("]")) {
      $0.back = [.home, .page(PagePosition(id: "intro", focusedLink: 0))]
      $0.forward = []
      $0.screen = .page(PagePosition(id: "skills/code"))
    }
  }

  @Test func theWheelScrollsAPageAndLetsGoOfALinkScrolledOutOfSight() throws {
    let small = Size(columns: 40, rows: 12)
    let line = try #require(GuideTestStore(screen: intro, size: small).guide.page?.links[0].line)
    var store = GuideTestStore(
      screen: .page(PagePosition(id: "intro", scroll: line, focusedLink: 0)), back: [.home],
      size: small)
    store.send(.wheel(up: true)) {
      $0.screen = .page(PagePosition(id: "intro", scroll: line - 3, focusedLink: 0))
    }
    store.send(.wheel(up: false)) {
      $0.screen = .page(PagePosition(id: "intro", scroll: line, focusedLink: 0))
    }
    store.send(.wheel(up: false)) { $0.screen = .page(PagePosition(id: "intro", scroll: line + 3)) }
  }

  @Test func aClickOnALinkFocusesAndFollowsIt() {
    var store = GuideTestStore(screen: intro, back: [.home])
    store.send(.followLink(1)) {
      $0.back = [.home, .page(PagePosition(id: "intro", focusedLink: 1))]
      $0.screen = .page(PagePosition(id: "skills/talk"))
    }
  }

  @Test func aMenuOpensAnEntryByItsNumberAndRemembersTheSelection() {
    var store = GuideTestStore(screen: .home)
    store.send(.char("2")) {
      $0.back = [.menu(MenuPosition(id: GuideState.homeID, selection: 1))]
      $0.screen = .menu(MenuPosition(id: "skills"))
    }
    store.send(.down) { $0.screen = .menu(MenuPosition(id: "skills", selection: 1)) }
    store.send(.chooseItem(0)) {
      $0.back.append(.menu(MenuPosition(id: "skills", selection: 0)))
      $0.screen = .page(PagePosition(id: "skills/code"))
    }
  }

  @Test func resultsWithoutAttemptsOpenTheQuizOnEnter() {
    var store = GuideTestStore(screen: .results(ResultsPosition()), back: [.home])
    store.send(.enter) {
      $0.back = [.home, .results(ResultsPosition())]
      $0.screen = .quiz(QuizPosition(step: .intro))
    }
  }

  @Test func anAnswerIsSavedAndTheNextQuestionOpens() {
    let started = QuizProgress(packID: "fixture", packVersion: "1")
    var store = GuideTestStore(
      screen: .quiz(QuizPosition(step: .question(0))), back: [.home], quiz: started)
    var answered = started
    answered.answers["q-code"] = .chose(3)
    answered.current = 1
    store.send(.char("4"), effects: [.saveProgress(answered)]) {
      $0.quiz = answered
      $0.screen = .quiz(QuizPosition(step: .question(1)))
    }
    store.send(.escape) { $0.overlay = .confirm(.leaveQuiz(question: 1, selection: 0)) }
    store.send(.char("y")) {
      $0.overlay = nil
      $0.back = []
      $0.screen = .home
    }
  }

  @Test func thePostingPromptTypesAPathAndAsksForTheFile() {
    var store = GuideTestStore(
      pack: PostingFixture.pack, screen: .posting(.prompt(PostingPrompt())), back: [.home])
    store.send(.char("q")) { $0.screen = .posting(.prompt(PostingPrompt(path: "q"))) }
    store.send(.enter, effects: [.readPostingFile("q")]) {
      $0.screen = .posting(.prompt(PostingPrompt(path: "q", pending: "q")))
    }
  }

  /// The store fails a test that leaves a change of the state unsaid, or an effect.
  @Test func theStoreFailsOnAChangeOrAnEffectLeftOut() {
    var store = GuideTestStore(screen: intro, back: [.home])
    withKnownIssue {
      store.send(.char("d"), effects: [.saveMarks(["intro": .done])]) {
        $0.marks["intro"] = .done
      }
    }
    withKnownIssue {
      store.send(.char("l")) {
        $0.marks["intro"] = .learning
        $0.status = "Marked as learning."
      }
    }
  }

  // MARK: - The line mode reads the screen

  @Test func aPagesLineTextIsItsLinesThenItsLinksNumbered() throws {
    let store = GuideTestStore(screen: .page(PagePosition(id: "skills/code")))
    let page = try #require(store.guide.page)
    let model = store.guide.screenModel
    #expect(
      model.lineText(store.guide, quizOnly: false)
        == [.text("")] + page.lines.map { .laidOut($0) } + [
          .text("Links:"), .text("  1) Talking"),
        ])
    #expect(model.lineNumber(1, store.guide) == .followLink(0))
    #expect(model.lineNumber(2, store.guide) == nil)
    #expect(model.linePrompt(store.guide, words: "b back") == "Link number, b back >")
  }

  @Test func aMenusLineTextIsItsTitleSummaryAndEntries() {
    let store = GuideTestStore(screen: .menu(MenuPosition(id: "skills")))
    let model = store.guide.screenModel
    #expect(
      model.lineText(store.guide, quizOnly: false)
        == [
          .text(""), .text("Skills"), .text("Two skills."), .text("  1) Code"),
          .text("  2) Talking"),
        ])
    #expect(model.lineNumber(2, store.guide) == .chooseItem(1))
    #expect(model.lineNumber(3, store.guide) == nil)
  }

  @Test func theQuizInTheLineModeUsesTheScreensWords() {
    let store = GuideTestStore(
      screen: .quiz(QuizPosition(step: .intro)),
      quiz: QuizProgress(packID: "fixture", packVersion: "1", answers: ["q-code": .chose(1)]))
    let text = store.guide.screenModel.lineText(store.guide, quizOnly: false)
    let layout = store.guide.quizLayout(QuizPosition(step: .intro))
    #expect(layout.lines.contains(.option("Resume quiz (1 of 3 answered)", index: 0, first: true)))
    #expect(text.contains(.text("  1) Resume quiz (1 of 3 answered)")))
    #expect(text.contains(.text("  2) Start over")))
  }
}
