import GuideContent
import GuideCore
import Testing

/// Search must stay linear in the pack and in the query, whatever the pack or query holds.
@Suite("Search against hostile sizes")
struct HostileSearchTests {
  static func pack(bullets: Int, text: (Int) -> String) -> ContentPack {
    ContentPack(
      manifest: Manifest(id: "big", title: "Big", version: "1", language: "en", tagline: ""),
      home: [MenuEntry(.topic("a"))],
      topics: [
        "a": Topic(
          id: "a", title: "A", summary: "",
          body: [.bullets((0..<bullets).map { [.text(text($0))] })])
      ],
      quiz: nil)
  }

  @Test func aTopicWith100000BulletsIsSearchedWellUnderASecond() {
    let index = SearchIndex(Self.pack(bullets: 100_000) { "item \($0) about community" })
    let clock = ContinuousClock()
    var hits: [SearchHit] = []
    let elapsed = clock.measure { hits = index.hits(for: "community") }
    #expect(
      hits == [
        SearchHit(topicID: "a", title: "A", line: "item 0 about community", block: 0, more: 99_999)
      ])
    // About 10 ms in a release build; a debug build on a busy machine is much slower.
    #expect(elapsed < .seconds(3))
  }

  @Test func aWordBuiltToDefeatAByteScanIsStillLinear() {
    let index = SearchIndex(Self.pack(bullets: 1) { _ in String(repeating: "a", count: 1_000_000) })
    let query = String(repeating: "a", count: 5_000) + "b"
    let clock = ContinuousClock()
    var hits: [SearchHit] = [SearchHit(topicID: "", title: "", line: "")]
    let elapsed = clock.measure { hits = index.hits(for: query) }
    #expect(hits.isEmpty)
    #expect(elapsed < .milliseconds(500))
  }

  /// Issue 32: 30,000 words (199 KB) took 27 s. Only the first words are read.
  @Test func thirtyThousandWordsCostNoMoreThanTheirFirstFew() {
    let index = SearchIndex(Self.pack(bullets: 1_000) { "item \($0) about community and code" })
    let words = (0..<30_000).map { "w\($0 % 977)x" }.joined(separator: " ")
    let clock = ContinuousClock()
    var results = SearchResults()
    let elapsed = clock.measure { results = index.search("community " + words).results }
    #expect(results.hits.map(\.topicID) == ["a"])
    #expect(!results.everyWord)
    #expect(elapsed < .seconds(1))
    let query = SearchQuery(words, synonyms: SynonymTable([]), typing: true)
    #expect(query.termCount == 16)
    // Highlighting reads the query the same bounded way.
    let line = String(repeating: "community ", count: 10_000)
    let highlight = clock.measure { _ = SearchMatch.ranges(of: index.query(words), in: line) }
    #expect(highlight < .seconds(1))
  }

  @Test func aHundredKilobytesWithoutASpaceIsOneWordReadOnce() {
    let index = SearchIndex(Self.pack(bullets: 10) { "item \($0)" })
    let paste = String(repeating: "x", count: 100_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      #expect(index.search(paste, typing: true).results.hits.isEmpty)
    }
    #expect(elapsed < .seconds(1))
  }
}
