import GuideBundle
import Testing

@testable import GuideContent

@Suite("The topic ids a page links to")
struct LinkTargetsTests {
  @Test("links come in reading order from paragraphs and bullets; outside addresses do not count")
  func readingOrder() {
    let topic = Topic(
      id: "t", title: "T",
      body: [
        .heading("About [not a link](x)"),
        .paragraph([.text("See "), .link(label: "one", target: "a"), .text(" and ")]),
        .bullets([
          [.link(label: "two", target: "b"), .webLink(label: "site", url: "https://example.org")],
          [.emphasis("plain")],
          [.link(label: "three", target: "c"), .link(label: "again", target: "a")],
        ]),
        .paragraph([.link(label: "four", target: "d")]),
      ])
    #expect(topic.linkTargets == ["a", "b", "c", "a", "d"])
  }

  @Test("a page without links has none")
  func noLinks() {
    let topic = Topic(id: "t", title: "T", body: [.heading("H"), .paragraph([.text("x")])])
    #expect(topic.linkTargets.isEmpty)
  }

  /// The walk in place gives what flattening every block's inlines gives, on every real page.
  @Test("every bundled page gives the same targets as flattening its inlines")
  func sameAsFlattening() {
    for topic in ContentPack.bundled.topics.values {
      let flattened = topic.body.flatMap(\.inlines).compactMap { inline -> String? in
        if case .link(_, let target) = inline { return target }
        return nil
      }
      #expect(topic.linkTargets == flattened, "\(topic.id)")
    }
  }
}
