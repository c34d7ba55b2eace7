/// Text and choices of several rows each (a quiz step, "Your plan") in a window of `rows`.
///
/// When the lines do not all fit, one row of the window is kept for a line that counts those
/// out of sight. Down and Up read on like a page until the selected choice is whole in sight,
/// then move the selection; PgUp and PgDn turn a screenful. Core keeps the scroll in bounds
/// with it, the UI draws the same window.
public struct ChoiceWindow: Sendable, Equatable {
  public let lineCount: Int
  /// The lines of each choice, in order.
  public let choices: [Range<Int>]
  public let rows: Int

  public init(lineCount: Int, choices: [Range<Int>], rows: Int) {
    self.lineCount = lineCount
    self.choices = choices
    self.rows = rows
  }

  /// Lines on screen at once: all when they fit, else one fewer than the rows, for the count.
  public var visibleRows: Int { lineCount <= rows ? rows : max(1, rows - 1) }

  public var maxScroll: Int { max(0, lineCount - visibleRows) }

  public func bounded(_ scroll: Int) -> Int { min(max(0, scroll), maxScroll) }

  /// Lines out of sight above and below the window at `scroll`.
  public func hidden(at scroll: Int) -> (above: Int, below: Int) {
    let first = bounded(scroll)
    return (first, max(0, lineCount - first - visibleRows))
  }

  /// `scroll` moved as little as shows choice `index` whole (its top, when it is taller than
  /// the window).
  public func scroll(_ scroll: Int, showing index: Int) -> Int {
    var scroll = bounded(scroll)
    guard let range = choices[safe: index] else { return scroll }
    if range.upperBound > scroll + visibleRows { scroll = range.upperBound - visibleRows }
    if range.lowerBound < scroll { scroll = range.lowerBound }
    return bounded(scroll)
  }

  /// The new scroll for a key that scrolls rather than moves the selection, or nil: PgUp and
  /// PgDn always; Down while the selected choice ends below the window, or on the last choice
  /// with lines below it; Up while it starts above the window, or on the first choice with
  /// lines above it. So Down from the top reads every line before it wraps to the first.
  public func scroll(after key: Key, selection: Int, scroll: Int) -> Int? {
    guard maxScroll > 0 else { return nil }
    let scroll = bounded(scroll)
    let selected = choices[safe: selection] ?? 0..<0
    let page = max(1, visibleRows - 1)
    switch key {
    case .pageDown: return bounded(scroll + page)
    case .pageUp: return bounded(scroll - page)
    case .down, .character("j"):
      if selected.upperBound > scroll + visibleRows { return scroll + 1 }
      return selection == choices.count - 1 && scroll < maxScroll ? scroll + 1 : nil
    case .up, .character("k"):
      if selected.lowerBound < scroll { return scroll - 1 }
      return selection == 0 && scroll > 0 ? scroll - 1 : nil
    default: return nil
    }
  }
}
