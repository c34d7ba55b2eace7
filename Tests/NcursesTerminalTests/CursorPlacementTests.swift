import GuideCore
import GuideUI
import Testing

@testable import NcursesTerminal

/// The cursor rests on the focused item without notching its highlight: where it stays
/// with a bar cursor, and which cell it moves to with a block cursor.
struct CursorPlacementTests {
  static let highlighted: Set<Role> = [.selection, .focusedLink, .link, .title, .match]

  /// One row: `text`, its `role` from column `from` to `to`, normal elsewhere.
  static func row(_ text: String, highlight from: Int, to: Int, role: Role = .selection) -> [Cell] {
    var frame = Frame(size: Size(columns: CellWidth.of(text), rows: 1))
    frame.put(text, row: 0, column: 0)
    frame.paint(row: 0, from: from, to: to, role: role)
    return frame.cells[0]
  }

  static func place(_ column: Int, _ cells: [Cell], bar: Bool = false) -> Int {
    CursorPlacement.column(column, in: cells, barCursor: bar, highlighted: highlighted.contains)
  }

  @Test func aBarCursorStaysOnTheFocusedItem() {
    let cells = Self.row("  › Item  ", highlight: 2, to: 8)
    #expect(Self.place(2, cells, bar: true) == 2)
  }

  @Test func aBlockCursorMovesToTheCellBeforeTheHighlight() {
    let cells = Self.row("see Breaking into DevRel now", highlight: 4, to: 24, role: .focusedLink)
    #expect(Self.place(4, cells) == 3)
    #expect(cells[3].role == .normal)
  }

  @Test func atTheLeftEdgeItMovesToTheFirstCellAfterTheHighlight() {
    let cells = Self.row("› Item    ", highlight: 0, to: 6)
    #expect(Self.place(0, cells) == 6)
  }

  /// The cell before is itself a link (two links side by side): past the focused one instead.
  @Test func aHighlightedNeighbourIsSkipped() {
    var cells = Self.row("ab cd ef", highlight: 3, to: 5, role: .focusedLink)
    cells[2].role = .link
    #expect(Self.place(3, cells) == 5)
  }

  @Test func aRowHighlightedEdgeToEdgeKeepsTheCursorWhereItIs() {
    let cells = Self.row("› Item", highlight: 0, to: 6)
    #expect(Self.place(0, cells) == 0)
  }

  @Test func aPlainCellKeepsTheCursor() {
    let cells = Self.row("typed text", highlight: 0, to: 0)
    #expect(Self.place(5, cells) == 5)
  }

  /// Never onto the second half of a wide character.
  @Test func neverOntoTheSecondHalfOfAWideCharacter() {
    let cells = Self.row("漢› Item", highlight: 2, to: 8)
    #expect(Self.place(2, cells) == 0)
    let after = Self.row("› Item漢", highlight: 0, to: 6)
    #expect(Self.place(0, after) == 6)
  }
}
