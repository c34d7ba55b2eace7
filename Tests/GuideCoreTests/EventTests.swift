import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Events other than keys")
struct EventTests {
  @Test func theWheelScrollsAPageThreeLinesAndStopsAtTheTop() {
    var guide = Fixture.guide(Size(columns: 40, rows: 12))
    guide.openFromHome(.topic("intro"))
    _ = guide.handle(.wheel(up: false))
    #expect(guide.state.screen == .page(PagePosition(id: "intro", scroll: 3)))
    _ = guide.handle(.wheel(up: true))
    _ = guide.handle(.wheel(up: true))
    #expect(guide.state.screen == .page(PagePosition(id: "intro", scroll: 0)))
  }

  @Test func theWheelMovesAMenuSelectionThreeItemsWrapping() {
    var guide = Fixture.guide()
    _ = guide.handle(.wheel(up: false))
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 3)))
    _ = guide.handle(.wheel(up: false))
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 2)))
  }

  @Test func theWheelLeavesHelpAndPromptsAlone() {
    var guide = Fixture.guide()
    guide.press(.char("?"))
    _ = guide.handle(.wheel(up: false))
    #expect(guide.state.overlay == .help(scroll: 0))
    #expect(guide.state.screen == .home)
  }

  @Test func openQuizAtStartUpShowsTheIntroAboveHome() {
    var guide = Fixture.guide()
    _ = guide.handle(.openQuiz)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .intro)))
    #expect(guide.state.back == [.home])
  }

  @Test func searchingForWordsOpensTheSearchLineWithItsHits() {
    var guide = Fixture.guide()
    _ = guide.handle(.search("talk"))
    #expect(guide.state.overlay?.search?.query == "talk")
    // One hit a topic: the one titled "Talking" first, then the one whose text says it.
    #expect(guide.state.overlay?.search?.hits.map(\.topicID) == ["skills/talk", "skills/code"])
    _ = guide.handle(.chooseItem(1))
    #expect(guide.state.overlay == nil)
    #expect(guide.state.highlight == "talk")
    #expect(guide.state.screen == .page(PagePosition(id: "skills/code", match: 3)))
  }

  @Test func choosingAnAnswerOfTheLeavePromptLeavesOrStays() {
    var guide = Fixture.guide()
    guide.openFromHome(.quiz)
    guide.press(.enter, .escape)
    _ = guide.handle(.chooseItem(1))
    #expect(guide.state.overlay == nil)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0))))
    guide.press(.escape)
    _ = guide.handle(.chooseItem(0))
    #expect(guide.state.overlay == nil)
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 2)))
  }

  @Test func everyListJumpsToItsEndsTheSameWay() {
    var guide = Fixture.guide()
    guide.openFromHome(.quiz)
    guide.press(.enter, .end)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 4)))
    guide.press(.home)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0), selection: 0)))
  }

  @Test func choosingAnOptionBeyondTheListDoesNothing() {
    var guide = Fixture.guide()
    guide.openFromHome(.quiz)
    guide.press(.enter)
    #expect(guide.handle(.chooseItem(9)).isEmpty)
    #expect(guide.state.screen == .quiz(QuizPosition(step: .question(0))))
    #expect(guide.state.quiz?.answers == [:])
  }
}
