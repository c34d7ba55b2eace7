import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Pages")
struct PageTransitionTests {
  /// The intro page at 80x24: 20 body rows.
  func introPage() -> Guide {
    GuideTestStore(screen: .page(PagePosition(id: "intro")), back: [.home]).guide
  }

  func scroll(_ guide: Guide) -> Int {
    if case .page(let position) = guide.state.screen { return position.scroll }
    return -1
  }

  /// The renderer and the footer ask the model whether it reads like a page (no cast).
  @Test func aPageReadsLikeAPageAndTheHomeMenuDoesNot() throws {
    var guide = Fixture.guide()
    #expect(guide.screenModel.reading == nil)
    guide.press(.char("1"))
    guide.press(.char("j"), .char("j"))
    let reading = try #require(guide.screenModel.reading)
    #expect(reading.scroll == 2)
    #expect(reading.screen == guide.state.screen)
  }

  @Test func theIntroPageIsLongerThanTheScreen() throws {
    let page = try #require(introPage().page)
    #expect(page.lines.count > 20)
    #expect(page.width == 76)
  }

  @Test func downAndUpScrollOneLineAndStopAtTheTop() {
    var guide = introPage()
    guide.press(.down, .char("j"))
    #expect(scroll(guide) == 2)
    guide.press(.up, .up, .up)
    #expect(scroll(guide) == 0)
  }

  @Test func shiftGGoesToTheLastScreenfulAndNoFurther() throws {
    var guide = introPage()
    let lines = try #require(guide.page?.lines.count)
    guide.press(.char("G"))
    #expect(scroll(guide) == lines - 20)
    guide.press(.down, .pageDown, .char(" "))
    #expect(scroll(guide) == lines - 20)
    guide.press(.char("g"))
    #expect(scroll(guide) == 0)
  }

  @Test func spaceAndBMoveAScreenful() throws {
    var guide = Fixture.guide(Size(columns: 40, rows: 12))
    guide.openFromHome(.topic("intro"))
    let lines = try #require(guide.page?.lines.count)
    #expect(lines > 20)
    guide.press(.char(" "))
    #expect(scroll(guide) == 8)
    guide.press(.char("b"))
    #expect(scroll(guide) == 0)
  }

  @Test func tabFocusesTheNextLinkAndWrapsAround() throws {
    var guide = introPage()
    let links = try #require(guide.page?.links)
    #expect(links.map(\.target) == ["skills/code", "skills/talk"])
    guide.press(.tab)
    #expect(guide.state.screen == .page(PagePosition(id: "intro", scroll: 0, focusedLink: 0)))
    guide.press(.tab, .tab)
    #expect(
      guide.state.screen == .page(PagePosition(id: "intro", scroll: scroll(guide), focusedLink: 0)))
    guide.press(.backTab)
    if case .page(let position) = guide.state.screen {
      #expect(position.focusedLink == 1)
    }
  }

  @Test func focusingALinkBelowTheScreenScrollsItIntoView() throws {
    var guide = introPage()
    guide.press(.tab, .tab)
    let see = try #require(guide.page?.links[1])
    #expect(see.line >= 20)
    #expect(scroll(guide) == see.line - 19)
  }

  @Test func enterFollowsTheFocusedLinkAndEscapeComesBackToTheSamePlace() {
    var guide = introPage()
    guide.press(.tab, .enter)
    #expect(guide.state.screen == .page(PagePosition(id: "skills/code")))
    #expect(guide.breadcrumbs == ["Home", "Skills", "Code"])
    guide.press(.escape)
    #expect(guide.state.screen == .page(PagePosition(id: "intro", scroll: 0, focusedLink: 0)))
    #expect(guide.page == Fixture.layout("intro", for: guide))
  }

  @Test func enterWithoutAFocusedLinkDoesNothing() {
    var guide = introPage()
    guide.press(.enter)
    #expect(guide.state.screen == .page(PagePosition(id: "intro")))
  }

  @Test func resizingRelaysThePageAndKeepsScrollInBounds() throws {
    var guide = introPage()
    guide.press(.char("G"))
    _ = guide.handle(.resized(Size(columns: 200, rows: 60)))
    let page = try #require(guide.page)
    #expect(page.width == 76)
    #expect(scroll(guide) == max(0, page.lines.count - 56))
    _ = guide.handle(.resized(Size(columns: 40, rows: 12)))
    #expect(guide.page?.width == 36)
    #expect(scroll(guide) <= (guide.page?.lines.count ?? 0) - 8)
  }

  @Test func noLineOfALaidOutPageIsWiderThanTheTextColumn() throws {
    for columns in [34, 40, 80, 200] {
      var guide = Fixture.guide(Size(columns: columns, rows: 24))
      guide.openFromHome(.topic("intro"))
      let page = try #require(guide.page)
      for line in page.lines {
        #expect(line.cells <= page.width, "\(columns): \(line.words)")
      }
    }
  }
}
