import GuideContent
import GuideCore

/// The quiz: intro, a question with numbered options, feedback, and the "leave?" prompt.
/// Progress ("Question 7 of 24" and a bar) is always at the top.
enum QuizScreen {
  static func draw(_ guide: Guide, _ position: QuizPosition, _ canvas: inout Canvas) -> [KeyHint] {
    guard let quiz = guide.pack.quiz else { return [] }
    var writer = Writer(canvas: canvas)
    defer { canvas = writer.canvas }
    if case .confirm(.leaveQuiz(_, let selection)) = guide.state.overlay {
      return leavePrompt(guide, selection: selection, &writer)
    }
    switch position.step {
    case .intro:
      return intro(guide, quiz, position, &writer)
    case .question(let index):
      return question(guide, quiz, index, position, &writer)
    case .feedback(let index):
      return feedback(guide, quiz, index, position, &writer)
    }
  }

  /// "Leave the quiz?", drawn in place of the question it was asked on.
  static func leavePrompt(_ guide: Guide, selection: Int, _ writer: inout Writer) -> [KeyHint] {
    let answered = guide.state.quiz?.answers.count ?? 0
    writer.heading("Leave the quiz?")
    writer.blank()
    writer.text(
      "Your \(answered) answer\(answered == 1 ? " is" : "s are") kept: next time you open the quiz you can resume where you stopped."
    )
    writer.blank()
    writer.options(["Leave", "Keep going"], selection: selection)
    return [KeyHint("Esc/y/1", "leave"), KeyHint("n/2", "keep going")]
  }

  static func intro(_ guide: Guide, _ quiz: Quiz, _ position: QuizPosition, _ writer: inout Writer)
    -> [KeyHint]
  {
    let ratings = quiz.questions.filter {
      if case .rating = $0.kind { return true } else { return false }
    }.count
    let counts =
      "\(quiz.questions.count) questions (\(ratings) statements about you, \(quiz.questions.count - ratings) knowledge questions), \(MenuScreen.duration(quiz))."
    let keys =
      "Answer with a number, or arrows and Enter. s skips, Backspace goes back, Esc leaves and keeps your answers."
    let labels = guide.introChoices.map { choice -> String in
      switch choice {
      case .start: return "Start the quiz"
      case .resume:
        return
          "Resume quiz (\(guide.state.quiz?.answers.count ?? 0) of \(quiz.questions.count) answered)"
      case .startOver: return "Start over"
      }
    }
    let full =
      5 + writer.lineCount(quiz.intro) + writer.lineCount(counts) + writer.lineCount(keys)
      + writer.optionLines(labels)
    writer.heading(quiz.title)
    if full <= writer.room {
      writer.blank()
      writer.text(quiz.intro)
      writer.blank()
      writer.text(counts, role: .dim)
      writer.text(keys, role: .dim)
      writer.blank()
    } else {
      // A short window gets the essentials; `?` lists the keys.
      writer.text("\(quiz.questions.count) questions, \(MenuScreen.duration(quiz)).", role: .dim)
    }
    writer.options(labels, selection: position.selection)
    let choose =
      labels.count == 1 ? KeyHint("Enter", "start") : KeyHint("1-\(labels.count)", "choose")
    return [choose, KeyHint("Esc", "back")]
  }

  static func question(
    _ guide: Guide, _ quiz: Quiz, _ index: Int, _ position: QuizPosition, _ writer: inout Writer
  ) -> [KeyHint] {
    let question = quiz.questions[index]
    let options = guide.options(of: question)
    let isRating: Bool
    if case .rating = question.kind { isRating = true } else { isRating = false }
    // On a short window the spacing and the "like you?" prompt go, so every option still fits.
    let roomy =
      4 + (isRating ? 1 : 0) + writer.lineCount(question.text) + writer.optionLines(options)
      <= writer.room
    writer.progress(index: index, total: quiz.questions.count)
    if roomy { writer.blank() }
    if guide.state.quiz?.answers[question.id] == .skipped, roomy {
      writer.text("You skipped this one; answer it now or press s to skip again.", role: .dim)
    } else if isRating, roomy {
      writer.text("How much is this like you?", role: .dim)
    }
    writer.text(question.text, role: .heading)
    if roomy { writer.blank() }
    writer.options(options, selection: position.selection)
    return [
      KeyHint("1-\(options.count)", "answer"), KeyHint("s", "skip"), KeyHint("Bksp", "previous"),
      KeyHint("Esc", "leave"),
    ]
  }

