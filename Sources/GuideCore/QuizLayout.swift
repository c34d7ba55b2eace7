import GuideContent

/// One step of the quiz (the intro, a question, its feedback, or "Leave the quiz?") laid out as
/// rows for a width, every word of it: a step taller than the window scrolls, it is never cut.
///
/// Core lays it out (`Guide.quizLayout`) to keep scrolling in bounds and the selected option in
/// sight, and the UI draws that same layout; text is wrapped in the form `glyphs` draw it in,
/// so lines wrap as they are drawn.
public struct QuizLayout: Sendable, Equatable {
  public enum Line: Sendable, Equatable {
    case text(String, SpanStyle)
    case blank
    /// "Question 7 of 24" and a bar of the same proportion.
    case progress(index: Int, total: Int)
    /// One row of an option; `first` on the row that carries its number.
    case option(String, index: Int, first: Bool)
  }

  /// Columns before an option's words: the selection marker, the number and a gap.
  public static let optionIndent = 5

  public var lines: [Line]
  /// The rows of each option, in order.
  public var options: [Range<Int>]
  /// The row to show at the top when the step opens: the verdict, on feedback taller than the
  /// window (the question was just on screen, and is a scroll away); else the first.
  public var start = 0
  /// The row of feedback's verdict ("Correct", "Not quite"), nil on other steps.
  public var verdict: Int?

  /// How the intro tells the keys on the full screen.
  public static let screenKeys =
    "Answer with a number, or arrows and Enter. s skips, Backspace goes back, Esc leaves and keeps your answers."

  /// `keys`: the intro's sentence on how to answer (the line mode types words, not keys).
  public init(
    _ guide: Guide, _ position: QuizPosition, width: Int, rows: Int,
    glyphs: Glyphs, keys: String = QuizLayout.screenKeys
  ) {
    // Blank lines and hints only when everything fits with them.
    // The title's rule goes first, then the blank lines and hints (docs/layout.md); a window
    // below 16 rows has no rule at all, as on every screen.
    let ruled = rows >= Chrome.bodyRows(Size(columns: width, rows: 16))
    var builder = Builder(width: width, roomy: true, ruled: ruled, keys: keys, form: glyphs.text)
    builder.build(guide, position)
    for roomy in [true, false] where builder.lines.count > rows {
      builder = Builder(width: width, roomy: roomy, ruled: false, keys: keys, form: glyphs.text)
      builder.build(guide, position)
    }
    lines = builder.lines
    options = builder.options
    verdict = builder.verdict
    if lines.count > rows, let verdict { start = verdict }
  }

  /// The step in a window of `rows`.
  public func window(rows: Int) -> ChoiceWindow {
    ChoiceWindow(lineCount: lines.count, choices: options, rows: rows)
  }

  // MARK: - Building

  private struct Builder {
    let width: Int
    let roomy: Bool
    /// Whether a title has its rule.
    let ruled: Bool
    let keys: String
    let form: (String) -> String
    var lines: [Line] = []
    var options: [Range<Int>] = []
    var verdict: Int?

    mutating func blank() { if roomy, !lines.isEmpty { lines.append(.blank) } }

    mutating func text(_ text: String, _ style: SpanStyle = .plain) {
      lines += Wrap.text(form(text), width: width).map { .text($0, style) }
    }

    mutating func options(_ labels: [String]) {
      for (index, label) in labels.enumerated() {
        let first = lines.count
        let wrapped = Wrap.text(form(label), width: max(1, width - QuizLayout.optionIndent))
        for (offset, line) in wrapped.enumerated() {
          lines.append(.option(line, index: index, first: offset == 0))
        }
        options.append(first..<lines.count)
      }
    }

    mutating func build(_ guide: Guide, _ position: QuizPosition) {
      guard let quiz = guide.pack.quiz else { return }
      if case .confirm(.leaveQuiz(_, _)) = guide.state.overlay {
        return leavePrompt(guide)
      }
      switch position.step {
      case .intro: intro(guide, quiz)
      case .question(let index):
        if let question = guide.quizQuestions[safe: index] {
          self.question(guide, quiz, index, question)
        }
      case .feedback(let index):
        if let question = guide.quizQuestions[safe: index] {
          feedback(guide, quiz, index, question)
        }
      }
    }

    mutating func leavePrompt(_ guide: Guide) {
      let answered = guide.quizProgress?.answers.count ?? 0
      let check = guide.quizForm == .check
      let title = check ? "Leave the check?" : "Leave the quiz?"
      text(title, .heading)
      if ruled {
        // Underlined like every screen's title (docs/layout.md).
        text(String(repeating: "─", count: min(width, CellWidth.of(form(title)))), .dim)
      }
      blank()
      let kept = "Your \(answered) answer\(answered == 1 ? " is" : "s are") kept"
      if answered == 0 {
        // "Your 0 answers are kept" read oddly in the screenshots.
        text("Nothing is answered yet, so there is nothing to keep.")
      } else {
        text(
          kept
            + (check
              ? " until you close the guide: open the check again to resume."
              : ": next time you open the quiz you can resume where you stopped."))
      }
      blank()
      options(["Leave", "Keep going"])
    }

