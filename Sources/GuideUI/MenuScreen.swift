import GuideContent
import GuideCore

/// A menu: its title and summary, then numbered entries with a marker on the selected one.
/// Home adds the pack's tagline and a line about the last quiz.
enum MenuScreen {
  static func draw(_ guide: Guide, _ position: MenuPosition, _ canvas: inout Canvas) {
    let pack = guide.pack
    let isHome = position.id == GuideState.homeID
    let entries = guide.entries(ofMenu: position.id)
    let size = canvas.size
    // The text column every screen uses (docs/layout.md): centred on a wide window.
    let left = Chrome.textLeft(size)
    let width = Chrome.textWidth(size)
    let top = Chrome.headerRows
    let titles = entries.map { pack.title(of: $0) }
    // A column for progress marks, once the reader has made any.
    let markWidth = guide.state.marks.keys.allSatisfy(PlanView.isActionMark) ? 0 : 2
    let titleWidth = min(
      width - 5 - markWidth, (titles.map { CellWidth.of(canvas.glyphs.text($0)) }.max() ?? 0))
    let detailWidth = width - 8 - markWidth - titleWidth
    let description =
      entries.indices.contains(position.selection)
      ? summaryBelow(entries[position.selection], guide, detailWidth, width, canvas) : []
    let rows = Chrome.bodyRows(size) - description.count
    for (offset, line) in description.enumerated() {
      canvas.put(line, row: top + rows + offset, column: left, role: .dim, limit: width)
    }

    let around = MenuSurroundings.menu(guide, position, entries, width: width, rows: rows, canvas)
    // Home sits a third of the way down a tall window rather than clinging to the top, at the
    // same place whichever entry is selected: it leaves room for the tallest summary, so a
    // move never shifts the menu (which would also make curses scroll the whole screen).
    let tallest =
      isHome
      ? entries.map { summaryBelow($0, guide, detailWidth, width, canvas).count }.max() ?? 0 : 0
    let roomAbove = Chrome.bodyRows(size) - tallest
    var row = top + (isHome ? max(0, roomAbove - around.height) / 3 : 0)
    for (text, role) in around.intro {
      canvas.put(text, row: row, column: left, role: role, limit: width)
      row += 1
    }
    if !around.intro.isEmpty { row += around.gap }

    let window = ListWindow(
      selection: position.selection, count: entries.count, rows: max(1, top + rows - row))
    let columns = MenuColumns(
      left: left, width: width, markWidth: markWidth, titleWidth: titleWidth,
      detailWidth: detailWidth)
    drawEntries(
      guide, position, entries, titles, window: window, top: row, columns: columns, &canvas)
    if let more = window.moreLine(canvas.glyphs, width: width - 2) {
      canvas.put(more, row: row + window.shown, column: left + 2, role: .dim, limit: width - 2)
    }
    var noteRow = row + window.shown + 1
    for note in around.outro where noteRow < top + rows {
      canvas.putFitted(note, row: noteRow, column: left, width: width, role: .dim)
      noteRow += 1
    }
  }

  /// The entries `window` shows from row `top`: number, progress mark, title, and the grey
  /// summary beside it where there is room; the selected row highlighted across the column.
  static func drawEntries(
    _ guide: Guide, _ position: MenuPosition, _ entries: [MenuEntry], _ titles: [String],
    window: ListWindow, top: Int, columns: MenuColumns, _ canvas: inout Canvas
  ) {
    let left = columns.left
    let titleLeft = left + 5 + columns.markWidth
    for index in window.range {
      let number = index < 9 ? "\(index + 1)" : " "
      let itemRow = top + index - window.first
      let role = canvas.listRow(
        itemRow, left: left, width: columns.width, index: index,
        selected: index == position.selection)
      canvas.put(number, row: itemRow, column: left + 2, role: role)
      if let id = entries[index].topicID, let mark = guide.state.marks[id] {
        canvas.put(
          MarkGlyph.symbol(mark, canvas.glyphs), row: itemRow, column: left + 5, role: role)
      }
      canvas.putFitted(
        titles[index], row: itemRow, column: titleLeft, width: columns.titleWidth, role: role)
      let detailColumn = titleLeft + columns.titleWidth + 3
      if columns.detailWidth >= 20, let detail = detail(entries[index], guide) {
        // Grey beside the others; inside the highlight on the selected row, which spans the
        // whole column as every list's does (docs/layout.md).
        canvas.putFitted(
          detail, row: itemRow, column: detailColumn, width: columns.detailWidth,
          role: role == .selection ? .selection : .dim)
      }
    }
  }

