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
    #expect(hits.count == 100_000)
    #expect(hits.last?.line == "item 99999 about community")
    #expect(hits.last?.block == 99_999)
    // Minutes when each hit walked the topic's whole body; about 0.1 s in a release build, and
    // a debug build on a busy machine is ten times slower.
    #expect(elapsed < .seconds(3))
  }

  @Test func aQueryBuiltToDefeatAByteScanIsStillLinear() {
    // "aaa…b" against "aaa…": a byte-by-byte scan compares the whole query at every offset.
    let index = SearchIndex(Self.pack(bullets: 1) { _ in String(repeating: "a", count: 1_000_000) })
    let query = String(repeating: "a", count: 5_000) + "b"
    let clock = ContinuousClock()
    var hits: [SearchHit] = [SearchHit(topicID: "", title: "", line: "")]
    let elapsed = clock.measure { hits = index.hits(for: query) }
    #expect(hits.isEmpty)
    #expect(elapsed < .milliseconds(500))
    #expect(index.hits(for: String(repeating: "a", count: 5_000)).count == 1)
  }
}
