import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

/// Search finds what people mean (issue 29): word forms, whole words, synonyms from the pack,
/// stop words, quoted phrases, ranking by topic, and suggestions when nothing is found.
@Suite("Search finds what is meant")
struct SearchMeaningTests {
  /// A pack of topics, each a title and paragraphs (a paragraph starting "# " is a heading).
  static func pack(
    _ topics: [(id: String, title: String, text: [String])], synonyms: [[String]] = []
  )
    -> ContentPack
  {
    var byID: [String: Topic] = [:]
    for topic in topics {
      byID[topic.id] = Topic(
        id: topic.id, title: topic.title,
        body: topic.text.map {
          $0.hasPrefix("# ") ? .heading(String($0.dropFirst(2))) : .paragraph([.text($0)])
        })
    }
    return ContentPack(
      manifest: Fixture.pack.manifest, home: topics.map { MenuEntry(.topic($0.id)) },
      topics: byID, quiz: nil, synonyms: synonyms)
  }

  static let guide = pack(
    [
      ("pay", "Pay and salaries", ["# Compensation", "What a developer advocate earns."]),
      ("talks", "Speaking", ["Giving talks at conferences.", "Writing blogs and blogging."]),
      ("burnout", "Staying well", ["Many feel burned out after travel.", "Feedback loops."]),
      ("back", "Going back", ["You can switch back to engineering.", "Members meet."]),
      ("word", "Words", ["Not for me, said the introvert.", "A quiet person."]),
    ],
    synonyms: [
      ["pay", "salary", "compensation"], ["burnout", "burned out", "exhausted"],
      ["public speaking", "talks", "presentations"], ["introvert", "quiet person"],
    ])
  static let index = SearchIndex(guide)

  func topics(_ query: String, typing: Bool = false) -> [String] {
    Self.index.search(query, typing: typing).results.hits.map(\.topicID)
  }

  @Test func aWordFindsItsForms() {
    #expect(topics("salary") == ["pay"])
    #expect(topics("conference") == ["talks"])
    #expect(topics("blog") == ["talks"])
    #expect(topics("blogged") == ["talks"])
    #expect(topics("burn") == ["burnout"])
    #expect(topics("burnt") == ["burnout"])
  }

  @Test func wordsMatchWholeNeverInsideAnotherWord() {
    #expect(topics("back") == ["back"], "never \"feedback\"")
    #expect(topics("me") == ["word"], "never \"members\" or \"meet\"")
    #expect(topics("eed").isEmpty)
  }

  @Test func onlyTheWordBeingTypedMatchesAsAPrefix() {
    #expect(topics("introv").isEmpty)
    #expect(topics("introv", typing: true) == ["word"])
    #expect(topics("engin", typing: true) == ["back"])
    // Only the last word: "swit" before it must be whole.
    #expect(!Self.index.search("swit engin", typing: true).results.everyWord)
    #expect(topics("switch engin", typing: true) == ["back"])
    // A space after it makes it whole again ("engin" would stay: it is the stem of
    // "engineering").
    #expect(topics("introv ", typing: true).isEmpty)
  }

  @Test func synonymsFromThePackMeetEachOther() {
    #expect(topics("compensation") == ["pay"])
    #expect(topics("exhausted") == ["burnout"])
    #expect(topics("burnout") == ["burnout"])
    #expect(topics("burn out") == ["burnout"], "the words of an entry, in any form")
    #expect(topics("public speaking") == ["talks"])
    #expect(topics("presentation") == ["talks"])
    #expect(topics("quiet person") == ["word"])
    // Without the group, "exhausted" is in no page.
    #expect(SearchIndex(Self.pack([("b", "B", ["Burned out."])])).hits(for: "exhausted").isEmpty)
  }

  /// Making the table stems every synonym (issue 33): a start that never searches does not
  /// make it, and the first search makes it for the search line, the index and the highlight.
  @Test func theSynonymTableIsMadeOnTheFirstSearchNotAtStart() {
    var guide = Guide(
      pack: Self.guide, state: GuideState(size: Size(columns: 80, rows: 24)), now: Fixture.now)
    _ = guide.handle(.key(.down))
    #expect(guide.madeSynonyms == nil)
    _ = guide.handle(.search("exhausted"))
    #expect(guide.madeSynonyms?.groups.count == 4)
    #expect(guide.state.overlay?.search?.hits.map(\.topicID) == ["burnout"])
  }

