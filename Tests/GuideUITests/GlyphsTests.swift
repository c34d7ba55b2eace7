import GuideCore
import Testing

@testable import GuideUI

@Suite("Glyphs for laid-out lines")
struct GlyphsTests {
  let change = PageLine([
    Span(column: 0, .bullet), Span(column: 2, .text("Code 20", .plain)),
    Span(column: 10, .arrow(.warn)), Span(column: 12, .text("80, +60", .plain)),
  ])
  let bar = PageLine([
    Span(column: 0, .text("Code ", .plain)), Span(column: 5, .bar(eighths: 24, of: 5)),
    Span(column: 11, .text("60", .plain)),
  ])

  @Test func marksBecomeUnicodeGlyphsInTheCellsTheLayoutGaveThem() {
    let glyphs = Glyphs(unicode: true)
    #expect(glyphs.line(change) == "• Code 20 → 80, +60")
    #expect(glyphs.line(bar) == "Code ███░░ 60")
    #expect(glyphs.line(PageLine([Span(column: 0, .rule(4))])) == "────")
  }

  @Test func asciiGlyphsWiderThanTheLayoutPushTheRestRight() {
    let glyphs = Glyphs(unicode: false)
    #expect(glyphs.line(change) == "- Code 20 -> 80, +60")
    #expect(glyphs.line(bar) == "Code ###.. 60")
    #expect(glyphs.drawn(change).map(\.column) == [0, 2, 10, 13])
  }

  /// 44 and 50 of 100 in a bar of 20 cells: 8.8 and 10 cells, no longer one whole cell apart
  /// in Unicode; ASCII rounds to whole cells.
  @Test func barsEndInAnEighthBlockAndRoundInASCII() {
    let unicode = Glyphs(unicode: true)
    #expect(unicode.bar(eighths: 70, of: 20) == ("████████▊", "░░░░░░░░░░░"))
    #expect(unicode.bar(eighths: 80, of: 20) == ("██████████", "░░░░░░░░░░"))
    #expect(unicode.bar(eighths: 1, of: 3) == ("▏", "░░"))
    #expect(unicode.bar(eighths: 7, of: 3) == ("▉", "░░"))
    #expect(unicode.bar(eighths: 0, of: 3) == ("", "░░░"))
    #expect(unicode.bar(eighths: 99, of: 3) == ("███", ""))
    let ascii = Glyphs(unicode: false)
    #expect(ascii.bar(eighths: 70, of: 20) == ("#########", "..........."))
    #expect(ascii.bar(eighths: 3, of: 3) == ("", "..."))
    #expect(ascii.bar(eighths: 4, of: 3) == ("#", ".."))
  }

  /// Every fill of a bar takes exactly its cells, in both forms.
  @Test func aBarAlwaysTakesItsCells() {
    for unicode in [true, false] {
      let glyphs = Glyphs(unicode: unicode)
      for cells in 0...12 {
        for eighths in -1...(cells * 8 + 1) {
          let (filled, empty) = glyphs.bar(eighths: eighths, of: cells)
          #expect(CellWidth.of(filled + empty) == cells, "\(eighths) of \(cells)")
        }
      }
    }
  }

  @Test func eachPartOfABarAndAnArrowHasItsRole() {
    let glyphs = Glyphs(unicode: true)
    #expect(glyphs.drawn(bar).map(\.role) == [.normal, .chart, .dim, .normal])
    #expect(glyphs.drawn(change).map(\.role) == [.dim, .normal, .warn, .normal])
  }
}
