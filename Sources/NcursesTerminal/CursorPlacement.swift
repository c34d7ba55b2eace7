import GuideUI

/// Where the terminal's cursor rests on the focused item without spoiling its highlight.
///
/// Screen readers follow the cursor, so it sits on the focused link or row. A block cursor
/// inverts its cell, which cuts a notch into a reversed or underlined highlight; a bar cursor
/// (DECSCUSR, terminfo `Ss`) does not, so with one the cursor stays put. Without one it moves
/// to the nearest cell of the same row that is not highlighted: the one before, else the first
/// after the highlight. A row highlighted from edge to edge keeps it where it is.
enum CursorPlacement {
  static func column(
    _ column: Int, in cells: [Cell], barCursor: Bool, highlighted: (Role) -> Bool
  ) -> Int {
    guard !barCursor, cells.indices.contains(column), highlighted(cells[column].role) else {
      return column
    }
    // The cell before, or the wide character whose second half it is.
    var before = column - 1
    if before > 0, cells[before].text.isEmpty { before -= 1 }
    if before >= 0, !highlighted(cells[before].role) { return before }
    var after = column + 1
    while after < cells.count, highlighted(cells[after].role) || cells[after].text.isEmpty {
      after += 1
    }
    return after < cells.count ? after : column
  }
}