  /// An entry's whole summary, wrapped, for under the menu when its row cuts it (as dialog
  /// shows an item's help); none when the row shows it whole.
  ///
  /// It takes at most half the body, so at least two entries and the "more" line still show;
  /// a longer summary ends with an ellipsis (the page itself has it whole).
  static func summaryBelow(
    _ entry: MenuEntry, _ guide: Guide, _ detailWidth: Int, _ width: Int, _ canvas: Canvas
  ) -> [String] {
    guard let text = detail(entry, guide).map(canvas.glyphs.text),
      detailWidth < 20 || CellWidth.of(text) > detailWidth
    else { return [] }
    let lines = Wrap.text(text, width: width)
    let room = min(lines.count, max(0, Chrome.bodyRows(canvas.size) / 2))
    guard room < lines.count else { return lines }
    guard room > 0 else { return [] }
    let rest = lines[(room - 1)...].joined(separator: " ")
    return Array(lines.prefix(room - 1)) + [canvas.fitted(rest, width: width)]
  }

  /// The grey words beside an entry: the topic's summary, or the quiz's state.
  static func detail(_ entry: MenuEntry, _ guide: Guide) -> String? {
    switch entry.target {
    case .topic(let id): return guide.pack.topics[id]?.summary
    case .quiz:
      if let progress = guide.state.quiz, !progress.answers.isEmpty {
        return
          "In progress: \(progress.answers.count) of \(guide.quizQuestions.count) answered"
      }
      return guide.pack.quiz.map { _ in QuizLayout.summary(guide) }
    case .check:
      if let progress = guide.state.check, !progress.answers.isEmpty {
        return "In progress: \(progress.answers.count) of \(guide.checkQuestions.count) answered"
      }
      return QuizLayout.checkSummary(guide)
    case .results:
      let count = guide.state.attempts.count
      return count == 0 ? "No attempts yet" : "\(count) attempt\(count == 1 ? "" : "s") saved"
    case .posting:
      return "Paste one and see what its words ask for"
    }
  }

  /// About 15 seconds a question: "about 7 minutes".
  static func duration(_ quiz: Quiz) -> String { QuizLayout.duration(quiz) }

  /// Lines under the home menu: where the reader stands with the quiz, and where help is.
  static func homeNotes(_ guide: Guide, _ glyphs: Glyphs) -> [String] {
    let quizNumber = guide.pack.home.firstIndex { $0.target == .quiz }.map { $0 + 1 }
    var notes: [String] = []
    let counts = guide.markCounts()
    if !counts.isEmpty {
      let total = guide.readableTopics.count
      let done = counts[.done] ?? 0
      let parts = glyphs.bar(eighths: total > 0 ? done * 80 / total : 0, of: 10)
      let bar = parts.filled + parts.empty
      var line = "Progress \(bar) \(done) of \(total) topics done"
      if let learning = counts[.learning] { line += ", \(learning) learning" }
      if let skipped = counts[.skipped] { line += ", \(skipped) skipped" }
      notes.append(line + ". (R resets)")
    }
    let orphaned = guide.orphanedMarks.count
    if orphaned > 0 {
      notes.append(
        "\(orphaned) saved mark\(orphaned == 1 ? " is" : "s are") for topics this guide no longer has; kept."
      )
    }
    let latest = Attempt.latestFit(guide.state.attempts)
    if let last = latest, let reading = guide.reading(of: last) {
      let date = last.date.isEmpty ? "just now" : Guide.shortDate(last.date)
      notes.append("Last assessment: \(date). " + FitWords.headline(reading))
      if let progress = guide.planView?.progress(guide.state.marks), progress.total > 0 {
        notes.append("Your plan: \(progress.done) of \(progress.total) done. Press p to see it.")
      }
    } else if let last = latest, let overall = Scoring.overall(last.scores) {
      let date = last.date.isEmpty ? "just now" : Guide.shortDate(last.date)
      let band = guide.pack.quiz.flatMap { Scoring.band($0, overall: overall) }
      notes.append(
        "Last quiz: \(date), overall fit \(overall) of 100"
          + (band.map { " (\($0.label))." } ?? "."))
      if let progress = guide.planView?.progress(guide.state.marks), progress.total > 0 {
        notes.append("Your plan: \(progress.done) of \(progress.total) done. Press p to see it.")
      }
    } else if let progress = guide.state.quiz, !progress.answers.isEmpty, let quizNumber {
      notes.append("Quiz in progress: press \(quizNumber) to resume where you stopped.")
    } else if let quizNumber {
      let what = guide.pack.assessment == nil ? "the self-assessment quiz" : "which job fits you"
      notes.append("Not sure it is for you? Press \(quizNumber) for \(what).")
    }
    notes.append("Press ? for every key; devrel-guide --help for the command line.")
    return notes
  }
}

