import GuideCore

/// A laid-out page (a topic, or one quiz attempt): the visible lines, links underlined, the
/// focused one marked.
enum PageScreen {
  static func draw(_ guide: Guide, scroll: Int, focus: Int?, _ canvas: inout Canvas) {
    guard let page = guide.page else { return }
    let left = Chrome.textLeft(canvas.size)
    let rows = Chrome.bodyRows(canvas.size)
    let highlight = guide.highlightQuery
    for (offset, line) in page.lines.dropFirst(scroll).prefix(rows).enumerated() {
      let row = Chrome.headerRows + offset
      let spans = canvas.glyphs.drawn(line, focus: focus)
      for span in spans {
        let end = canvas.frame.put(
          span.text, row: row, column: left + span.column, role: span.role,
          limit: page.width - span.column)
        if let index = span.link {
          canvas.frame.clickTargets.append(
            ClickTarget(row: row, columns: (left + span.column)..<end, event: .followLink(index)))
        }
        if let url = span.url, end > left + span.column {
          canvas.frame.hyperlinks.append(
            Hyperlink(row: row, columns: (left + span.column)..<end, url: url))
        }
        if span.role == .focusedLink, canvas.frame.cursor == nil {
          canvas.frame.cursor = (row, left + span.column)
        }
      }
      if let query = highlight {
        for (start, length) in Highlight.ranges(of: query, in: Glyphs.joined(spans)) {
          canvas.frame.paint(row: row, from: left + start, to: left + start + length, role: .match)
        }
      }
    }
  }
}
