import GuideContent
import GuideCore

/// The quiz: intro, a question with numbered options, feedback, and the "leave?" prompt, each
/// laid out whole by `QuizLayout`. A step taller than the window scrolls, with a line that
/// counts the rows out of sight above and below, as lists do.
enum QuizScreen {
  static func draw(_ guide: Guide, _ position: QuizPosition, _ canvas: inout Canvas) {
    guard guide.pack.quiz != nil else { return }
    let rows = Chrome.bodyRows(canvas.size)
    let layout = guide.quizLayout(position)
    if case .confirm(.leaveQuiz(_, let selection)) = guide.state.overlay {
      draw(layout, scroll: 0, selection: selection, rows: rows, &canvas)
    } else {
      draw(layout, scroll: position.scroll, selection: position.selection, rows: rows, &canvas)
    }
  }

  /// The rows of `layout` from `scroll` (within bounds), options numbered and the selected one
  /// marked; when some rows are out of sight, the body's last row counts them.
  static func draw(
    _ layout: QuizLayout, scroll: Int, selection: Int, rows: Int, _ canvas: inout Canvas
  ) {
    let left = Chrome.textLeft(canvas.size)
    let width = Chrome.textWidth(canvas.size)
    let top = Chrome.headerRows
    let window = layout.window(rows: rows)
    let first = window.bounded(scroll)
    for (offset, line) in layout.lines.dropFirst(first).prefix(window.visibleRows).enumerated() {
      let row = top + offset
      switch line {
      case .blank:
        break
      case .text(let text, let style):
        canvas.put(
          canvas.glyphs.text(text), row: row, column: left, role: Glyphs.role(style, focus: nil),
          limit: width)
      case .progress(let index, let total):
        progress(index: index, total: total, row: row, left: left, width: width, &canvas)
      case .option(let text, let index, let isFirst):
        let role = canvas.listRow(
          row, left: left, width: width, index: index, selected: index == selection)
        // The marker and number go on the first row; the rest are only highlighted.
        if !isFirst { canvas.put("   ", row: row, column: left, role: role) }
        canvas.put(isFirst ? "\(index + 1)" : "", row: row, column: left + 2, role: role)
        canvas.put(
          canvas.glyphs.text(text), row: row, column: left + QuizLayout.optionIndent, role: role,
          limit: width - QuizLayout.optionIndent)
      }
    }
    MoreMarker.putLine(
      window, scroll: first, row: top + window.visibleRows, left: left, width: width, &canvas)
  }

  /// `Question 7 of 24` and a bar of the same proportion.
  static func progress(
    index: Int, total: Int, row: Int, left: Int, width: Int, _ canvas: inout Canvas
  ) {
    let label = "Question \(index + 1) of \(total)  "
    let room = max(0, min(30, width - CellWidth.of(label)))
    let bar = canvas.glyphs.bar(eighths: total > 0 ? room * 8 * (index + 1) / total : 0, of: room)
    var column = canvas.put(label, row: row, column: left, role: .dim)
    column = canvas.put(bar.filled, row: row, column: column, role: .chart)
    canvas.put(bar.empty, row: row, column: column, role: .dim)
  }
}

extension QuizPosition: ScreenDrawing {
  func draw(_ guide: Guide, _ canvas: inout Canvas) { QuizScreen.draw(guide, self, &canvas) }
}
