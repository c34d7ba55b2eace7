import Testing

@testable import NcursesTerminal

/// `COLUMNS=100000` made curses fail to start and the guide blame `TERM`: such a size is now
/// refused by name, at the limit and one past it.
@Suite("COLUMNS and LINES")
struct SizeVariablesTests {
  let window = (columns: 80, rows: 24)

  @Test func sizesAWindowCanHaveAreUsed() {
    #expect(SizeVariables.problem(columns: nil, lines: nil, window: window) == nil)
    #expect(SizeVariables.problem(columns: "10000", lines: "100", window: window) == nil)
    #expect(SizeVariables.problem(columns: "1000", lines: "1000", window: window) == nil)
    // Curses ignores what is not a positive number, so it is no problem here either.
    #expect(SizeVariables.problem(columns: "abc", lines: "-5", window: window) == nil)
  }

  @Test func aSizeNoWindowHasIsNamed() {
    #expect(
      SizeVariables.problem(columns: "100000", lines: nil, window: window)
        == "COLUMNS=100000 is larger than any window (at most 10000 a side) — "
        + "unset it, or set it to the window's size")
    #expect(
      SizeVariables.problem(columns: nil, lines: "10001", window: window)
        == "LINES=10001 is larger than any window (at most 10000 a side) — "
        + "unset it, or set it to the window's size")
    #expect(
      SizeVariables.problem(columns: "1001", lines: "1000", window: window)
        == "COLUMNS=1001 and LINES=1000 make a screen of more than 1000000 cells — "
        + "unset them, or set them to the window's size")
    #expect(
      SizeVariables.problem(columns: "\(Int.max)", lines: "\(Int.max)", window: window)?
        .hasPrefix("COLUMNS=") == true)
  }
}
