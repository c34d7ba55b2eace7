import GuideCore

/// Help in a box between the header and the key bar: the rows of `KeyHelp`, scrolled, with
/// "more above/below" counts in the box's edges when some rows are out of sight, and a blank
/// margin round it.
enum HelpOverlay {
  static func draw(_ guide: Guide, scroll: Int, _ canvas: inout Canvas) {
    let size = canvas.size
    let rows = guide.helpRows
    let g = canvas.glyphs
    let inner = KeyHelp.innerWidth(size)
    let width = min(size.columns, inner + 4)
    let left = max(0, (size.columns - width) / 2)
    let visible = min(rows.count, KeyHelp.visibleRows(size))
    // Centred between the header and the key bar when it fits; from the header down when not.
    let top = 1 + (KeyHelp.visibleRows(size) - visible) / 2
    let bottom = top + visible + 1
    // A margin of blank cells round the box (never over the header or the key bar), so no
    // word of the screen beneath touches its border.
    let margin = Chrome.boxMargin
    let clearLeft = max(0, left - margin)
    let clearRight = min(size.columns, left + width + margin)
    for row in max(1, top - margin)...max(top, min(size.rows - 2, bottom + margin)) {
      canvas.put(String(repeating: " ", count: clearRight - clearLeft), row: row, column: clearLeft)
    }
    let bar = String(repeating: g.horizontal, count: max(0, width - 2))
    canvas.put(g.corners.0 + bar + g.corners.1, row: top, column: left, role: .dim)
    canvas.put(g.corners.2 + bar + g.corners.3, row: bottom, column: left, role: .dim)
    for side in (top + 1)..<bottom {
      canvas.put(g.vertical, row: side, column: left, role: .dim)
      canvas.put(g.vertical, row: side, column: left + width - 1, role: .dim)
    }
    canvas.put(" Keys ", row: top, column: left + 2, role: .heading)
    let above = scroll
    let below = max(0, rows.count - scroll - visible)
    if above > 0 {
      MoreMarker.put(above, up: true, row: top, right: left + width - 2, &canvas)
    }
    if below > 0 {
      MoreMarker.put(below, up: false, row: bottom, right: left + width - 2, &canvas)
    }
    for (offset, row) in rows.dropFirst(scroll).prefix(visible).enumerated() {
      let line = top + 1 + offset
      if row.isHeading {
        canvas.put(row.text, row: line, column: left + 2, role: .heading, limit: inner)
      } else {
        canvas.put(row.keys, row: line, column: left + 2, role: .key, limit: KeyHelp.keyWidth)
        canvas.put(
          row.text, row: line, column: left + 4 + KeyHelp.keyWidth,
          limit: inner - KeyHelp.keyWidth - 2)
      }
    }
  }
}

/// "↑ 3 more" / "↓ 3 more": how many items of a list are out of sight, drawn so it ends at
/// column `right`.
enum MoreMarker {
  static func text(_ count: Int, up: Bool, _ glyphs: Glyphs) -> String {
    " " + glyphs.text(up ? "↑" : "↓") + " \(count) more "
  }

  static func put(_ count: Int, up: Bool, row: Int, right: Int, _ canvas: inout Canvas) {
    let text = text(count, up: up, canvas.glyphs)
    canvas.put(text, row: row, column: max(0, right - CellWidth.of(text) + 1), role: .dim)
  }

  /// "↑ 2 more above  ↓ 5 more below", or "↑ 2 more  ↓ 5 more" when that is wider than
  /// `width`; nil when nothing is out of sight.
  static func line(above: Int, below: Int, _ glyphs: Glyphs, width: Int = .max) -> String? {
    let parts = [(above, "↑", " above"), (below, "↓", " below")].filter { $0.0 > 0 }
    guard !parts.isEmpty else { return nil }
    let short = parts.map { glyphs.text($0.1) + " \($0.0) more" }
    let long = zip(short, parts).map { $0 + $1.2 }.joined(separator: "  ")
    return CellWidth.of(long) <= width ? long : short.joined(separator: "  ")
  }

  /// The count of a `ChoiceWindow`'s lines out of sight, at `row` under its choices' numbers,
  /// as on menus; nothing when every line shows.
  static func putLine(
    _ window: ChoiceWindow, scroll: Int, row: Int, left: Int, width: Int, _ canvas: inout Canvas
  ) {
    let hidden = window.hidden(at: scroll)
    guard
      let line = self.line(
        above: hidden.above, below: hidden.below, canvas.glyphs, width: width - 2)
    else { return }
    canvas.put(line, row: row, column: left + 2, role: .dim, limit: width - 2)
  }
}

/// Which items of a list fit in `rows`, keeping the selection in sight. When some do not fit,
/// one row is kept for a line that says how many are above and below.
struct ListWindow: Equatable {
  let first: Int
  let shown: Int
  let count: Int

  init(selection: Int, count: Int, rows: Int) {
    self.count = count
    let shown = count > rows ? max(1, rows - 1) : count
    self.shown = shown
    first = max(0, min(selection - shown + 1, count - shown))
  }

  var range: Range<Int> { first..<min(count, first + shown) }
  var above: Int { first }
  var below: Int { max(0, count - first - shown) }

  /// "↑ 2 more above  ↓ 5 more below" (shorter when narrower than `width`), or nil when every
  /// item shows.
  func moreLine(_ glyphs: Glyphs, width: Int = .max) -> String? {
    MoreMarker.line(above: above, below: below, glyphs, width: width)
  }
}
