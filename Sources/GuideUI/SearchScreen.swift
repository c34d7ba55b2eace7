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
    let typed = canvas.put(search.query, row: top, column: end, limit: left + width - end - 1)
    canvas.frame.cursor = (top, typed)
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
    return [
      KeyHint(canvas.glyphs.upDown, "choose"), KeyHint("Enter", "open"),
      KeyHint("Esc", "cancel"),
    ]
  }
}