  static func feedback(
    _ guide: Guide, _ quiz: Quiz, _ index: Int, _ position: QuizPosition, _ writer: inout Writer
  ) -> [KeyHint] {
    let question = quiz.questions[index]
    guard case .knowledge(let options, let answer, let explanation, let topic) = question.kind
    else {
      return []
    }
    let glyphs = writer.canvas.glyphs
    let right = guide.state.quiz?.answers[question.id] == .chose(answer)
    let verdict =
      right
      ? "\(glyphs.check) Correct: \(options[answer])"
      : "\(glyphs.cross) Not quite. The answer is: \(options[answer])"
    let title = guide.pack.topics[topic]?.title ?? topic
    let next = index + 1 < quiz.questions.count ? "Next question" : "See your results"
    let choices = [next, "Read more: \(title)"]
    let essential =
      writer.lineCount(verdict) + writer.lineCount(explanation) + writer.optionLines(choices)
    // A short window drops the blank lines, then the progress and the question (the answer on
    // screen says what it was about), so the verdict, explanation and choices stay whole.
    let roomy = 4 + writer.lineCount(question.text) + essential <= writer.room
    if 1 + writer.lineCount(question.text) + essential <= writer.room {
      writer.progress(index: index, total: quiz.questions.count)
      if roomy { writer.blank() }
      writer.text(question.text, role: .heading)
      if roomy { writer.blank() }
    }
    writer.text(verdict, role: right ? .good : .warn)
    writer.text(explanation)
    if roomy { writer.blank() }
    writer.options(choices, selection: position.selection)
    return [
      KeyHint("1", "next"), KeyHint("2", "read more"), KeyHint("Bksp", "previous"),
      KeyHint("Esc", "leave"),
    ]
  }

  /// Writes lines top to bottom in the text column, keeping the options on screen.
  struct Writer {
    var canvas: Canvas
    var row = Chrome.headerRows
    var left: Int { Chrome.textLeft(canvas.size) }
    var width: Int { Chrome.textWidth(canvas.size) }
    var bottom: Int { Chrome.headerRows + Chrome.bodyRows(canvas.size) }

    init(canvas: Canvas) { self.canvas = canvas }

    /// Rows left below the current one.
    var room: Int { bottom - row }

    /// How many rows a text takes once wrapped.
    func lineCount(_ text: String) -> Int {
      Wrap.text(canvas.glyphs.text(text), width: width).count
    }

    mutating func heading(_ text: String) { self.text(text, role: .heading) }

    mutating func blank() { if row < bottom - 1 { row += 1 } }

    mutating func text(_ text: String, role: Role = .normal) {
      for line in Wrap.text(canvas.glyphs.text(text), width: width) where row < bottom {
        canvas.put(line, row: row, column: left, role: role)
        row += 1
      }
    }

    /// `Question 7 of 24` and a bar of the same proportion.
    mutating func progress(index: Int, total: Int) {
      let label = "Question \(index + 1) of \(total)  "
      let room = max(0, min(30, width - CellWidth.of(label)))
      let filled = total > 0 ? room * (index + 1) / total : 0
      var column = canvas.put(label, row: row, column: left, role: .dim)
      column = canvas.put(
        String(repeating: canvas.glyphs.filled, count: filled), row: row, column: column,
        role: .good)
      canvas.put(
        String(repeating: canvas.glyphs.empty, count: room - filled), row: row, column: column,
        role: .dim)
      row += 1
    }

    /// Each option wrapped to the room beside its number: never cut, however narrow.
    func wrapped(_ labels: [String]) -> [[String]] {
      labels.map { Wrap.text(canvas.glyphs.text($0), width: max(1, width - 5)) }
    }

    /// How many rows the options take once wrapped.
    func optionLines(_ labels: [String]) -> Int { wrapped(labels).map(\.count).reduce(0, +) }

    /// Numbered options, each on as many rows as it needs, the selected one marked; when they
    /// do not all fit, the options from the first that leaves the selected one whole.
    mutating func options(_ labels: [String], selection: Int) {
      let lines = wrapped(labels)
      let room = max(1, bottom - row)
      var start = 0
      while start < min(selection, lines.count - 1),
        lines[start...min(selection, lines.count - 1)].map(\.count).reduce(0, +) > room
      {
        start += 1
      }
      for index in lines.indices.dropFirst(start) where row < bottom {
        for (offset, line) in lines[index].enumerated() where row < bottom {
          let role = canvas.listRow(
            row, left: left, width: width, index: index, selected: index == selection)
          // The marker and number go on the first row; the rest are only highlighted.
          let first = offset == 0 ? "\(index + 1)" : ""
          if offset > 0 { canvas.put("   ", row: row, column: left, role: role) }
          canvas.put(first, row: row, column: left + 2, role: role)
          canvas.put(line, row: row, column: left + 5, role: role, limit: width - 5)
          row += 1
        }
      }
    }
  }
}
