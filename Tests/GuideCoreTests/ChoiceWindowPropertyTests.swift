import GuideCore
import PropertyBased
import Testing

/// The window over a quiz step or a plan: whatever the lines, choices, rows and keys, the scroll
/// stays in bounds, a selected choice that fits is shown whole, and Down from the top reaches
/// every line.
@Suite("Choice window")
struct ChoiceWindowPropertyTests {
  /// Text lines before, then choices of 1 to 6 lines each, in a window of 1 to 20 rows.
  static let shapes = Gen.int(in: 0...12).array(of: 2...2)
  static let heights = Gen.int(in: 1...6).array(of: 1...6)

  @Test func theScrollStaysInBoundsAndTheSelectedChoiceShowsWhole() async {
    await propertyCheck(
      count: 500, input: Self.shapes, Self.heights, Gen.int(in: 1...20), Gen.int(in: 0...5)
    ) { text, heights, rows, selection in
      Self.check(before: text[0], after: text[1], heights: heights, rows: rows, selection)
    }
  }

  static func window(before: Int, after: Int, heights: [Int], rows: Int) -> ChoiceWindow {
    var choices: [Range<Int>] = []
    var line = before
    for height in heights {
      choices.append(line..<(line + height))
      line += height
    }
    return ChoiceWindow(lineCount: line + after, choices: choices, rows: rows)
  }

  static func check(before: Int, after: Int, heights: [Int], rows: Int, _ selection: Int) {
    let window = window(before: before, after: after, heights: heights, rows: rows)
    let selection = selection % heights.count
    #expect(window.visibleRows == (window.lineCount <= rows ? rows : max(1, rows - 1)))
    for start in [0, window.maxScroll / 2, window.maxScroll, window.maxScroll + 3] {
      let scroll = window.scroll(start, showing: selection)
      #expect((0...window.maxScroll).contains(scroll))
      let range = window.choices[selection]
      if range.count <= window.visibleRows {
        #expect(scroll <= range.lowerBound && range.upperBound <= scroll + window.visibleRows)
      } else {
        #expect(scroll == range.lowerBound)
      }
      for key in [Key.down, .up, .pageDown, .pageUp] {
        if let next = window.scroll(after: key, selection: selection, scroll: scroll) {
          #expect((0...window.maxScroll).contains(next), "\(key) from \(scroll)")
        }
      }
    }
    // Down from the top, moving on when it does not scroll, sees every line before it wraps.
    var scroll = 0
    var selected = 0
    var seen = Set(0..<min(window.lineCount, window.visibleRows))
    for _ in 0..<(window.lineCount + heights.count + 2) {
      if let next = window.scroll(after: .down, selection: selected, scroll: scroll) {
        scroll = next
      } else if selected + 1 < heights.count {
        selected += 1
        scroll = window.scroll(scroll, showing: selected)
      } else {
        break
      }
      seen.formUnion(scroll..<min(window.lineCount, scroll + window.visibleRows))
    }
    #expect(seen.count == window.lineCount, "lines \(window.lineCount) rows \(rows)")
  }
}
