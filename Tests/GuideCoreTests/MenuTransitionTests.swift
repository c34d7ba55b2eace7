import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Menus")
struct MenuTransitionTests {
  @Test func startsAtHomeWithTheFirstItemSelected() {
    let guide = Fixture.guide()
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 0)))
    #expect(guide.state.back.isEmpty)
    #expect(guide.breadcrumbs == ["Home"])
  }

  @Test func movingDownPastTheLastItemWrapsToTheFirst() {
    var guide = Fixture.guide()
    guide.press(.down, .down, .down)
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 3)))
    guide.press(.down)
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 0)))
  }

  @Test func movingUpFromTheFirstItemWrapsToTheLast() {
    var guide = Fixture.guide()
    guide.press(.char("k"))
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 3)))
  }

  @Test func gAndShiftGJumpToTheEnds() {
    var guide = Fixture.guide()
    guide.press(.char("G"))
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 3)))
    guide.press(.home)
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 0)))
  }

  @Test func aDigitOpensThatItemAndRemembersWhereItCameFrom() {
    var guide = Fixture.guide()
    guide.press(.char("2"))
    #expect(guide.state.screen == .menu(MenuPosition(id: "skills", selection: 0)))
    #expect(guide.state.back == [.menu(MenuPosition(id: "home", selection: 1))])
    #expect(guide.breadcrumbs == ["Home", "Skills"])
  }

  @Test func aDigitBeyondTheMenuDoesNothing() {
    var guide = Fixture.guide()
    guide.press(.char("9"))
    #expect(guide.state.screen == .home)
    #expect(guide.state.back.isEmpty)
  }

  @Test func enterOpensTheSelectedPage() {
    var guide = Fixture.guide()
    guide.press(.enter)
    #expect(guide.state.screen == .page(PagePosition(id: "intro")))
    #expect(guide.page == Fixture.layout("intro", for: guide))
  }

  @Test func escapeReturnsToTheMenuWithTheSameSelection() {
    var guide = Fixture.guide()
    guide.press(.char("2"), .down, .enter)
    #expect(guide.state.screen == .page(PagePosition(id: "skills/talk")))
    #expect(guide.breadcrumbs == ["Home", "Skills", "Talking"])
    guide.press(.escape)
    #expect(guide.state.screen == .menu(MenuPosition(id: "skills", selection: 1)))
    #expect(guide.page == nil)
    guide.press(.left)
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 1)))
    #expect(guide.state.back.isEmpty)
  }

  @Test func escapeAtHomeStaysAtHome() {
    var guide = Fixture.guide()
    guide.press(.down, .escape)
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 1)))
  }

  @Test func qQuitsFromAnyScreen() {
    var guide = Fixture.guide()
    #expect(guide.press(.char("q")) == [.quit])
    guide.press(.char("1"))
    #expect(guide.press(.char("q")) == [.quit])
    guide.press(.escape, .char("3"))
    #expect(guide.press(.char("q")) == [.quit])
  }

  @Test func theSearchLineAndTheIndexHaveTheirOwnTitles() {
    var guide = Fixture.guide()
    guide.press(.char("1"), .char("/"))
    #expect(guide.breadcrumbs == ["Home", "Search"])
    guide.press(.escape, .char("i"))
    #expect(guide.breadcrumbs == ["Home", "Index"])
    guide.press(.escape)
    #expect(guide.breadcrumbs == ["Home", "Introduction"])
  }

  @Test func questionMarkTogglesHelpAndOtherKeysCloseIt() {
    var guide = Fixture.guide()
    guide.press(.char("?"))
    #expect(guide.state.overlay == .help(scroll: 0))
    guide.press(.char("?"))
    #expect(guide.state.overlay == nil)
    guide.press(.char("?"), .char("x"))
    #expect(guide.state.overlay == nil)
    #expect(guide.state.screen == .home, "the key that closes help does nothing else")
  }

  @Test func ctrlLAsksForARedraw() {
    var guide = Fixture.guide()
    #expect(guide.press(.control("l")) == [.redraw])
  }

  @Test func keysAreIgnoredWhileTheTerminalIsTooSmall() {
    var guide = Fixture.guide(Size(columns: 20, rows: 5))
    guide.press(.char("1"), .down)
    #expect(guide.state.screen == .home)
    #expect(guide.press(.char("q")) == [.quit])
  }

  @Test func resultsEntryOpensTheEmptyResultsList() {
    var guide = Fixture.guide()
    guide.press(.char("4"))
    #expect(guide.state.screen == .results(ResultsPosition()))
    #expect(guide.breadcrumbs == ["Home", "Your results"])
    guide.press(.enter)
    #expect(
      guide.state.screen == .quiz(QuizPosition(step: .intro)), "Enter on no results starts the quiz"
    )
  }
}
