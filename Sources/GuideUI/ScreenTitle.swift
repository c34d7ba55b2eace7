import GuideCore

/// A screen's title as the layout grammar draws it (docs/layout.md): at the text column's left
/// edge on the body's first row, underlined with a rule as wide as its words (on a window of
/// 16 rows or more), then a blank line. Menus, the quiz, the plan and the posting prompt draw it here; pages and results lay
/// the same three rows out in their lines.
extension Canvas {
  /// Draws the title at `row` (the body's first unless the screen moves it down) and returns
  /// the row below its blank line.
  @discardableResult
  mutating func putTitle(_ title: String, row: Int = Chrome.headerRows) -> Int {
    let left = Chrome.textLeft(size)
    let width = Chrome.textWidth(size)
    let shown = fitted(title, width: width)
    put(shown, row: row, column: left, role: .heading, limit: width)
    if Chrome.underlinesTitles(size) {
      let rule = String(repeating: glyphs.horizontal, count: min(width, CellWidth.of(shown)))
      put(rule, row: row + 1, column: left, role: .dim)
    }
    return row + Chrome.titleRows(size)
  }
}