  @Test func wordsWithoutMeaningAreIgnoredUnlessQuoted() {
    #expect(topics("how much will I get paid") == ["pay"])
    #expect(topics("can I go back to engineering")[0] == "back")
    #expect(topics("is it for an introvert") == ["word"])
    // Only stop words: then they are what is looked for.
    #expect(topics("not for me") == ["word"])
    #expect(topics("\"for\" introvert") == ["word"])
  }

  @Test func aQuotedPhraseMatchesAsAPhrase() {
    #expect(topics("\"switch back\"") == ["back"])
    #expect(topics("\"back switch\"").isEmpty)
    #expect(topics("\"burned out\"") == ["burnout"])
    // Inside quotes no synonyms: "exhausted" is not on the page.
    #expect(topics("\"exhausted\"").isEmpty)
    #expect(topics("“feel burned”") == ["burnout"])
  }

  @Test func titlesAndHeadingsComeFirstThenTheBestPassageWithACount() {
    let pack = Self.pack([
      ("a", "Alpha", ["Code once.", "Code twice, code again."]),
      ("b", "Beta", ["# Code", "Nothing else."]),
      ("c", "Code", ["Plain."]),
    ])
    let hits = SearchIndex(pack).hits(for: "code")
    #expect(hits.map(\.topicID) == ["c", "b", "a"])
    #expect(
      hits[2] == SearchHit(topicID: "a", title: "Alpha", line: "Code once.", block: 0, more: 1))
    // Within a topic the passage holding the most words is the one shown.
    let both = SearchIndex(pack).hits(for: "code again")
    #expect(both.map(\.line) == ["Code twice, code again."])
  }

  /// The small words of a question rank the page whose heading asks it as typed, above a
  /// title holding the word alone; they are never highlighted.
  @Test func aHeadingAskingTheQuestionAsTypedComesFirst() {
    let pack = Self.pack([
      ("docs", "Docs as code", ["Write docs like code."]),
      ("faq", "Questions", ["# How much will I still code?", "Less than before.", "Code much."]),
    ])
    let index = SearchIndex(pack)
    #expect(index.hits(for: "code").map(\.topicID) == ["docs", "faq"])
    let hits = index.hits(for: "how much will I code")
    #expect(hits.map(\.topicID) == ["faq", "docs"])
    #expect(hits.first?.line == "How much will I still code?")
    #expect(hits.first?.block == 0)
    // Without every small word the heading is not the question: the title comes first again.
    #expect(index.hits(for: "why will I code").map(\.topicID) == ["docs", "faq"])
    #expect(index.query("how much will I code").questionTermCount == 4)
    #expect(
      SearchMatch.ranges(of: index.query("how much will I code"), in: "How much will I code?")
        == [16..<20])
  }

  @Test func whenNoTopicHoldsEveryWordTheClosestAreShown() {
    let results = Self.index.search("can I do devrel if I hate public speaking").results
    #expect(results.hits.map(\.topicID) == ["talks"])
    #expect(!results.everyWord)
    #expect(Self.index.search("talks conferences").results.everyWord)
  }

  @Test func nothingFoundSuggestsTheNearestWordsThePackHolds() {
    let results = Self.index.search("salries").results
    #expect(results.hits.isEmpty)
    #expect(results.suggestions == ["salaries"])
    #expect(Self.index.search("introvret").results.suggestions == ["introvert"])
    // Near by stem when not by letters: "salries" (stem "salry") is one letter from "salari".
    let pay = SearchIndex(Self.pack([("p", "Pay", ["A salary."])]))
    #expect(pay.search("salries").results.suggestions == ["salary"])
    #expect(Self.index.search("xylophone").results.suggestions.isEmpty)
  }

  @Test func highlightsFollowTheSameRules() {
    let query = Self.index.query("burnout back")
    #expect(
      SearchMatch.ranges(of: query, in: "Burned out, then back; feedback.") == [0..<10, 17..<21])
    let typed = Self.index.query("engin", typing: true)
    #expect(SearchMatch.ranges(of: typed, in: "An engineer.") == [3..<11])
    #expect(SearchMatch.ranges(of: Self.index.query("cafe"), in: "日本 café cafe") == [8..<12])
    #expect(SearchMatch.contains(Self.index.query("zebra talk"), in: "A talk."))
  }
}
