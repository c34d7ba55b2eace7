import GuideContent
import GuideCore
import Testing

/// Where in a line each word of a search is, for highlighting: the words the index matched.
@Suite("Where the words of a search are in a line")
struct SearchMatchTests {
  static func ranges(_ query: String, in text: String) -> [Range<Int>] {
    SearchMatch.ranges(of: SearchQuery(query, synonyms: SynonymTable([])), in: text)
  }

  @Test func everyWordAndItsFormsAreFoundIgnoringCase() {
    let text = "Forums welcome people; the forum team welcomes FORUMS."
    #expect(
      Self.ranges("welcomes forums", in: text) == [0..<6, 7..<14, 27..<32, 38..<46, 47..<53])
  }

  @Test func britishAndAmericanSpellingsAreFoundEitherWay() {
    #expect(Self.ranges("organise", in: "We organize meetups.") == [3..<11])
    #expect(Self.ranges("color", in: "Its colour matters.") == [4..<10])
    #expect(Self.ranges("program", in: "A programme.") == [2..<11])
  }

  @Test func rangesCountCharactersNotBytes() {
    #expect(Self.ranges("tools", in: "日本語 tools") == [4..<9])
    #expect(Self.ranges("cafe", in: "Café cafe") == [5..<9])
  }

  @Test func nothingIsFoundForNoWordsOrAbsentOnes() {
    #expect(Self.ranges("  ", in: "text").isEmpty)
    #expect(Self.ranges("zebra", in: "text").isEmpty)
    let none = SynonymTable([])
    #expect(
      SearchMatch.contains(SearchQuery("zebra forums", synonyms: none), in: "Forums are quiet."))
    #expect(!SearchMatch.contains(SearchQuery("zebra", synonyms: none), in: "Forums are quiet."))
  }
}
