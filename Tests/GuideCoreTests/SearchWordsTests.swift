import GuideContent
import GuideCore
import Testing

/// Search finds what is meant: every word in one paragraph in any order, and British and
/// American spellings alike.
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

  @Test func severalWordsMatchInAnyOrderWithinOneParagraph() {
    #expect(lines("forums welcomes") == [lines("community")[0]])
    #expect(lines("welcomes   FORUMS") == [lines("community")[0]])
    #expect(lines("forums").count == 2)
    #expect(lines("forums colour").isEmpty, "both words must be in the same paragraph")
    #expect(lines("   ").isEmpty)
  }

  @Test func britishAndAmericanSpellingsFindEachOther() {
    let organise = "Organise a meetup; its behaviour and colour matter."
    let organize = "Organize the programme of a conference centre."
    #expect(lines("organize") == [organise, organize])
    #expect(lines("organisation").isEmpty)
    #expect(lines("organis") == [organise, organize])
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
    #expect(hits.count == 100_000)
    #expect(elapsed < .seconds(3))
  }
}
