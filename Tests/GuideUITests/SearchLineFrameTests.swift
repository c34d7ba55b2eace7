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

  /// At 34 columns a title and a snippet side by side would both be cut to a few letters, and
  /// "Did you mean" ran off the window: titles stand alone and the suggestion wraps.
  @Test func aNarrowWindowShowsWholeTitlesAndTheWholeSuggestion() throws {
    let list = try frame(Size(columns: 34, rows: 10), Array("wrap").map(Key.character))
    #expect(list.trimmedLines[5] == "  › Welcome (1 more)")
    let typo = try frame(Size(columns: 34, rows: 10), Array("narrw ").map(Key.character))
    let shown = typo.trimmedLines[3...5].joined(separator: " ").split(separator: " ")
      .joined(separator: " ")
    #expect(shown.contains("Did you mean: narrow?"), "\(typo.trimmedLines)")
  }

  @Test func aSnippetStartsNearItsFirstMatchAndEveryWordIsHighlighted() throws {
    let frame = try frame(Size(columns: 40, rows: 12), Array("wrap narrow").map(Key.character))
    #expect(frame.trimmedLines[3] == "  1 match")
    let row = frame.trimmedLines[5]
    // The topic's other passage holding a word is counted beside its title.
    #expect(row == "  › Welcome (1 …  …ugh to wrap when t…")
    let lineStart = try #require(row.range(of: "wrap")).lowerBound
    let column = row.distance(from: row.startIndex, to: lineStart)
    #expect((column..<(column + 4)).allSatisfy { frame.role(row: 5, column: $0) == .match })
    #expect(frame.role(row: 5, column: column + 4) == .selection)
  }

  @Test func everyWordIsHighlightedOnThePageTheHitOpens() throws {
    let frame = try frame(
      Size(columns: 80, rows: 24), Array("narrow wrap").map(Key.character) + [.enter])
    for word in ["wrap", "narrow"] {
      let row = try #require(frame.trimmedLines.firstIndex { $0.contains(word) })
      let line = frame.trimmedLines[row]
      let start = try #require(line.range(of: word)).lowerBound
      let column = line.distance(from: line.startIndex, to: start)
      #expect(frame.role(row: row, column: column) == .match, "\(word)")
      #expect(frame.role(row: row, column: column + word.count - 1) == .match, "\(word)")
    }
  }

  /// The search's words are marked in the passage beside a title, never in the title: a
  /// column of titles that all held the word was painted solid down the left.
  @Test func titlesStayListRowsAndThePassageCarriesTheMatch() throws {
    let frame = try frame(Size(columns: 80, rows: 24), Array("tool").map(Key.character))
    // The topic titled with the word comes first; the quiz question holding it after.
    #expect(frame.trimmedLines[5].hasPrefix("  › Tools (1 more)"))
    #expect((4..<9).allSatisfy { frame.role(row: 5, column: $0) == .selection })
    let row = try #require(frame.trimmedLines.firstIndex { $0.hasPrefix("    Quiz: Which is a") })
    #expect((4..<25).allSatisfy { frame.role(row: row, column: $0) == .normal })
    // In the passage (past the title column), where the word is, it is marked.
    let cells = Array(frame.trimmedLines[row])
    let column = try #require(
      (30..<(cells.count - 3)).first { String(cells[$0..<($0 + 4)]).lowercased() == "tool" })
    #expect((column..<(column + 4)).allSatisfy { frame.role(row: row, column: $0) == .match })
  }

  @Test func anASCIITerminalMeasuresTheCursorOnWhatItShows() throws {
    let frame = try UIFixture.frame(
      Size(columns: 80, rows: 24), unicode: false,
      keys: [.character("/"), .character("日"), .character("a")])
    #expect(frame.trimmedLines[2] == "  Search: ?a")
    #expect(frame.cursor?.column == 12)
  }

  @Test func theIndexShowsTheSelectedTermsWholeDefinitionBelowTheList() throws {
    let frame = try UIFixture.frame(
      Size(columns: 40, rows: 12), keys: [.character("i")], pack: Fixture.packWithGlossary)
    #expect(
      frame.trimmedLines == [
        " Home › Index",
        "",
        "  Index:",
        "  2 matches",
        "",
        "  › Advocate     someone who speaks f…",
        "    Code sample  a short program that…",
        "",
        "  someone who speaks for developers",
        "  inside the company and for the comp…",
        "",
        " Enter open  ↑↓ choose  Esc cancel",
      ])
  }
}
