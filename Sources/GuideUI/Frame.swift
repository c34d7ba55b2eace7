import GuideCore

/// A clickable span of a row and the event a click there sends.
public struct ClickTarget: Sendable, Equatable {
  public var row: Int
  public var columns: Range<Int>
  public var event: Event

  public init(row: Int, columns: Range<Int>, event: Event) {
    self.row = row
    self.columns = columns
    self.event = event
  }
}

/// A span of a row whose text links to an outside `https:`/`http:` address, kept beside the
/// cells as data: only the terminal decides whether and how to make it a hyperlink.
public struct Hyperlink: Sendable, Equatable {
  public var row: Int
  public var columns: Range<Int>
  public var url: String

  public init(row: Int, columns: Range<Int>, url: String) {
    self.row = row
    self.columns = columns
    self.url = url
  }
}

/// One terminal cell: a grapheme and its role. A wide grapheme fills its cell and leaves the
/// next cell's `text` empty, the way the terminal itself lays it out.
public struct Cell: Sendable, Equatable {
  public var text: String
  public var role: Role

  public init(_ text: String = " ", role: Role = .normal) {
    self.text = text
    self.role = role
  }
}

/// A whole screen, drawn in memory; the terminal only copies it out.
public struct Frame: Sendable, Equatable {
  public let size: Size
  public private(set) var cells: [[Cell]]
  /// Where the terminal's cursor should rest (the focused item), so screen readers follow it.
  public var cursor: (row: Int, column: Int)?
  /// What a mouse click on each clickable span means.
  public var clickTargets: [ClickTarget] = []
  /// The outside addresses shown on screen, where their text is.
  public var hyperlinks: [Hyperlink] = []

  /// The event for a click at a cell, if anything is clickable there.
  public func event(atRow row: Int, column: Int) -> Event? {
    clickTargets.last { $0.row == row && $0.columns.contains(column) }?.event
  }

  /// Each row is a buffer of its own from the start: rows made by repeating one row shared
  /// it, and the first cell put in each row copied the whole row, cell by cell (issue 33).
  public init(size: Size) {
    self.size = size
    self.cells = (0..<max(0, size.rows)).map { _ in
      Array(repeating: Cell(), count: max(0, size.columns))
    }
  }

  /// The text of a cell holding each printable ASCII byte (0x20 to 0x7E), made once: making
  /// a one-byte string per cell was a tenth of a menu move's instructions (issue 33).
  static let asciiTexts: [String] = (0x20..<0x7F).map { String(Unicode.Scalar(UInt8($0))) }

  public static func == (lhs: Frame, rhs: Frame) -> Bool {
    lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursor?.row == rhs.cursor?.row
      && lhs.cursor?.column == rhs.cursor?.column && lhs.clickTargets == rhs.clickTargets
      && lhs.hyperlinks == rhs.hyperlinks
  }

  /// Writes text at a position, clipped to the row, never splitting a wide character.
  /// Returns the column after the last cell written.
  @discardableResult
  public mutating func put(
    _ text: String, row: Int, column: Int, role: Role = .normal, limit: Int? = nil
  )
    -> Int
  {
    guard row >= 0, row < size.rows else { return column }
    let end = min(size.columns, limit.map { column + $0 } ?? size.columns)
    var col = column
    // Printable ASCII, nearly all a frame puts, is a cell a byte: no grapheme breaking and no
    // width look-up, a third of a menu move's instructions before (issue 33).
    if CellWidth.isPrintableASCII(text) {
      let texts = Frame.asciiTexts
      cells[row].withUnsafeMutableBufferPointer { cells in
        for byte in text.utf8 {
          guard col >= 0, col < end else { break }
          cells[col] = Cell(texts[Int(byte) - 0x20], role: role)
          col += 1
        }
      }
      return col
    }
    for grapheme in text {
      let width = CellWidth.of(grapheme)
      if width == 0 { continue }
      guard col >= 0, col + width <= end else { break }
      cells[row][col] = Cell(String(grapheme), role: role)
      if width == 2 { cells[row][col + 1] = Cell("", role: role) }
      col += width
    }
    return col
  }

  /// Gives a span of cells a role without changing their text.
  public mutating func paint(row: Int, from: Int, to: Int, role: Role) {
    guard row >= 0, row < size.rows else { return }
    for col in max(0, from)..<min(size.columns, max(from, to)) { cells[row][col].role = role }
  }

  /// The text of each row, trailing spaces kept; for tests and plain dumps.
  public var lines: [String] {
    cells.map { $0.map(\.text).joined() }
  }
}
