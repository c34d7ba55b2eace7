import GuideContent
import GuideCore
import Testing

/// Search finds what is meant: every word in one topic in any order, the passage holding the
/// most of them shown, and British and American spellings alike.
@Suite struct SearchWordsTests {
  static let index = SearchIndex(
    HostileSearchTests.pack(bullets: 4) {
      [
        "Community manager. Looks after forums and meetups: welcomes people.",
        "Organise a meetup; its behaviour and colour matter.",
        "Organize the programme of a conference centre.",
        "Forums are quiet.",
      ][$0]
    })

  func lines(_ query: String) -> [String] { Self.index.hits(for: query).map(\.line) }

  @Test func severalWordsMatchInAnyOrderAndTheFullestPassageIsShown() {
    let first = "Community manager. Looks after forums and meetups: welcomes people."
    #expect(lines("forums welcomes") == [first])
    #expect(lines("welcomes   FORUMS") == [first])
    #expect(Self.index.hits(for: "forums").map(\.more) == [1])
    #expect(lines("colour forums") == [first], "the topic holds both, the first passage one")
    #expect(lines("   ").isEmpty)
  }

  @Test func britishAndAmericanSpellingsFindEachOther() {
    let organise = "Organise a meetup; its behaviour and colour matter."
    let organize = "Organize the programme of a conference centre."
    #expect(lines("organize") == [organise])
    #expect(Self.index.hits(for: "organisation").map(\.more) == [1])
    #expect(lines("behavior color") == [organise])
    #expect(lines("program center") == [organize])
    #expect(lines("programme") == [organize])
  }

  @Test func aMultiWordQueryOverAHundredThousandBulletsStaysFast() {
    let index = SearchIndex(
      HostileSearchTests.pack(bullets: 100_000) { "item \($0) about community behaviour" })
    let clock = ContinuousClock()
    var hits: [SearchHit] = []
    let elapsed = clock.measure { hits = index.hits(for: "behavior community item") }
    #expect(hits.map(\.more) == [99_999])
    #expect(elapsed < .seconds(3))
  }
}
