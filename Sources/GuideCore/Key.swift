/// A key the user pressed, already decoded from the terminal's bytes.
package enum Key: Sendable, Equatable, Hashable {
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, tab, backTab
  /// The Delete key (`ESC [ 3 ~`): deletes the character after the cursor in the search line.
  case delete
  /// A printable character, including digits and space.
  case character(Character)
  /// Ctrl with a letter, lower case: `.control("l")` is Ctrl-L.
  case control(Character)
}

/// A terminal size in cells.
package struct Size: Sendable, Equatable, Hashable, CustomStringConvertible {
  package var columns: Int
  package var rows: Int

  package init(columns: Int, rows: Int) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
  }

  package var description: String { "\(columns)x\(rows)" }
}