    /// A short window shows the choices first, right under the title, and what the quiz is
    /// below them.
    mutating func intro(_ guide: Guide, _ quiz: Quiz) {
      let check = guide.quizForm == .check
      let name = check ? "check" : "quiz"
      let labels = guide.introChoices.map { choice -> String in
        switch choice {
        case .start: return "Start the \(name)"
        case .resume:
          return
            "Resume \(name) (\(guide.quizProgress?.answers.count ?? 0) of \(guide.quizQuestions.count) answered)"
        case .startOver: return "Start over"
        }
      }
      let (title, about) =
        check ? (guide.checkTitle, QuizLayout.checkIntro) : (quiz.title, quiz.intro)
      let counts = check ? QuizLayout.checkCounts(guide) : QuizLayout.counts(guide)
      text(title, .heading)
      if roomy {
        if ruled {
          // Underlined like every screen's title (docs/layout.md).
          text(String(repeating: "─", count: min(width, CellWidth.of(form(title)))), .dim)
        }
        blank()
        text(about)
        blank()
        text(counts, .dim)
        // Its own paragraph: run on after the counts it read as one sentence.
        blank()
        text(keys, .dim)
        blank()
        options(labels)
      } else {
        options(labels)
        lines.append(.blank)
        text(about)
        text(counts, .dim)
        text(keys, .dim)
      }
    }

    mutating func question(_ guide: Guide, _ quiz: Quiz, _ index: Int, _ question: Question) {
      lines.append(.progress(index: index, total: guide.quizQuestions.count))
      blank()
      if guide.quizProgress?.answers[question.id] == .skipped, roomy {
        text("You skipped this one; answer it now or press s to skip again.", .dim)
      } else if case .rating = question.kind, roomy {
        text("How much is this like you?", .dim)
      }
      if let page = guide.pageAfterQuiz(question) {
        text("From a page after the quiz: \(page).", .dim)
      } else if roomy, let page = guide.checkPage(question) {
        text("From the page \(page).", .dim)
      }
      text(question.text, .heading)
      blank()
      options(guide.options(of: question))
    }

    mutating func feedback(_ guide: Guide, _ quiz: Quiz, _ index: Int, _ question: Question) {
      guard case .knowledge(let choices, let answer, let explanation, let topic) = question.kind
      else { return }
      let right = guide.quizProgress?.answers[question.id] == .chose(answer)
      lines.append(.progress(index: index, total: guide.quizQuestions.count))
      blank()
      text(question.text, .heading)
      blank()
      verdict = lines.count
      text(
        right ? "✓ Correct: \(choices[answer])" : "✗ Not quite. The answer is: \(choices[answer])",
        right ? .good : .warn)
      text(explanation)
      blank()
      let title = guide.pack.topics[topic]?.title ?? topic
      let next = index + 1 < guide.quizQuestions.count ? "Next question" : "See your results"
      options([next, "Read more: \(title)"])
    }
  }

  /// About 15 seconds a question: "about 7 minutes".
  public static func duration(_ quiz: Quiz) -> String {
    duration(seconds: quiz.questions.count * 15)
  }

  /// "about 6 minutes", rounded up.
  static func duration(seconds: Int) -> String {
    let minutes = max(1, (seconds + 59) / 60)
    return "about \(minutes) minute\(minutes == 1 ? "" : "s")"
  }

  /// What the quiz holds and how long it takes, as the intro and home say it. An activity's
  /// two ratings take about 20 seconds together.
  public static func counts(_ guide: Guide) -> String {
    if let assessment = guide.pack.assessment {
      let count = assessment.activities.count
      return
        "\(count) activit\(count == 1 ? "y" : "ies"), each rated twice: how much you would enjoy "
        + "it and how often you have done it; \(duration(seconds: count * 20))."
    }
    guard let quiz = guide.pack.quiz else { return "" }
    let ratings = quiz.questions.filter {
      if case .rating = $0.kind { return true } else { return false }
    }.count
    let knowledge = quiz.questions.count - ratings
    return
      "\(quiz.questions.count) questions (\(ratings) statement\(ratings == 1 ? "" : "s") about you, \(knowledge) knowledge question\(knowledge == 1 ? "" : "s")), \(duration(quiz))."
  }

  /// About 20 seconds a scenario question, with its feedback.
  static let checkSeconds = 20

  /// What the knowledge check holds, as its intro says it.
  public static func checkCounts(_ guide: Guide) -> String {
    let count = guide.checkQuestions.count
    return
      "\(count) question\(count == 1 ? "" : "s"), each a situation from a page of the guide; "
      + "\(duration(seconds: count * checkSeconds))."
  }

  /// The home menu's line for the knowledge check: "16 questions, about 6 minutes".
  public static func checkSummary(_ guide: Guide) -> String {
    let count = guide.checkQuestions.count
    return "\(count) questions, \(duration(seconds: count * checkSeconds))"
  }

  /// What the check is for, shown before its first question.
  public static let checkIntro =
    "Judge a situation the way the guide's pages would. Your answers do not count toward "
    + "which job fits you; the result names the pages worth reading again. Answers are kept "
    + "until you close the guide."

  /// The home menu's line for the quiz: "18 activities, about 6 minutes".
  public static func summary(_ guide: Guide) -> String {
    if let assessment = guide.pack.assessment {
      let count = assessment.activities.count
      return "\(count) activities, \(duration(seconds: count * 20))"
    }
    guard let quiz = guide.pack.quiz else { return "" }
    return "\(quiz.questions.count) questions, \(duration(quiz))"
  }
}
