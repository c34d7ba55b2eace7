import GuideCore

/// The search line and its live results, drawn over the body of whatever screen is open.
enum SearchScreen {
  static func draw(_ search: SearchState, _ canvas: inout Canvas) -> [KeyHint] {
    let left = Chrome.textLeft(canvas.size)
    let width = Chrome.textWidth(canvas.size)
    let top = Chrome.headerRows
    let bottom = top + Chrome.bodyRows(canvas.size)
    for row in top..<bottom { canvas.fill(row: row, role: .normal) }
    let label = search.mode == .index ? "Index: " : "Search: "
    let end = canvas.put(label, row: top, column: left, role: .heading)
    let count = search.hits.count
    let summary =
      search.query.isEmpty && search.mode == .text
      ? "Type a word; matches appear as you type."
      : count == 0 ? "No matches." : "\(count) match\(count == 1 ? "" : "es")"
    canvas.put(summary, row: top + 1, column: left, role: .dim)
    let window = ListWindow(selection: search.selection, count: count, rows: bottom - top - 3)
    let titleWidth = min(
      width / 3, search.hits.map { CellWidth.of(canvas.glyphs.text($0.title)) }.max() ?? 0)
    for index in window.range {
      let hit = search.hits[index]
      let row = top + 3 + index - window.first
      let role = canvas.listRow(
        row, left: left, width: width, index: index, selected: index == search.selection)
      let selected = role == .selection
      canvas.putFitted(
        hit.title, row: row, column: left + 2, width: titleWidth,
        role: selected ? .selection : .heading)
      let lineLeft = left + 4 + titleWidth
      canvas.putFitted(
        hit.line, row: row, column: lineLeft, width: left + width - lineLeft,
        role: selected ? .selection : .dim)
    }
    if let more = window.moreLine(canvas.glyphs) {
      canvas.put(more, row: top + 3 + window.shown, column: left + 2, role: .dim, limit: width - 2)
    }
    // Last: the terminal's cursor belongs on the line being typed, not on the selected hit.
    drawLine(search.line, row: top, from: end, to: left + width, &canvas)
    // Up and Down bring back earlier searches on the search line; the index has no history.
    let choose =
      search.mode == .text
      ? [KeyHint("Tab", "choose"), KeyHint(canvas.glyphs.upDown, "earlier")]
      : [KeyHint(canvas.glyphs.upDown, "choose")]
    return [KeyHint("Enter", "open")] + choose + [KeyHint("Esc", "cancel")]
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
      let ellipsis = canvas.glyphs.ellipsis
      while !before.isEmpty, CellWidth.of(ellipsis + before) > room { before.removeFirst() }
      before = ellipsis + before
    }
    let role: Role = line.selected ? .selection : .normal
    let cursor = canvas.put(before, row: row, column: from, role: role, limit: room)
    canvas.put(after, row: row, column: cursor, role: role, limit: to - cursor)
    canvas.frame.cursor = (row, cursor)
  }
}
