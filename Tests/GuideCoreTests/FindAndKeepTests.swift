import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Search, history and progress marks")
struct FindAndKeepTests {
  func type(_ text: String, into guide: inout Guide) {
    for character in text { _ = guide.handle(.key(.character(character))) }
  }

  @Test func slashOpensTheSearchLineAndResultsUpdateAsYouType() {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    #expect(guide.state.overlay == .search(SearchState()))
    type("talk", into: &guide)
    #expect(guide.state.overlay?.search?.query == "talk")
    // One hit a topic, the one titled with the word first, showing its passage and counting
    // the other (its title) that matched.
    #expect(guide.state.overlay?.search?.hits.map(\.topicID) == ["skills/talk", "skills/code"])
    #expect(guide.state.overlay?.search?.hits.first?.line == "Talk to people.")
    #expect(guide.state.overlay?.search?.hits.first?.more == 1)
    guide.press(.backspace)
    #expect(guide.state.overlay?.search?.query == "tal")
  }

  @Test func lettersTypedIntoSearchDoNotQuitOrNavigate() {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    let effects = guide.press(.char("q"), .char("1"), .char("?"))
    #expect(effects.isEmpty)
    #expect(guide.state.overlay?.search?.query == "q1?", "still searching, no help shown")
    #expect(guide.state.screen == .home)
  }

  @Test func escapeCancelsTheSearchWhereYouWere() {
    var guide = Fixture.guide()
    guide.press(.char("/"), .char("x"), .escape)
    #expect(guide.state.overlay == nil)
    #expect(guide.state.highlight == nil)
    #expect(guide.state.screen == .home)
  }

