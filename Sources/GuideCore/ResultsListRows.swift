import GuideContent

/// What "Your results" lists for each attempt, newest first, fitted to a width without cutting
/// a word: as many columns as fit (date, fit, knowledge, strongest), dropped from the right;
/// when even the date and the fit do not fit side by side, each attempt takes a few rows, its
/// date and then its fit wrapped, and the column heads go.
public struct ResultsListRows: Equatable, Sendable {
  /// The column heads, spaced as the rows; nil when each attempt is a block of rows.
  public let header: String?
  /// Each attempt's rows, newest first: one in columns, a few as a block.
  public let items: [[String]]

  /// Space between two columns.
  static let gap = 2

  public init(_ guide: Guide, width: Int) {
    let saved = guide.state.attempts
    let attempts = Array(saved.indices.reversed())
    let columns = Self.columns(guide)
    let widths = columns.map { column in
      max(CellWidth.of(column.head), attempts.map { CellWidth.of(column.cell($0)) }.max() ?? 0)
    }
    let shown = (2...max(2, columns.count)).reversed().first { count in
      widths.prefix(count).reduce(0, +) + Self.gap * (count - 1) <= width
    }
    guard let shown else {
      header = nil
      items = attempts.map { index in
        [Guide.attemptLabel(saved, index)]
          + Wrap.text(Self.fitWords(guide, index), width: max(1, width))
      }
      return
    }
    func line(_ cells: [String]) -> String {
      let padded = zip(cells.prefix(shown), widths).map { cell, width in
        cell + String(repeating: " ", count: max(0, width - CellWidth.of(cell)))
      }
      var line = padded.joined(separator: String(repeating: " ", count: Self.gap))
      while line.last == " " { line.removeLast() }
      return line
    }
    header = line(columns.map(\.head))
    items = attempts.map { index in [line(columns.map { $0.cell(index) })] }
  }

  /// The first of `count` items to draw so that item `selection` shows in `rows` rows.
  public func first(showing selection: Int, rows: Int) -> Int {
    var first = 0
    while first < selection,
      items[first...min(selection, items.count - 1)].map(\.count).reduce(0, +) > rows
    {
      first += 1
    }
    return first
  }

  /// The columns, each a head and what it says for attempt `index`.
  private static func columns(_ guide: Guide) -> [(head: String, cell: (Int) -> String)] {
    let saved = guide.state.attempts
    let quiz = guide.pack.quiz
    return [
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
  }

  /// An attempt's fit in words, for a block without column heads.
  private static func fitWords(_ guide: Guide, _ index: Int) -> String {
    let attempt = guide.state.attempts[index]
    if attempt.isCheck {
      return attempt.knowledge.map { "knowledge check, \($0.correct) of \($0.total) right" }
        ?? "knowledge check"
    }
    if let reading = guide.reading(of: attempt) {
      return reading.best.map { "best fit: \($0.role.title) \($0.fit)" } ?? "no clear lean"
    }
    return Scoring.overall(attempt.scores).map { "earlier quiz, fit \($0) of 100" }
      ?? "earlier quiz, no score"
  }
}
