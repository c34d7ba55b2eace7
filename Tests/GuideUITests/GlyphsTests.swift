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
    Span(column: 0, .text("Code ", .plain)), Span(column: 5, .bar(filled: 3, of: 5)),
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

  @Test func eachPartOfABarAndAnArrowHasItsRole() {
    let glyphs = Glyphs(unicode: true)
    #expect(glyphs.drawn(bar).map(\.role) == [.normal, .good, .dim, .normal])
    #expect(glyphs.drawn(change).map(\.role) == [.dim, .normal, .warn, .normal])
  }
}
