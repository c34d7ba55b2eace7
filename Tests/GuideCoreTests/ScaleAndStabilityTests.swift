import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Large packs and stable ids")
struct ScaleAndStabilityTests {
  /// A chain of menus `level-1` … `level-N`, the last one holding a page.
  static func nestedPack(depth: Int) -> ContentPack {
    var topics: [String: Topic] = [
      "leaf": Topic(id: "leaf", title: "The bottom", body: [.paragraph([.text("Deep down.")])])
    ]
    for level in 1...depth {
      let child = level == depth ? "leaf" : "level-\(level + 1)"
      topics["level-\(level)"] = Topic(
        id: "level-\(level)", title: "Level \(level) of the menus", summary: "Going down.",
        children: [MenuEntry(.topic(child))])
    }
    return ContentPack(
      manifest: Manifest(id: "deep", title: "Deep", version: "1", language: "en", tagline: ""),
      home: [MenuEntry(.topic("level-1"))], topics: topics, quiz: nil)
  }

  @Test func twentyLevelsOfMenusOpenAndComeBack() {
    var guide = Guide(
      pack: Self.nestedPack(depth: 20), state: GuideState(size: Size(columns: 80, rows: 24)),
      now: Fixture.now)
    for _ in 0...20 { guide.press(.char("1")) }
    #expect(guide.state.screen == .page(PagePosition(id: "leaf")))
    #expect(guide.breadcrumbs.count == 22)
    #expect(guide.state.back.count == 21)
    for _ in 0...20 { guide.press(.escape) }
    #expect(guide.state.screen == .menu(MenuPosition(id: "home", selection: 0)))
  }

  @Test func aTwoMegabytePageLaysOutAndScrollsToItsEnd() throws {
    let sentence =
      "Developer relations connects a company with the developers who use its products. "
    let paragraph = String(repeating: sentence, count: 40)
    let blocks = Array(
      repeating: Block.paragraph([.text(paragraph)]), count: 2_000_000 / paragraph.utf8.count)
    let pack = ContentPack(
      manifest: Manifest(id: "big", title: "Big", version: "1", language: "en", tagline: ""),
      home: [MenuEntry(.topic("big"))],
      topics: ["big": Topic(id: "big", title: "Big page", body: blocks)], quiz: nil)
    var guide = Guide(
      pack: pack, state: GuideState(size: Size(columns: 80, rows: 24)), now: Fixture.now)
    guide.press(.char("1"), .char("G"))
    let lines = try #require(guide.page?.lines.count)
    #expect(lines > 20_000)
    #expect(guide.state.screen == .page(PagePosition(id: "big", scroll: lines - 20)))
    guide.press(.pageUp)
    #expect(guide.state.screen == .page(PagePosition(id: "big", scroll: lines - 40)))
  }

  @Test func marksForTopicsThatNoLongerExistAreKeptAndReported() {
    var guide = Guide(
      pack: Fixture.pack,
      state: GuideState(size: Size(columns: 80, rows: 24), marks: ["gone": .done, "intro": .done]),
      now: Fixture.now)
    #expect(guide.orphanedMarks == ["gone"])
    guide.press(.char("1"), .char("l"))
    #expect(
      guide.state.marks == ["gone": .done, "intro": .learning], "saving keeps the unknown id")
    #expect(guide.markCounts() == [.learning: 1])
  }

  @Test func scoresForAreasThatNoLongerExistAreShownAsKept() {
    let attempt = Attempt(
      date: "2026-11-29T10:00:00Z", packID: "fixture", packVersion: "0", answers: [:],
      scores: ["code": 40, "design": 70], knowledge: nil)
    var guide = Fixture.guide(attempts: [attempt])
    guide.press(.char("4"), .enter)
    let text = guide.page?.lines.map(\.words).joined(separator: "\n") ?? ""
    #expect(text.contains("Also saved, for areas this guide no longer has: design 70."))
  }
}
