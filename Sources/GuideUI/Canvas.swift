import GuideCore

/// A frame plus the glyph set: every string drawn goes through `Glyphs.text`, so no screen can
/// forget to make its text ASCII on a non-UTF-8 terminal.
struct Canvas {
  var frame: Frame
  let glyphs: Glyphs

  init(size: Size, unicode: Bool) {
    frame = Frame(size: size)
    glyphs = Glyphs(unicode: unicode)
  }

  var size: Size { frame.size }

  /// Draws text clipped to `limit` cells (default: to the edge); returns the next column.
  @discardableResult
  mutating func put(_ text: String, row: Int, column: Int, role: Role = .normal, limit: Int? = nil)
    -> Int
  {
    frame.put(glyphs.text(text), row: row, column: column, role: role, limit: limit)
  }

  /// Text that must fit in `width` cells, cut with an ellipsis when it does not.
  mutating func putFitted(_ text: String, row: Int, column: Int, width: Int, role: Role = .normal) {
    put(fitted(text, width: width), row: row, column: column, role: role, limit: width)
  }

  func fitted(_ text: String, width: Int) -> String {
    let text = glyphs.text(text)
    guard CellWidth.of(text) > width else { return text }
    let ellipsis = glyphs.ellipsis
    let room = width - CellWidth.of(ellipsis)
    guard width >= CellWidth.of(ellipsis) else { return "" }
    // Printable ASCII is a cell a byte: cut the bytes, not the characters (a menu cuts a
    // summary on every row of every frame).
    if CellWidth.isPrintableASCII(text) {
      return String(decoding: text.utf8.prefix(room), as: UTF8.self) + ellipsis
    }
    var cut = ""
    var used = 0
    for character in text {
      used += CellWidth.of(character)
      if used > room { break }
      cut.append(character)
    }
    return cut + ellipsis
  }

  mutating func fill(row: Int, role: Role) {
    frame.put(String(repeating: " ", count: size.columns), row: row, column: 0, role: role)
  }

  /// One row of a list: clickable (a click chooses item `index`) and, when selected, marked
  /// with `›`, highlighted across the whole `width` (one highlight for every list, so menus,
  /// the quiz, the plan and results look alike), and holding the cursor for screen readers.
  /// Returns the role for the row's text.
  mutating func listRow(
    _ row: Int, left: Int, width: Int, index: Int, selected: Bool
  ) -> Role {
    frame.clickTargets.append(
      ClickTarget(row: row, columns: left..<(left + width), event: .chooseItem(index)))
    guard selected else { return .normal }
    frame.paint(row: row, from: left, to: left + width, role: .selection)
    put(glyphs.marker, row: row, column: left, role: .selection)
    frame.cursor = (row, left)
    return .selection
  }
}
