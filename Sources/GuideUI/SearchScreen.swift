import GuideCore

/// The search line and its live results, drawn over the body of whatever screen is open.
enum SearchScreen {
  static func draw(_ search: SearchState, query: SearchQuery, _ canvas: inout Canvas) {
    let left = Chrome.textLeft(canvas.size)
    let width = Chrome.textWidth(canvas.size)
    let top = Chrome.headerRows
    let bottom = top + Chrome.bodyRows(canvas.size)
    for row in top..<bottom { canvas.fill(row: row, role: .normal) }
    let label = search.mode == .index ? "Index: " : "Search: "
    let end = canvas.put(label, row: top, column: left, role: .heading)
    let count = search.hits.count
    drawSummary(search, row: top + 1, rows: count == 0 ? max(1, bottom - top - 1) : 1, &canvas)
    let titles = search.hits.map { canvas.glyphs.text(SearchWording.title($0)) }
    // Below 36 cells a title beside a snippet cuts both to a few letters: the list shows
    // whole titles alone, and the page a hit opens shows its passage.
    let titlesOnly = search.mode == .text && width < 36
    let titleWidth =
      titlesOnly ? width - 2 : min(width / 3, titles.map { CellWidth.of($0) }.max() ?? 0)
    let description =
      search.mode == .index
      ? definition(
        search, width: width, lineWidth: width - 4 - titleWidth, rows: (bottom - top - 3) / 2,
        canvas) : []
    for (offset, line) in description.enumerated() {
      canvas.put(
        line, row: bottom - description.count + offset, column: left, role: .dim, limit: width)
    }
    let window = ListWindow(
      selection: search.selection, count: count, rows: bottom - top - 3 - description.count)
    for index in window.range {
      let hit = search.hits[index]
      let row = top + 3 + index - window.first
      let role = canvas.listRow(
        row, left: left, width: width, index: index, selected: index == search.selection)
      let selected = role == .selection
      let title = canvas.fitted(titles[index], width: titleWidth)
      canvas.put(title, row: row, column: left + 2, role: selected ? .selection : .heading)
      highlight(query, in: title, row: row, column: left + 2, &canvas)
      if titlesOnly { continue }
      let lineLeft = left + 4 + titleWidth
      let snippet = snippet(hit.line, query, width: left + width - lineLeft, canvas)
      canvas.put(snippet, row: row, column: lineLeft, role: selected ? .selection : .dim)
      highlight(query, in: snippet, row: row, column: lineLeft, &canvas)
    }
    if let more = window.moreLine(canvas.glyphs, width: width - 2) {
      canvas.put(more, row: top + 3 + window.shown, column: left + 2, role: .dim, limit: width - 2)
    }
    // Last: the terminal's cursor belongs on the line being typed, not on the selected hit.
    drawLine(search.line, row: top, from: end, to: left + width, &canvas)
  }

  /// The count of matches, or "No matches" with its suggestions; with no hits the list's rows
  /// are free, so a long "Did you mean" wraps into them (`rows`).
  static func drawSummary(_ search: SearchState, row: Int, rows: Int, _ canvas: inout Canvas) {
    let summary =
      search.query.isEmpty && search.mode == .text
      ? "Type a word; matches appear as you type." : SearchWording.summary(search)
    let left = Chrome.textLeft(canvas.size)
    let width = Chrome.textWidth(canvas.size)
    for (offset, line) in Wrap.text(summary, width: width).prefix(rows).enumerated() {
      canvas.put(line, row: row + offset, column: left, role: .dim, limit: width)
    }
  }

  /// The selected term's whole definition, wrapped below the list when its row cuts it (as a
  /// menu shows its selected entry's summary); at most `rows` lines, so the list keeps half the
  /// body, the last ending with an ellipsis (the page has it whole).
  static func definition(
    _ search: SearchState, width: Int, lineWidth: Int, rows: Int, _ canvas: Canvas
  ) -> [String] {
    guard search.hits.indices.contains(search.selection), rows > 0 else { return [] }
    let text = canvas.glyphs.text(search.hits[search.selection].line)
    guard CellWidth.of(text) > lineWidth else { return [] }
    let lines = Wrap.text(text, width: width)
    guard lines.count > rows else { return lines }
    let rest = lines[(rows - 1)...].joined(separator: " ")
    return Array(lines.prefix(rows - 1)) + [canvas.fitted(rest, width: width)]
  }

  /// A hit's line fitted to `width` cells so that its first match shows: when the match would
  /// be cut, the line starts (after an ellipsis) so the match sits near the middle.
  static func snippet(_ line: String, _ query: SearchQuery, width: Int, _ canvas: Canvas)
    -> String
  {
    let text = canvas.glyphs.text(line)
    let ellipsis = canvas.glyphs.ellipsis
    guard CellWidth.of(text) > width,
      let (start, cells) = Highlight.ranges(of: query, in: text).first,
      start + cells > width - CellWidth.of(ellipsis)
    else { return canvas.fitted(text, width: width) }
    let skip = max(0, start - max(0, width - cells) / 2) + CellWidth.of(ellipsis)
    var rest = Substring(text)
    var skipped = 0
    while skipped < skip, let character = rest.first {
      skipped += CellWidth.of(character)
      rest.removeFirst()
    }
    return canvas.fitted(ellipsis + rest, width: width)
  }

  /// Paints the search's words where they occur in text drawn at `row`, `column`.
  static func highlight(
    _ query: SearchQuery, in text: String, row: Int, column: Int, _ canvas: inout Canvas
  ) {
    for (start, cells) in Highlight.ranges(of: query, in: text) {
      canvas.frame.paint(row: row, from: column + start, to: column + start + cells, role: .match)
    }
  }

  /// The typed words in the cells `from..<to`, with the terminal's cursor on the cell after the
  /// cursor's character. A line too long to fit scrolls so the cursor stays in sight, an
  /// ellipsis marking the part cut at the left; a selected line is drawn as a selection.
  static func drawLine(_ line: LineEdit, row: Int, from: Int, to: Int, _ canvas: inout Canvas) {
    let room = to - from - 1
    guard room > 0 else { return }
    var before = canvas.glyphs.text(String(line.text.prefix(line.cursor)))
    let after = canvas.glyphs.text(String(line.text.dropFirst(line.cursor)))
    if CellWidth.of(before) > room {
      // The characters that fit after an ellipsis, counted from the cursor back: once over
      // the line, however long (a pasted 100 KB took minutes when cut one character at a time).
      let ellipsis = canvas.glyphs.ellipsis
      var cells = CellWidth.of(ellipsis)
      var start = before.endIndex
      while start > before.startIndex {
        let previous = before.index(before: start)
        cells += CellWidth.of(before[previous])
        guard cells <= room else { break }
        start = previous
      }
      before = ellipsis + before[start...]
    }
    let role: Role = line.selected ? .selection : .normal
    let cursor = canvas.put(before, row: row, column: from, role: role, limit: room)
    canvas.put(after, row: row, column: cursor, role: role, limit: to - cursor)
    canvas.frame.cursor = (row, cursor)
  }
}
