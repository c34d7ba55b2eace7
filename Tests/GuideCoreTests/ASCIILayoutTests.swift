import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

/// Without UTF-8 (`LANG=C`, `--ascii`) text is drawn in ASCII forms, some wider than the
/// characters they stand for ("—" is "--", "…" is "..."): every layout wraps those forms, so
/// no drawn line is wider than the width it was laid out for.
@Suite("Layouts in ASCII")
struct ASCIILayoutTests {
  static let ascii = Glyphs(unicode: false)
  static let dashes = "Give a talk — any talk… even a short one — to a room of “peers” → then"

  /// The plan fixture with actions whose words grow in ASCII.
  static func guide(width: Int, glyphs: Glyphs) -> Guide {
    var pack = Fixture.pack
    pack.plan = Plan(actions: [
      PlanAction(id: "t1", text: dashes, dimension: "talk", effort: .weekend, topic: "intro"),
      PlanAction(id: "c1", text: dashes, dimension: "code", effort: .evening, topic: "intro"),
    ])
    let state = GuideState(
      size: Size(columns: width, rows: 24),
      attempts: [PlanViewTests.attempt(["code": 40, "talk": 20])])
    return Guide(pack: pack, state: state, now: Fixture.now, glyphs: glyphs)
  }

  @Test func thePlanInASCIIIsASCIIAndFitsItsWidthAtEveryWidth() throws {
    for width in 20...90 {
      let guide = Self.guide(width: width, glyphs: Self.ascii)
      let layout = guide.planLayout
      let lines = layout.lines.map(Self.ascii.line)
      let room = Chrome.textWidth(guide.state.size) - 2
      for line in lines {
        #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "at \(width): \(line)")
        #expect(CellWidth.of(line) <= room, "at \(width): \(line) is wider than \(room)")
      }
      let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
      #expect(words.contains("Give a talk -- any talk... even"), "at \(width)")
    }
  }

  /// The same plan in Unicode takes fewer rows at some widths, where the ASCII forms push
  /// words on to the next line; never more.
  @Test func theASCIIFormIsWhatWraps() {
    let rows = (20...90).map { width in
      (
        unicode: Self.guide(width: width, glyphs: Glyphs(unicode: true)).planLayout.lines.count,
        ascii: Self.guide(width: width, glyphs: Self.ascii).planLayout.lines.count
      )
    }
    #expect(rows.contains { $0.ascii > $0.unicode })
    #expect(rows.allSatisfy { $0.ascii >= $0.unicode })
  }

  @Test func anArrowInASCIIIsWordsAsWideAsTheyAreDrawn() {
    var builder = PageBuilder(width: 30, glyphs: Self.ascii)
    builder.paragraph(PageBuilder.change("20", "80", style: .plain))
    #expect(builder.lines.map(Self.ascii.line) == ["20 -> 80"])
    #expect(
      builder.lines[0].spans == [
        Span(column: 0, .text("20", .plain)), Span(column: 3, .text("->", .plain)),
        Span(column: 6, .text("80", .plain)),
      ])
  }

  @Test func everyTopicPageInASCIIIsASCIIAndFitsItsWidth() {
    for width in [12, 20, 33, 50, 78] {
      for topic in Fixture.pack.topics.values {
        let page = PageLayout.layout(topic, in: Fixture.pack, width: width, glyphs: Self.ascii)
        for line in page.lines.map(Self.ascii.line) {
          #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(topic.id) at \(width): \(line)")
          #expect(CellWidth.of(line) <= width, "\(topic.id) at \(width): \(line)")
        }
      }
    }
  }
}
