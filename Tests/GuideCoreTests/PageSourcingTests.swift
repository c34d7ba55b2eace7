import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

/// Each page-like screen lays its own page out through the source it returns; the guide keeps
/// the page for the last source and lays it out again only when the source differs.
@Suite("Page sources")
struct PageSourcingTests {
  @Test func sourcesAreTheSameOnlyWhenOfOneTypeAndEqual() {
    let topic = TopicPage(id: "intro", width: 70)
    #expect(topic.isSame(as: TopicPage(id: "intro", width: 70)))
    #expect(!topic.isSame(as: TopicPage(id: "intro", width: 40)))
    #expect(!topic.isSame(as: TopicPage(id: "skills/code", width: 70)))
    #expect(!AttemptPage(index: 0, width: 70).isSame(as: AttemptPage(index: 1, width: 70)))
    #expect(!AttemptPage(index: 0, width: 70).isSame(as: topic))
  }

  @Test func aTopicsSourceLaysOutTheSamePageAsItsLayout() throws {
    let guide = GuideTestStore(screen: .page(PagePosition(id: "intro"))).guide
    let source = try #require(guide.screenModel.pageSource(width: 60, guide))
    let topic = try #require(guide.pack.topics["intro"])
    #expect(
      source.layout(in: guide)
        == PageLayout.layout(topic, in: guide.pack, width: 60, glyphs: guide.glyphs))
  }

  @Test func aResizeLaysThePageOutAgainAtTheNewWidth() {
    var store = GuideTestStore(screen: .page(PagePosition(id: "intro")))
    let wide = store.guide.page?.width
    store.send(.resized(Size(columns: 40, rows: 12))) { $0.size = Size(columns: 40, rows: 12) }
    #expect(store.guide.page?.width == Chrome.textWidth(Size(columns: 40, rows: 12)))
    #expect(store.guide.page?.width != wide)
  }

  @Test func screensThatDoNotReadLikeAPageHaveNoSource() {
    let guide = GuideTestStore(screen: .home).guide
    #expect(guide.screenModel.pageSource(width: 60, guide) == nil)
    #expect(guide.page == nil)
  }
}
