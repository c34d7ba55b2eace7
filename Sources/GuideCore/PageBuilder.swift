import GuideContent

/// Builds laid-out lines: wrapped paragraphs, bullets, rules, and numbered links.
struct PageBuilder {
  /// What a wrapped piece becomes: words in a style, or the arrow mark.
  enum Piece: Equatable {
    case words(SpanStyle)
    case arrow(SpanStyle)
  }

  let width: Int
  /// The characters the text is drawn in: words are wrapped in that form (ASCII "--" for "—"
  /// takes two cells), and in ASCII the arrow is the words "->".
  let glyphs: Glyphs
  /// Whether a web address longer than the width keeps a line of its own instead of being
  /// broken (printed text, where the terminal finds and copies addresses itself).
  var keepAddressesWhole = false
  var lines: [PageLine] = []
  var links: [PageLink] = []

  init(width: Int, glyphs: Glyphs) {
    self.width = max(1, width)
    self.glyphs = glyphs
  }

  mutating func blank() {
    if let last = lines.last, !last.spans.isEmpty { lines.append(PageLine()) }
  }

  /// A page's title, underlined as the layout grammar has every title (docs/layout.md).
  mutating func title(_ text: String) {
    paragraph([(text, .title)])
    rule(CellWidth.of(text))
  }

  mutating func rule(_ length: Int) {
    lines.append(PageLine([Span(column: 0, .rule(min(width, max(1, length))))]))
  }

  /// Turns inlines into styled runs, numbering links in order of appearance.
  mutating func runs(_ inlines: [Inline]) -> [(String, SpanStyle)] {
    inlines.map { inline in
      switch inline {
      case .text(let text): return (text, .plain)
      case .emphasis(let text): return (text, .emphasis)
      case .link(let label, let target):
        links.append(PageLink(target: target, line: -1))
        return (label, .link(links.count - 1))
      case .webLink(_, let url): return (inline.plainText, .webLink(url))
      }
    }
  }

  /// Runs split into the pieces `Wrap` lays out.
  static func pieces(_ runs: [(String, SpanStyle)]) -> [Wrap.Piece<Piece>] {
    Wrap.pieces(runs.map { ($0.0, Piece.words($0.1)) })
  }

  /// Words, the arrow, and more words, spaced as "20 → 80". While wrapping, the arrow is a
  /// blank cell (its width); once laid out, a mark for the UI to draw.
  static func change(_ before: String, _ after: String, style: SpanStyle) -> [Wrap.Piece<Piece>] {
    var after = pieces([(after, style)])
    if !after.isEmpty { after[0].spaceBefore = true }
    return pieces([(before, style)]) + [Wrap.Piece(" ", style: .arrow(style), spaceBefore: true)]
      + after
  }

  mutating func paragraph(_ runs: [(String, SpanStyle)], indent: Int = 0) {
    paragraph(Self.pieces(runs), indent: indent)
  }

  mutating func paragraph(_ pieces: [Wrap.Piece<Piece>], indent: Int = 0) {
    let keepWhole: (Wrap.Piece<Piece>) -> Bool = { [keepAddressesWhole] piece in
      guard keepAddressesWhole, case .words(.webLink) = piece.style else { return false }
      return piece.text.contains("://")
    }
    let drawn = glyphs.unicode ? pieces : pieces.map(asDrawn)
    for line in Wrap.lines(drawn, width: width - indent, keepWhole: keepWhole) {
      append(line, indent: indent)
    }
  }

  /// A piece in ASCII: its words transliterated, the arrow as wide as "->".
  private func asDrawn(_ piece: Wrap.Piece<Piece>) -> Wrap.Piece<Piece> {
    var piece = piece
    switch piece.style {
    case .words: piece.text = glyphs.text(piece.text)
    case .arrow: piece.text = glyphs.arrow
    }
    return piece
  }

  mutating func bullet(_ runs: [(String, SpanStyle)]) {
    bullet(Self.pieces(runs))
  }

  mutating func bullet(_ pieces: [Wrap.Piece<Piece>]) {
    let first = lines.count
    paragraph(pieces, indent: 2)
    if first < lines.count {
      lines[first].spans.insert(Span(column: 0, .bullet), at: 0)
    }
  }

  /// Adds one wrapped line, merging neighbouring words of the same style into one span.
  mutating func append(_ pieces: [Wrap.Piece<Piece>], indent: Int) {
    var spans: [Span] = []
    var column = indent
    var lastStyle: SpanStyle?
    for piece in pieces {
      let start = column + (piece.spaceBefore ? 1 : 0)
      column = start + CellWidth.of(piece.text)
      switch piece.style {
      case .arrow(let style) where glyphs.unicode:
        spans.append(Span(column: start, .arrow(style)))
        lastStyle = nil
      case .arrow(let style):
        spans.append(Span(column: start, .text(glyphs.arrow, style)))
        lastStyle = nil
      case .words(let style):
        if case .link(let index) = style, links[index].line < 0 { links[index].line = lines.count }
        if style == lastStyle, case .text(let text, _) = spans.last?.content {
          // Same style as the span before: the space joins it.
          let joined = text + (piece.spaceBefore ? " " : "") + piece.text
          spans[spans.count - 1].content = .text(joined, style)
        } else {
          // A space between two styles belongs to neither: the new span starts after it.
          spans.append(Span(column: start, .text(piece.text, style)))
          lastStyle = style
        }
      }
    }
    lines.append(PageLine(spans))
  }
}
