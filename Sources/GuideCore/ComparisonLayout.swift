import GuidePosting

/// Two postings' readings as lines of text: in columns, a label and what each posting says,
/// when the width gives each column room for its longest word; else stacked, each fact with
/// A's cell then B's beneath it. A word is never cut in columns, and a place ("line 12") is
/// kept whole in both.
public enum ComparisonLayout {
  /// The label column: "Years of experience" wraps after "Years of".
  static let labelWidth = 14
  /// Between columns.
  static let gap = 2
  /// Narrower than this, a column would hold a word or two a line: the rows are stacked.
  public static let narrowestColumn = 20

  /// The width of each posting's column at `width`, or nil when the rows must be stacked.
  public static func columnWidth(_ comparison: PostingComparison, width: Int) -> Int? {
    columnWidth(rows: comparison.rows, names: names(comparison), width: width)
  }

  static func columnWidth(rows: [PostingComparison.Row], names: [String], width: Int) -> Int? {
    let column = (width - labelWidth - 2 * gap) / 2
    guard column >= narrowestColumn else { return nil }
    let cells = rows.flatMap { [$0.a, $0.b] } + names
    let longest = cells.map(longestWord).max() ?? 0
    return longest <= column ? column : nil
  }

  /// The comparison as lines of at most `width` cells (a word wider than a stacked line is
  /// broken, as everywhere else), the title first and the disclaimer last.
  /// `drawn` turns each cell into the characters it is drawn in (ASCII on a plain terminal), so
  /// it is wrapped and aligned in that form.
  public static func text(
    _ comparison: PostingComparison, width: Int, drawn: (String) -> String = { $0 }
  ) -> [PostingReport.Line] {
    let rows = comparison.rows.map { row in
      var row = row
      (row.label, row.a, row.b) = (drawn(row.label), drawn(row.a), drawn(row.b))
      return row
    }
    let names = names(comparison).map(drawn)
    let column = columnWidth(rows: rows, names: names, width: width)
    var lines = wrapped(PostingComparison.Words.title, width).map {
      PostingReport.Line(0, $0, isHeading: true)
    }
    if let column {
      lines += columns("", names[0], names[1], column)
    } else {
      lines += names.flatMap { wrapped($0, width) }.map { PostingReport.Line(0, $0) }
    }
    var previous = 0
    for (index, row) in rows.enumerated() {
      // A blank line between the groups (the shares apart), and after a row of several lines
      // so the next label is not read as part of it.
      let isShare = row.shareA != nil || row.shareB != nil
      let wasShare = index > 0 && (rows[index - 1].shareA != nil || rows[index - 1].shareB != nil)
      if index == 0 || isShare != wasShare || (column != nil && previous > 1) {
        lines.append(PostingReport.Line(0, ""))
      }
      let drawn = column.map { columns(row.label, row.a, row.b, $0) } ?? stacked(row, width)
      previous = drawn.count
      lines += drawn
    }
    lines.append(PostingReport.Line(0, ""))
    return lines + wrapped(PostingReading.disclaimer, width).map { PostingReport.Line(0, $0) }
  }

  /// "A: developer-advocate.txt" and "B: …".
  static func names(_ comparison: PostingComparison) -> [String] {
    ["A: " + comparison.a.name, "B: " + comparison.b.name]
  }

  /// A row in three columns, each wrapped in its own, padded so the next column lines up.
  private static func columns(_ label: String, _ a: String, _ b: String, _ column: Int)
    -> [PostingReport.Line]
  {
    let cells = [wrapped(label, labelWidth), wrapped(a, column), wrapped(b, column)]
    let height = cells.map(\.count).max() ?? 0
    return (0..<height).map { line in
      let parts = cells.enumerated().map { index, cell in
        let text = line < cell.count ? cell[line] : ""
        let room = index == 0 ? labelWidth : column
        return index == 2 ? text : text + String(repeating: " ", count: room - CellWidth.of(text))
      }
      let joined = parts.joined(separator: String(repeating: " ", count: gap))
      return PostingReport.Line(0, String(joined.reversed().drop { $0 == " " }.reversed()))
    }
  }

