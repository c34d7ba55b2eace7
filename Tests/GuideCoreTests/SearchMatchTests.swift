import GuideCore
import Testing

/// Where in a line each word of a search is, for highlighting.
@Suite("Where the words of a search are in a line")
struct SearchMatchTests {
  @Test func everyWordIsFoundIgnoringCase() {
    let text = "Forums welcome people; the forum team welcomes FORUMS."
    #expect(SearchMatch.ranges(of: "welcomes forums", in: text) == [0..<6, 38..<46, 47..<53])
  }

  @Test func britishAndAmericanSpellingsAreFoundEitherWay() {
    #expect(SearchMatch.ranges(of: "organise", in: "We organize meetups.") == [3..<11])
    #expect(SearchMatch.ranges(of: "color", in: "Its colour matters.") == [4..<10])
    #expect(SearchMatch.ranges(of: "program", in: "A programme.") == [2..<9])
  }

  @Test func rangesCountCharactersNotBytes() {
    #expect(SearchMatch.ranges(of: "tools", in: "日本語 tools") == [4..<9])
    #expect(SearchMatch.ranges(of: "cafe", in: "Café cafe") == [5..<9])
  }

  @Test func nothingIsFoundForNoWordsOrAbsentOnes() {
    #expect(SearchMatch.ranges(of: "  ", in: "text").isEmpty)
    #expect(SearchMatch.ranges(of: "zebra", in: "text").isEmpty)
    #expect(SearchMatch.contains("zebra forums", in: "Forums are quiet."))
    #expect(!SearchMatch.contains("zebra", in: "Forums are quiet."))
  }
}
