import Testing

@testable import GuideCore

@Suite("Wrapping and cell widths")
struct WrapTests {
  @Test func cellWidthsFollowWcwidth() {
    #expect(CellWidth.of("a" as Character) == 1)
    #expect(CellWidth.of("漢" as Character) == 2)
    #expect(CellWidth.of("🚀" as Character) == 2)
    #expect(CellWidth.of("e\u{301}" as Character) == 1)
    #expect(CellWidth.of("\u{200B}" as Character) == 0)
    #expect(CellWidth.of("日本語") == 6)
  }

  @Test func wordsWrapAtTheWidth() {
    #expect(
      Wrap.text("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
  }

  /// A word `keepWhole` names is never broken: longer than the line, it takes a line of its
  /// own and the words after it start the next.
  @Test func aWordKeptWholeTakesItsOwnLine() {
    let pieces = Wrap.pieces([
      ("see ", 0), ("https://example.org/a-long-address.", 1), (" and more", 0),
    ])
    let lines = Wrap.lines(pieces, width: 12, keepWhole: { $0.style == 1 })
    #expect(lines.map(Wrap.joined) == ["see", "https://example.org/a-long-address.", "and more"])
    // Without it, the same word is broken between characters.
    #expect(Wrap.lines(pieces, width: 12).map(Wrap.joined)[1] == "https://exam")
  }

  @Test func aWordLongerThanTheLineIsBrokenBetweenCharacters() {
    #expect(Wrap.text("ab abcdefghij", width: 4) == ["ab", "abcd", "efgh", "ij"])
  }

  @Test func wideCharactersAreNeverSplitOrOverflowed() {
    let lines = Wrap.text("日本語のテキストと🚀絵文字 mixed text", width: 5)
    for line in lines { #expect(CellWidth.of(line) <= 5, "\(line)") }
    #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "日本語のテキストと🚀絵文字mixedtext")
  }

  @Test func styledRunsWithoutASpaceStayTogether() {
    let pieces = Wrap.pieces([("see the ", 0), ("link", 1), (", then", 0)])
    let lines = Wrap.lines(pieces, width: 9)
    #expect(lines.map(Wrap.joined) == ["see the", "link,", "then"])
  }

  @Test func aWidthOfOneStillTerminates() {
    #expect(Wrap.text("ab 漢", width: 1) == ["a", "b"])
  }
}
