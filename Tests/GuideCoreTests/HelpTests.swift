import GuideCore
import GuideTestSupport
import Testing

/// Help (`?`): the current screen's keys first, scrolling when it does not fit, and Esc, `?`
/// and `q` close it instead of quitting.
@Suite struct HelpTests {
  @Test(arguments: [Key.escape, .character("?"), .character("q")])
  func escQuestionMarkAndQCloseHelpWithoutQuitting(key: Key) {
    var guide = Fixture.guide()
    guide.openFromHome(.topic("intro"))
    guide.press(.char("?"))
    #expect(guide.press(key) == [])
    #expect(guide.state.overlay == nil)
    #expect(guide.state.screen == .page(PagePosition(id: "intro")))
  }

  @Test func theScreensOwnKeysComeBeforeTheGlobalOnes() {
    var guide = Fixture.guide()
    #expect(guide.helpRows.first == KeyHelp.Row(keys: "", text: "On this menu", isHeading: true))
    #expect(guide.helpRows.contains { $0.keys == "R" }, "home lists its reset key")
    guide.openFromHome(.topic("intro"))
    let titles = guide.helpRows.filter(\.isHeading).map(\.text)
    #expect(titles == ["On this page", "Everywhere"])
  }

  @Test func theQuizHelpListsBackspaceForThePreviousQuestion() {
    var guide = Fixture.guide()
    guide.openFromHome(.quiz)
    guide.press(.enter)
    let rows = guide.helpRows
    #expect(rows.first?.text == "In the quiz")
    #expect(
      rows.contains(
        KeyHelp.Row(keys: "Backspace", text: "previous question (also Left h)", isHeading: false)))
  }

  @Test func helpScrollsWithinItsRowsWhenTheWindowIsShort() {
    let size = Size(columns: 34, rows: 10)
    var guide = Fixture.guide(size)
    guide.openFromHome(.topic("intro"))
    guide.press(.char("?"))
    let last = guide.helpRows.count - KeyHelp.visibleRows(size)
    #expect(last > 0, "at 34x10 the page's help does not fit")
    guide.press(.down, .down)
    #expect(guide.state.overlay == .help(scroll: 2))
    guide.press(.up, .up, .up)
    #expect(guide.state.overlay == .help(scroll: 0))
    guide.press(.end)
    #expect(guide.state.overlay == .help(scroll: last))
    guide.press(.char(" "))
    #expect(guide.state.overlay == .help(scroll: last), "never past the last row")
    _ = guide.handle(.resized(Size(columns: 80, rows: 40)))
    #expect(guide.state.overlay == .help(scroll: 0), "a taller window shows it all")
  }

  @Test func everyHelpRowFitsItsBoxAtEverySize() {
    for size in [
      Size(columns: 34, rows: 10), Size(columns: 40, rows: 12), Size(columns: 200, rows: 60),
    ] {
      var guide = Fixture.guide(size)
      for keys in [[Key](), [.char("1")], [.char("3"), .enter]] {
        guide = Fixture.guide(size)
        for key in keys { guide.press(key) }
        let textWidth = KeyHelp.innerWidth(size) - KeyHelp.keyWidth - 2
        for row in guide.helpRows {
          #expect(row.keys.count <= KeyHelp.keyWidth, "\(row.keys)")
          #expect(
            row.text.count <= (row.isHeading ? KeyHelp.innerWidth(size) : textWidth), "\(row.text)")
        }
      }
    }
  }

  @Test func nWithNoSearchYetSaysHowToStartOne() {
    var guide = Fixture.guide()
    guide.openFromHome(.topic("intro"))
    guide.press(.char("n"))
    #expect(guide.state.status == "No search yet: press / and type a word, then Enter.")
    #expect(guide.state.screen == .page(PagePosition(id: "intro")))
    guide.press(.char("j"))
    #expect(guide.state.status == nil)
  }
}
