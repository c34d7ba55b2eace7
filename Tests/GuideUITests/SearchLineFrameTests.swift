import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// The search line as drawn: the cursor on the right cell, long lines scrolled, a recalled
/// search shown selected.
@Suite("The search line on screen")
struct SearchLineFrameTests {
  func frame(_ size: Size, _ keys: [Key]) throws -> Frame {
    try UIFixture.frame(size, keys: [.character("/")] + keys)
  }

  @Test func theCursorSitsAfterTheCharacterBeforeItCountingWideCharactersAsTwoCells() throws {
    let frame = try frame(
      Size(columns: 80, rows: 24), ["日", "本", "x"].map(Key.character) + [.left])
    #expect(frame.trimmedLines[2] == "  Search: 日本x")
    // "  Search: " is ten cells; 日 and 本 two each.
    #expect(frame.cursor?.row == 2)
    #expect(frame.cursor?.column == 14)
  }

  @Test func aLineLongerThanTheWindowScrollsToKeepTheCursorInSight() throws {
    let typed = Array("community forums and meetups").map(Key.character)
    let end = try frame(Size(columns: 34, rows: 10), typed)
    // The text column ends at 32: the cursor takes its last cell.
    #expect(end.trimmedLines[2] == "  Search: …y forums and meetups")
    #expect(end.cursor?.column == 31)
    let start = try frame(Size(columns: 34, rows: 10), typed + [.home])
    #expect(start.trimmedLines[2] == "  Search: community forums and m")
    #expect(start.cursor?.column == 10)
  }

  @Test func theLastSearchComesBackSelected() throws {
    let frame = try frame(
      Size(columns: 80, rows: 24),
      [.character("t"), .character("o"), .enter, .escape, .character("/")])
    #expect(frame.trimmedLines[2] == "  Search: to")
    #expect(frame.role(row: 2, column: 10) == .selection)
    #expect(frame.role(row: 2, column: 11) == .selection)
    #expect(frame.cursor?.column == 12)
  }

  @Test func anASCIITerminalMeasuresTheCursorOnWhatItShows() throws {
    let frame = try UIFixture.frame(
      Size(columns: 80, rows: 24), unicode: false,
      keys: [.character("/"), .character("日"), .character("a")])
    #expect(frame.trimmedLines[2] == "  Search: ?a")
    #expect(frame.cursor?.column == 12)
  }
}
