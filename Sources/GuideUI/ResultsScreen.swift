import GuideContent
import GuideCore

/// "Your results": one row per attempt, newest first, with the overall fit and each score.
enum ResultsScreen {
  static func draw(_ guide: Guide, _ position: ResultsPosition, _ canvas: inout Canvas) {
    let left = Chrome.textLeft(canvas.size)
    let width = Chrome.textWidth(canvas.size)
    let top = Chrome.headerRows
    let rows = Chrome.bodyRows(canvas.size)
    canvas.put("Your results", row: top, column: left, role: .heading)
    let saved = guide.state.attempts
    let attempts = Array(saved.indices.reversed())
    guard !attempts.isEmpty else {
      for (offset, line) in Wrap.text(
        "No attempts yet. Take the self-assessment quiz and your results will be kept here. Press Enter to start it.",
        width: width
      ).enumerated() where top + 2 + offset < top + rows {
        canvas.put(line, row: top + 2 + offset, column: left)
      }
      return
    }
    // The list stays narrow enough for 80 columns; every score is one Enter away.
    let quiz = guide.pack.quiz
    let columns: [(String, (Int) -> String)] = [
      ("Date", { Guide.attemptLabel(saved, $0) }),
      (
        "Fit",
        { index in
          if saved[index].isCheck { return "knowledge check" }
          guard let reading = guide.reading(of: saved[index]) else {
            return Scoring.overall(saved[index].scores).map(String.init) ?? "-"
          }
          return reading.best.map { "\($0.role.title) \($0.fit)" } ?? "no clear lean"
        }
      ),
      ("Knowledge", { saved[$0].knowledge.map { "\($0.correct) of \($0.total)" } ?? "-" }),
      (
        "Strongest",
        { index in
          let attempt = saved[index]
          return quiz.flatMap { Scoring.verdict($0, scores: attempt.scores).strongest }.map {
            "\($0.title) \(attempt.scores[$0.id] ?? 0)"
          } ?? "-"
        }
      ),
    ]
    let widths = columns.map { column in
      max(CellWidth.of(column.0), attempts.map { CellWidth.of(column.1($0)) }.max() ?? 0)
    }
    func line(_ cells: [String]) -> String {
      zip(cells, widths).map { cell, width in
        cell + String(repeating: " ", count: max(0, width - CellWidth.of(cell)))
      }.joined(separator: "  ")
    }
    canvas.putFitted(
      line(columns.map(\.0)), row: top + 2, column: left + 5, width: width - 5, role: .dim)
    let visible = max(1, rows - 3)
    let first = max(0, min(position.selection - visible + 1, attempts.count - visible))
    for index in first..<min(attempts.count, first + visible) {
      let row = top + 3 + index - first
      let role = canvas.listRow(
        row, left: left, width: width, index: index, selected: index == position.selection)
      canvas.put(index < 9 ? "\(index + 1)" : " ", row: row, column: left + 2, role: role)
      canvas.putFitted(
        line(columns.map { $0.1(attempts[index]) }), row: row, column: left + 5, width: width - 5,
        role: role)
    }
  }
}

extension ResultsListScreen: ScreenDrawing {
  func draw(_ guide: Guide, _ canvas: inout Canvas) {
    ResultsScreen.draw(guide, position, &canvas)
  }
}
