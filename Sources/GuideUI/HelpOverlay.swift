import GuideCore

/// Every key, in a box over the current screen (`?` opens and closes it).
enum HelpOverlay {
  static let entries: [(String, String)] = [
    ("? / q", "close help / quit"),
    ("↑ ↓  j k", "move, scroll"),
    ("1-9", "open item, answer"),
    ("Enter →", "open, follow link"),
    ("Esc ← h Bksp", "back"),
    ("PgUp PgDn b Spc", "page up, down"),
    ("g G Home End", "top, bottom"),
    ("Tab Shift-Tab", "next, previous link"),
    ("/  n N", "search; next, previous match"),
    ("i", "index of terms"),
    ("] ", "forward again"),
    ("d l s", "mark page done, learning, skipped"),
    ("R", "reset all marks (on home)"),
    ("s", "skip a quiz question"),
    ("Ctrl-L", "redraw the screen"),
  ]

  static func draw(_ canvas: inout Canvas) {
    let size = canvas.size
    let keyWidth = entries.map { CellWidth.of($0.0) }.max() ?? 0
    let textWidth = entries.map { CellWidth.of($0.1) }.max() ?? 0
    let innerWidth = min(size.columns - 4, keyWidth + 2 + textWidth)
    let boxed = size.rows >= entries.count + 4 && size.columns >= innerWidth + 4
    let height = entries.count + (boxed ? 2 : 1)
    let width = innerWidth + (boxed ? 4 : 2)
    let top = max(0, (size.rows - height) / 2)
    let left = max(0, (size.columns - width) / 2)
    for row in top..<min(size.rows, top + height) {
      canvas.put(String(repeating: " ", count: width), row: row, column: left)
    }
    var row = top
    if boxed {
      let g = canvas.glyphs
      let bar = String(repeating: g.horizontal, count: width - 2)
      canvas.put(g.corners.0 + bar + g.corners.1, row: top, column: left, role: .dim)
      canvas.put(g.corners.2 + bar + g.corners.3, row: top + height - 1, column: left, role: .dim)
      for side in (top + 1)..<(top + height - 1) {
        canvas.put(g.vertical, row: side, column: left, role: .dim)
        canvas.put(g.vertical, row: side, column: left + width - 1, role: .dim)
      }
      canvas.put(" Keys ", row: top, column: left + 2, role: .heading)
      row += 1
    } else {
      canvas.put("Keys", row: top, column: left + 1, role: .heading)
      row += 1
    }
    let inner = left + (boxed ? 2 : 1)
    // On a short window the last row says where the rest is, instead of cutting it silently.
    let shown = boxed || size.rows > entries.count ? entries.count : max(0, size.rows - 2)
    for (keys, action) in entries.prefix(shown) {
      canvas.put(keys, row: row, column: inner, role: .key, limit: keyWidth)
      canvas.putFitted(
        action, row: row, column: inner + keyWidth + 2, width: innerWidth - keyWidth - 2)
      row += 1
    }
    if shown < entries.count {
      canvas.putFitted(
        "\(entries.count - shown) more: a taller window, or man devrel-guide", row: row,
        column: inner, width: innerWidth, role: .dim)
    }
  }
}