  /// A row stacked: its label, then "A: …" and "B: …" indented beneath it.
  private static func stacked(_ row: PostingComparison.Row, _ width: Int) -> [PostingReport.Line] {
    var lines = wrapped(row.label, width).map { PostingReport.Line(0, $0) }
    for (mark, cell) in [("A: ", row.a), ("B: ", row.b)] {
      for (index, part) in wrapped(cell, width - 5).enumerated() {
        lines.append(PostingReport.Line(0, (index == 0 ? "  " + mark : "     ") + part))
      }
    }
    return lines
  }

  private static func wrapped(_ text: String, _ width: Int) -> [String] {
    text.isEmpty ? [""] : PostingLayout.wrapped(text, width: max(1, width))
  }

  /// The widest piece the wrap will not break: a word, or a place such as "(line 12),".
  private static func longestWord(_ text: String) -> Int {
    PostingLayout.keepingPlacesWhole(Wrap.pieces([(text, 0)]))
      .map { CellWidth.of($0.text) }.max() ?? 0
  }

  // MARK: - On the full screen

  /// The bar beside a share on the full screen is at most this wide.
  static let barWidth = 10

  /// The comparison as a page of the full screen: the text's lines, the title as a title with
  /// its rule and a blank line, and a bar after each share.
  public static func page(_ comparison: PostingComparison, width: Int, glyphs: Glyphs)
    -> PageView
  {
    let lines = text(comparison, width: width, drawn: glyphs.text)
    let column = columnWidth(
      rows: comparison.rows, names: names(comparison).map(glyphs.text), width: width)
    var shares = comparison.rows.filter { $0.shareA != nil || $0.shareB != nil }[...]
    var page: [PageLine] = []
    for (index, line) in lines.enumerated() {
      let style: SpanStyle = line.isHeading ? .title : (index == lines.count - 1 ? .dim : .plain)
      var drawn = PageLine(line.text.isEmpty ? [] : [Span(column: 0, .text(line.text, style))])
      if let row = shares.first, let bars = barred(line.text, row, column, width) {
        drawn = bars
        if column != nil || line.text.hasPrefix("  B: ") { shares.removeFirst() }
      }
      page.append(drawn)
      // The title underlined and set apart, as every screen's is (docs/layout.md).
      if line.isHeading, !(lines[safe: index + 1]?.isHeading ?? false) {
        let longest = lines.prefix(index + 1).map { CellWidth.of($0.text) }.max() ?? 0
        page += [PageLine([Span(column: 0, .rule(min(width, max(1, longest))))]), PageLine()]
      }
    }
    return PageView(width: width, lines: page, links: [])
  }

  /// A share row's line with a bar after each share, or nil when `text` is not that line: in
  /// columns, the label and both shares; stacked, "A: 40%" or "B: 21%" (B's line ends the row).
  private static func barred(
    _ text: String, _ row: PostingComparison.Row, _ column: Int?, _ width: Int
  ) -> PageLine? {
    func bar(_ share: Int?, at start: Int, room: Int) -> [Span] {
      guard let share, room >= 3 else { return [] }
      return [Span(column: start, .bar(eighths: (share * room * 8 + 50) / 100, of: room))]
    }
    if let column {
      guard text.hasPrefix(row.label + " ") else { return nil }
      let a = labelWidth + gap
      let b = a + column + gap
      let room = min(barWidth, column - 6)
      return PageLine(
        [Span(column: 0, .text(row.label, .plain)), Span(column: a, .text(row.a, .plain))]
          + bar(row.shareA, at: a + 5, room: room) + [Span(column: b, .text(row.b, .plain))]
          + bar(row.shareB, at: b + 5, room: room))
    }
    for (mark, cell, share) in [("  A: ", row.a, row.shareA), ("  B: ", row.b, row.shareB)]
    where text == mark + cell {
      return PageLine(
        [Span(column: 0, .text(text, .plain))]
          + bar(share, at: mark.count + 5, room: min(barWidth, width - mark.count - 5)))
    }
    return nil
  }
}