extension MenuPosition: ScreenDrawing {
  func draw(_ guide: Guide, _ canvas: inout Canvas) { MenuScreen.draw(guide, self, &canvas) }
}

/// What a menu shows above and below its entries (title, rule, summary; notes), cut to fit.
struct MenuSurroundings {
  var intro: [(String, Role)]
  var gap: Int
  var outro: [String]
  let entries: Int

  /// A menu's title (underlined where the window has the rows) and summary above its entries,
  /// home's notes or the marks' legend below, cut to fit `rows`.
  static func menu(
    _ guide: Guide, _ position: MenuPosition, _ entries: [MenuEntry], width: Int, rows: Int,
    _ canvas: Canvas
  ) -> MenuSurroundings {
    let pack = guide.pack
    let isHome = position.id == GuideState.homeID
    let size = canvas.size
    let title = isHome ? pack.manifest.title : pack.topics[position.id]?.title ?? position.id
    let summary = isHome ? pack.manifest.tagline : pack.topics[position.id]?.summary ?? ""
    // Underlined, as every screen's title is where the window has the rows.
    var intro: [(String, Role)] = [(title, .heading)]
    if Chrome.underlinesTitles(size) {
      intro.append((String(repeating: canvas.glyphs.horizontal, count: CellWidth.of(title)), .dim))
    }
    let summaryLines = Wrap.text(canvas.glyphs.text(summary), width: width).map { ($0, Role.dim) }
    intro += summaryLines
    var outro: [String] = isHome ? MenuScreen.homeNotes(guide, canvas.glyphs) : []
    if !isHome,
      entries.contains(where: { $0.topicID.map { guide.state.marks[$0] != nil } ?? false })
    {
      outro.append(MarkGlyph.legend(canvas.glyphs))
    }
    var around = MenuSurroundings(intro: intro, gap: 1, outro: outro, entries: entries.count)
    around.fit(rows: rows, summaryLines: summaryLines.count)
    return around
  }

  /// The rows the intro, the gap, the entries and the notes take.
  var height: Int {
    intro.count + (intro.isEmpty ? 0 : gap) + entries + (outro.isEmpty ? 0 : outro.count + 1)
  }

  /// The entries always show; when rows are short the notes go first, then the summary (whole:
  /// half a sentence would read as the whole of it), then the rule, the gap and the title.
  mutating func fit(rows: Int, summaryLines: Int) {
    while height > rows, !outro.isEmpty { outro.removeLast() }
    if height > rows, summaryLines > 0 { intro.removeLast(summaryLines) }
    while height > rows, intro.count > 1 { intro.removeLast() }
    if height > rows { gap = 0 }
    if height > rows { intro.removeAll() }
  }
}

/// Where a menu's columns sit: the text column, the mark column (when any page is marked), the
/// titles' width and the summaries' beside them.
struct MenuColumns {
  let left: Int
  let width: Int
  let markWidth: Int
  let titleWidth: Int
  let detailWidth: Int
}
