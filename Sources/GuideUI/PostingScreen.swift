import GuideCore

/// The line of "Read a job posting": what to do, the path typed so far with the cursor, and
/// what went wrong with the last try. The reading itself is drawn as a page.
enum PostingScreen {
  static let title = "Read a job posting"
  static let intro =
    "Paste the whole posting here, or type the path of a text file that holds it and press "
    + "Enter. Nothing is sent anywhere."
  /// For a window too short for the intro.
  static let shortIntro = "Paste a posting, or type a file's path."
  /// Most readers paste; a path works too.
  static let label = "Paste or path: "

  static func draw(_ prompt: PostingPrompt, _ canvas: inout Canvas) {
    let left = Chrome.textLeft(canvas.size)
    let width = Chrome.textWidth(canvas.size)
    let top = Chrome.headerRows
    let rows = Chrome.bodyRows(canvas.size)
    let news: [(String, Role)] =
      if let problem = prompt.problem {
        Wrap.text(canvas.glyphs.text(problem), width: width).map { ($0, .warn) }
      } else if let pending = prompt.pending {
        [(canvas.fitted("Reading \(pending)\(canvas.glyphs.ellipsis)", width: width), .dim)]
      } else {
        []
      }
    // The line and what went wrong always show; the words above them as far as there is room,
    // each paragraph whole.
    let room = rows - 1 - (news.isEmpty ? 0 : 1 + news.count)
    let blank = ("", Role.normal)
    let introLines = wrapped(intro, width, canvas).map { ($0, Role.normal) }
    let shortLines = wrapped(shortIntro, width, canvas).map { ($0, Role.normal) }
    let heading = prompt.first == nil ? title : "Compare with a second posting"
    let rule = String(repeating: canvas.glyphs.horizontal, count: CellWidth.of(heading))
    let candidates: [[(String, Role)]] = [
      [(heading, .heading)] + (Chrome.underlinesTitles(canvas.size) ? [(rule, .dim)] : [])
        + [blank] + introLines + [blank], introLines + [blank],
      shortLines + [blank], shortLines,
    ]
    let above = candidates.first { $0.count <= room } ?? []
    var row = top
    for (text, role) in above {
      canvas.put(text, row: row, column: left, role: role, limit: width)
      row += 1
    }
    let end = canvas.put(label, row: row, column: left, role: .heading)
    let shown = tail(prompt.path, width: left + width - end - 1, canvas)
    canvas.frame.cursor = (row, canvas.put(shown, row: row, column: end))
    row += 2
    for (text, role) in news where row < top + rows {
      canvas.put(text, row: row, column: left, role: role, limit: width)
      row += 1
    }
  }

  private static func wrapped(_ text: String, _ width: Int, _ canvas: Canvas) -> [String] {
    Wrap.text(canvas.glyphs.text(text), width: width)
  }

  /// The end of the path when the whole does not fit: what was typed last stays in sight.
  static func tail(_ path: String, width: Int, _ canvas: Canvas) -> String {
    let text = canvas.glyphs.text(path)
    guard CellWidth.of(text) > width else { return text }
    let ellipsis = canvas.glyphs.ellipsis
    var kept = ""
    var cells = CellWidth.of(ellipsis)
    for character in text.reversed() {
      cells += CellWidth.of(String(character))
      if cells > width { break }
      kept.insert(character, at: kept.startIndex)
    }
    return ellipsis + kept
  }
}

extension PostingPrompt: ScreenDrawing {
  func draw(_ guide: Guide, _ canvas: inout Canvas) { PostingScreen.draw(self, &canvas) }
}
