import Foundation
import GuideContent
import GuideCore
import Testing

@testable import GuideText

/// "Checked December 2026" under a page's title, wherever the page is shown or exported.
@Suite("A page's checked month in text")
struct CheckedTextTests {
  static let topic = Topic(
    id: "pay", title: "Pay", summary: "What DevRel pays.",
    body: [.paragraph([.text("See "), .webLink(label: "a survey", url: "https://example.org/s")])],
    checked: YearMonth(year: 2026, month: 12))
  static let pack = ContentPack(
    manifest: Manifest(id: "t", title: "T", version: "1", language: "en", tagline: ""),
    home: [MenuEntry(.topic("pay"))], topics: ["pay": topic], quiz: nil)

  @Test func theLineUnderTheTitleSaysWhenThePageWasChecked() {
    let text = PlainText.topic(Self.topic, in: Self.pack, width: 40, unicode: true)
    #expect(
      text.split(separator: "\n", omittingEmptySubsequences: false).prefix(5) == [
        "Pay", "───", "Checked December 2026", "", "See a survey (https://example.org/s)",
      ])
    let page = PageLayout.layout(
      Self.topic, in: Self.pack, width: 40, glyphs: Glyphs(unicode: true))
    #expect(page.lines[2].spans == [Span(column: 0, .text("Checked December 2026", .dim))])
    // Search numbers blocks from the body, so the extra line moves none of them.
    #expect(page.blockLines == [4])
  }

  @Test func aPageWithoutAMonthShowsNoLine() {
    var topic = Self.topic
    topic.checked = nil
    let text = PlainText.topic(topic, in: Self.pack, width: 40, unicode: true)
    #expect(!text.contains("Checked"))
    #expect(!TopicExport.markdown(topic, in: Self.pack).contains("Checked"))
    #expect((try? TopicExport.json(topic, in: Self.pack))?.contains("checked") == false)
  }

  @Test func markdownAndJSONCarryTheMonth() throws {
    #expect(
      TopicExport.markdown(Self.topic, in: Self.pack).hasPrefix(
        "# Pay\n\n*Checked December 2026*\n\n"))
    let json = try TopicExport.json(Self.topic, in: Self.pack)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(object?["checked"] as? String == "2026-12")
  }
}
