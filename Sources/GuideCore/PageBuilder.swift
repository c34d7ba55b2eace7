import GuideContent

/// Builds laid-out lines: wrapped paragraphs, bullets, rules, and numbered links.
struct PageBuilder {
  let width: Int
  let unicode: Bool
  var lines: [PageLine] = []
  var links: [PageLink] = []

  init(width: Int, unicode: Bool) {
    self.width = max(1, width)
    self.unicode = unicode
  }

  mutating func blank() {
    if let last = lines.last, !last.spans.isEmpty { lines.append(PageLine()) }
  }

  mutating func rule(_ length: Int) {
    let line = String(repeating: unicode ? "─" : "-", count: min(width, max(1, length)))
    lines.append(PageLine([Span(column: 0, text: line, style: .dim)]))
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
      }
    }
  }

  mutating func paragraph(_ runs: [(String, SpanStyle)], indent: Int = 0) {
    let wrapped = Wrap.lines(Wrap.pieces(runs), width: width - indent)
    for line in wrapped { append(line, indent: indent) }
  }

  mutating func bullet(_ runs: [(String, SpanStyle)]) {
    let marker = unicode ? "•" : "-"
    let first = lines.count
    paragraph(runs, indent: 2)
    if first < lines.count {
      lines[first].spans.insert(Span(column: 0, text: marker, style: .bullet), at: 0)
    }
  }

  /// Adds one wrapped line, merging neighbouring pieces of the same style into one span.
  mutating func append(_ pieces: [Wrap.Piece<SpanStyle>], indent: Int) {
    var spans: [Span] = []
    var column = indent
    for piece in pieces {
      let text = (piece.spaceBefore ? " " : "") + piece.text
      if case .link(let index) = piece.style, links[index].line < 0 {
        links[index].line = lines.count
      }
      if var last = spans.last, last.style == piece.style {
        last.text += text
        spans[spans.count - 1] = last
      } else if piece.spaceBefore {
        // The space belongs to neither style: start the new span after it.
        spans.append(Span(column: column + 1, text: piece.text, style: piece.style))
      } else {
        spans.append(Span(column: column, text: text, style: piece.style))
      }
      column += CellWidth.of(text)
    }
    lines.append(PageLine(spans))
  }
}
