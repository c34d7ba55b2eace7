import GuideContent
import GuideCore

/// "Your results": one row per attempt, newest first, with the overall fit and each score.
enum ResultsScreen {
  static func draw(_ guide: Guide, _ position: ResultsPosition, _ canvas: inout Canvas) {
    let left = Chrome.textLeft(canvas.size)
    let width = Chrome.textWidth(canvas.size)
    let top = Chrome.headerRows
    let rows = Chrome.bodyRows(canvas.size)
    // Titled and underlined as every screen is (docs/layout.md).
    let body = canvas.putTitle("Your results", row: top)
    let saved = guide.state.attempts
    let attempts = Array(saved.indices.reversed())
    guard !attempts.isEmpty else {
      for (offset, line) in Wrap.text(
        "No attempts yet. Take the self-assessment quiz and your results will be kept here. Press Enter to start it.",
        width: width
      ).enumerated() where body + offset < top + rows {
        canvas.put(line, row: body + offset, column: left)
      }
      return
    }
    // Every score is one Enter away; the list keeps to what fits without cutting a word.
    let listing = ResultsListRows(guide, width: width - 5)
    var row = body
    if let header = listing.header {
      canvas.put(header, row: row, column: left + 5, role: .dim, limit: width - 5)
      row += 1
    }
    let end = top + rows
    let first = listing.first(showing: position.selection, rows: end - row)
    for index in first..<listing.items.count where row < end {
      let selected = index == position.selection
      for (offset, text) in listing.items[index].enumerated() where row < end {
        let role = canvas.listRow(
          row, left: left, width: width, index: index, selected: selected && offset == 0)
        let style = selected ? Role.selection : role
        if offset == 0 {
          canvas.put(index < 9 ? "\(index + 1)" : " ", row: row, column: left + 2, role: style)
        } else if selected {
          canvas.frame.paint(row: row, from: left, to: left + width, role: .selection)
        }
        canvas.put(text, row: row, column: left + 5, role: style, limit: width - 5)
        row += 1
      }
    }
  }
}

extension ResultsListScreen: ScreenDrawing {
  func draw(_ guide: Guide, _ canvas: inout Canvas) {
    ResultsScreen.draw(guide, position, &canvas)
  }
}