  @Test func enterOpensTheHitAtItsFirstMatchAndKeepsTheHighlight() throws {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    type("code page", into: &guide)
    guide.press(.enter)
    #expect(guide.state.highlight == "code page")
    let lines = guide.matchLines()
    #expect(lines.count == 1)
    let line = try #require(lines.first)
    let lastScroll = (guide.page?.lines.count ?? 0) - 20
    #expect(
      guide.state.screen
        == .page(PagePosition(id: "intro", scroll: min(line - 1, lastScroll), match: line)))
  }

  @Test func nJumpsToTheNextTopicWithAMatchAndShiftNComesBack() {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    type("talk", into: &guide)
    guide.press(.enter)
    // The hit opens at its passage ("Talk to people."), below the title that matches too.
    #expect(guide.state.screen == .page(PagePosition(id: "skills/talk", match: 3)))
    #expect(guide.matchLines() == [0, 3], "the title and the text")
    guide.press(.char("N"))
    #expect(
      guide.state.screen == .page(PagePosition(id: "skills/talk", match: 0)),
      "the earlier match on the same page")
    guide.press(.char("n"))
    #expect(guide.state.screen == .page(PagePosition(id: "skills/talk", match: 3)))
    guide.press(.char("n"))
    #expect(guide.page == Fixture.layout("skills/code", for: guide), "wrapped around the guide")
    #expect(guide.matchLines() == [3], "\"talking\", a form of the word")
    guide.press(.char("N"))
    #expect(guide.state.screen == .page(PagePosition(id: "skills/talk", match: 3)))
  }

  @Test func rightBracketGoesForwardAgainAfterEscape() {
    var guide = Fixture.guide()
    guide.openFromHome(.topic("skills"))
    guide.press(.char("1"), .escape, .escape)
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 1)))
    guide.press(.char("]"))
    #expect(guide.state.screen == .menu(MenuPosition(id: "skills", selection: 0)))
    guide.press(.char("]"))
    #expect(guide.state.screen == .page(PagePosition(id: "skills/code")))
    guide.press(.char("]"))
    #expect(guide.state.screen == .page(PagePosition(id: "skills/code")), "nothing further")
  }

  @Test func openingANewScreenForgetsTheForwardList() {
    var guide = Fixture.guide()
    guide.openFromHome(.topic("intro"))
    guide.press(.escape, .char("2"))
    #expect(guide.state.forward.isEmpty)
  }

  @Test func marksToggleOnAPageAndAreSaved() {
    var guide = Fixture.guide()
    guide.openFromHome(.topic("intro"))
    #expect(guide.press(.char("d")) == [.saveMarks(["intro": .done])])
    #expect(guide.press(.char("l")) == [.saveMarks(["intro": .learning])])
    #expect(guide.press(.char("l")) == [.saveMarks([:])])
    guide.press(.char("s"))
    #expect(guide.state.marks == ["intro": .skipped])
    #expect(guide.markCounts() == [.skipped: 1])
    #expect(guide.readableTopics == ["intro", "skills/code", "skills/talk"])
  }

  @Test func capitalRAtHomeAsksBeforeResettingMarks() {
    var guide = Fixture.guide()
    guide.openFromHome(.topic("intro"))
    guide.press(.char("d"), .escape, .char("R"))
    #expect(guide.state.overlay == .confirm(.resetMarks))
    guide.press(.char("n"))
    #expect(guide.state.marks == ["intro": .done])
    guide.press(.char("R"))
    #expect(guide.press(.char("y")) == [.resetMarks])
    #expect(guide.state.marks.isEmpty)
  }

  /// The saved file holds at most `Guide.maxMarks` marks: the mark that would be one past it
  /// is refused with a message, never made and then lost when the file is read again.
  @Test func aMarkPastTheLimitIsRefusedAndTheLastOneAtItIsMade() {
    func guide(withOtherMarks count: Int) -> Guide {
      var guide = Fixture.guide()
      for index in 0..<count { guide.state.marks["old/\(index)"] = .done }
      guide.openFromHome(.topic("intro"))
      return guide
    }
    var atLimit = guide(withOtherMarks: Guide.maxMarks - 1)
    #expect(atLimit.press(.char("d")).count == 1)
    #expect(atLimit.state.marks.count == Guide.maxMarks)
    #expect(atLimit.state.marks["intro"] == .done)

    var pastLimit = guide(withOtherMarks: Guide.maxMarks)
    #expect(pastLimit.press(.char("d")) == [])
    #expect(pastLimit.state.marks["intro"] == nil)
    #expect(pastLimit.state.status == "Not marked: 10,000 marks are kept at most; clear one first.")
    // A mark already made still changes and clears.
    atLimit.press(.char("l"))
    #expect(atLimit.state.marks["intro"] == .learning)
    atLimit.press(.char("l"))
    #expect(atLimit.state.marks["intro"] == nil)
  }

  @Test func thePlaceIsThePageBeingRead() {
    var guide = Fixture.guide()
    #expect(guide.place == nil)
    guide.openFromHome(.topic("intro"))
    guide.press(.down, .down)
    #expect(guide.place == Place(topicID: "intro", scroll: 2))
  }

  @Test func openingAHitShowsThePassageThatMatchedNotTheFirstMatch() throws {
    var guide = Fixture.guide(Size(columns: 40, rows: 12))
    guide.press(.char("/"))
    // "software" is in the long paragraph, the first match on the page; "Short item." (the
    // second bullet, block 4) holds the other two words, so it is the passage shown.
    type("software short item", into: &guide)
    let hits = try #require(guide.state.overlay?.search?.hits)
    #expect(hits.map(\.block) == [4])
    #expect(hits.map(\.line) == ["Short item."])
    guide.press(.enter)
    let page = try #require(guide.page)
    #expect(guide.matchLines().first ?? .max < page.blockLines[4])
    if case .page(let position) = guide.state.screen {
      #expect(position.match == page.blockLines[4])
    } else {
      Issue.record("not on a page")
    }
  }

  @Test func scrollingAFocusedLinkOutOfSightLetsItGo() throws {
    var guide = Fixture.guide(Size(columns: 40, rows: 12))
    guide.openFromHome(.topic("intro"))
    guide.press(.tab)
    let line = try #require(guide.page?.links.first?.line)
    #expect(line >= 8, "the first link starts below the first screenful")
    guard case .page(let focused) = guide.state.screen else { return }
    #expect(focused.focusedLink == 0)
    guide.press(.char("g"))
    #expect(guide.state.screen == .page(PagePosition(id: "intro", scroll: 0, focusedLink: nil)))
    guide.press(.enter)
    #expect(
      guide.page == Fixture.layout("intro", for: guide), "Enter opens nothing that is not on screen"
    )
  }

  @Test func aNewWidthKeepsTheSameBlockAtTheTop() throws {
    var guide = Fixture.guide()
    guide.openFromHome(.topic("intro"))
    let before = try #require(guide.page)
    guide.press(.char("G"))
    guard case .page(let bottom) = guide.state.screen else { return }
    let block = try #require(before.blockLines.lastIndex { $0 <= bottom.scroll })
    _ = guide.handle(.resized(Size(columns: 60, rows: 24)))
    let after = try #require(guide.page)
    guard case .page(let position) = guide.state.screen else { return }
    #expect(position.scroll == min(after.blockLines[block], after.lines.count - 20))
  }

  @Test func escapeOnTheSearchLineClearsTheHighlight() {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    type("talk", into: &guide)
    guide.press(.enter)
    #expect(guide.state.highlight == "talk")
    guide.press(.char("/"), .escape)
    #expect(guide.state.highlight == nil)
  }

  @Test func jumpingPastTheLastTopicSaysTheSearchWrapped() {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    type("talk", into: &guide)
    guide.press(.enter, .char("N"), .char("n"))
    #expect(guide.state.status == nil)
    guide.press(.char("n"))
    #expect(guide.page == Fixture.layout("skills/code", for: guide))
    #expect(guide.state.status == "Search wrapped around.")
  }

  @Test func capitalRWithNoMarksSaysThereIsNothingToReset() {
    var guide = Fixture.guide()
    guide.press(.char("R"))
    #expect(guide.state.overlay == nil)
    #expect(guide.state.status == "There are no progress marks to reset.")
  }

  @Test func resumingAPageLetsEscapeClimbTheMenusAboveIt() {
    var guide = Fixture.guide()
    _ = guide.handle(.resume(Place(topicID: "skills/talk", scroll: 0)))
    #expect(guide.state.screen == .page(PagePosition(id: "skills/talk")))
    #expect(
      guide.state.back == [
        .menu(MenuPosition(id: "home", selection: 1)),
        .menu(MenuPosition(id: "skills", selection: 1)),
      ])
    guide.press(.escape)
    #expect(guide.state.screen == .menu(MenuPosition(id: "skills", selection: 1)))
  }

  // MARK: - The search line's history

  @Test func slashBringsBackTheLastSearchSelectedSoTypingReplacesIt() {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    type("talk", into: &guide)
    guide.press(.enter, .escape, .char("/"))
    let search = guide.state.overlay?.search
    #expect(search?.line == LineEdit("talk", selected: true))
    #expect(search?.hits.isEmpty == false, "its results show at once")
    guide.press(.char("c"))
    #expect(guide.state.overlay?.search?.line == LineEdit("c"))
  }

  @Test func rightKeepsTheLastSearchToEditIt() {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    type("talk", into: &guide)
    guide.press(.enter, .char("/"), .right, .char("s"))
    #expect(guide.state.overlay?.search?.query == "talks")
  }

  @Test func upBringsBackEarlierSearchesAndDownReturnsToWhatWasBeingTyped() {
    var guide = Fixture.guide()
    for words in ["talk", "code", "talk"] {
      guide.press(.char("/"), .control("u"))
      type(words, into: &guide)
      guide.press(.enter)
    }
    #expect(guide.state.searches == ["code", "talk"], "each search once, the newest last")
    guide.press(.char("/"), .control("u"))
    type("wel", into: &guide)
    guide.press(.up)
    #expect(guide.state.overlay?.search?.query == "talk")
    guide.press(.up)
    #expect(guide.state.overlay?.search?.query == "code")
    #expect(guide.state.overlay?.search?.hits.contains { $0.topicID == "skills/code" } == true)
    guide.press(.up)
    #expect(guide.state.overlay?.search?.query == "code", "nothing older")
    guide.press(.down, .down)
    #expect(guide.state.overlay?.search?.line == LineEdit("wel"))
    #expect(guide.state.overlay?.search?.recalled == nil)
    guide.press(.down)
    #expect(guide.state.overlay?.search?.query == "wel", "nothing newer")
  }

  @Test func tabAndCtrlNChooseTheNextHitAndShiftTabAndCtrlPThePrevious() {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    type("s", into: &guide)
    #expect(guide.state.overlay?.search?.hits.count ?? 0 > 2)
    guide.press(.tab, .control("n"))
    #expect(guide.state.overlay?.search?.selection == 2)
    guide.press(.backTab, .control("p"), .control("p"))
    #expect(guide.state.overlay?.search?.selection == 0)
  }

  @Test func upAndDownChooseTermsInTheIndex() {
    var guide = Fixture.guideWithGlossary()
    guide.press(.char("i"), .down)
    #expect(guide.state.overlay?.search?.selection == 1)
  }

  @Test func editingKeysMoveTheCursorAndSearchAgainOnlyWhenTheWordsChange() {
    var guide = Fixture.guide()
    guide.press(.char("/"))
    type("talk", into: &guide)
    guide.press(.tab, .left)
    #expect(guide.state.overlay?.search?.selection == 1, "moving the cursor keeps the choice")
    guide.press(.delete)
    #expect(guide.state.overlay?.search?.query == "tal")
    #expect(guide.state.overlay?.search?.selection == 0)
    #expect(guide.state.overlay?.search?.hits.map(\.topicID) == ["skills/talk", "skills/code"])
  }
}
