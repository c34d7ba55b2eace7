import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Clicks")
struct ClickTests {
  @Test func choosingAMenuEntryOpensIt() {
    var guide = Fixture.guide()
    _ = guide.handle(.chooseItem(1))
    #expect(guide.state.screen == .menu(MenuPosition(id: "skills")))
    #expect(guide.state.back == [.menu(MenuPosition(id: "home", selection: 1))])
  }

  @Test func choosingBeyondTheListDoesNothing() {
    var guide = Fixture.guide()
    _ = guide.handle(.chooseItem(7))
    #expect(guide.state.screen == .home)
  }

  @Test func followingALinkOpensItsTopic() {
    var guide = Fixture.guide()
    guide.openFromHome(.topic("intro"))
    _ = guide.handle(.followLink(1))
    #expect(guide.state.screen == .page(PagePosition(id: "skills/talk")))
    guide.press(.escape)
    #expect(guide.state.screen == .page(PagePosition(id: "intro", focusedLink: 1)))
  }

  @Test func choosingAQuizOptionAnswersIt() {
    var guide = Fixture.guide()
    guide.openFromHome(.quiz)
    guide.press(.enter)
    let effects = guide.handle(.chooseItem(4))
    #expect(guide.state.quiz?.answers == ["q-code": .chose(4)])
    #expect(effects.count == 1)
  }

  @Test func clicksAreIgnoredUnderHelp() {
    var guide = Fixture.guide()
    guide.press(.char("?"))
    _ = guide.handle(.chooseItem(0))
    #expect(guide.state.screen == .home)
  }
}
