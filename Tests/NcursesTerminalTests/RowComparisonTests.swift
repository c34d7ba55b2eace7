import GuideCore
import GuideUI
import Testing

@testable import NcursesTerminal

/// The terminal skips a row that `RowComparison.same` calls unchanged, so it must agree with
/// `[Cell] ==` on every pair of rows: checked on every pair of rows of up to three cells
/// drawn from cells that differ in text, in role, or in both.
@Suite("Row comparison")
struct RowComparisonTests {
  static let cells = [
    Cell(" "), Cell("a"), Cell("a", role: .selection), Cell(""), Cell("\u{E9}"),
    Cell("\u{1F600}", role: .title),
  ]

  static func rows(upTo length: Int) -> [[Cell]] {
    var rows: [[Cell]] = [[]]
    var last: [[Cell]] = [[]]
    for _ in 0..<length {
      last = last.flatMap { row in cells.map { row + [$0] } }
      rows += last
    }
    return rows
  }

  @Test func agreesWithEqualityOnEveryPair() {
    let rows = Self.rows(upTo: 3)
    var same = 0
    for old in rows {
      for new in rows {
        let answer = RowComparison.same(old, new)
        #expect(answer == (old == new))
        if answer { same += 1 }
      }
    }
    // Every row is the same as itself and only itself.
    #expect(same == rows.count)
  }
}
