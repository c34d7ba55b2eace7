/// A key the user pressed, already decoded from the terminal's bytes.
public enum Key: Sendable, Equatable, Hashable {
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
public struct Size: Sendable, Equatable, Hashable, CustomStringConvertible {
  public var columns: Int
  public var rows: Int

  public init(columns: Int, rows: Int) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
  }

  public var description: String { "\(columns)x\(rows)" }
}
