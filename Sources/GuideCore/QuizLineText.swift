/// The quiz in the line mode: the same layout as on the screen (`QuizLayout`), so each step
/// and "Leave the quiz?" are written once, printed as numbered lines.
extension Guide {
  /// How the line mode's intro tells the words it takes.
  static let lineModeQuizKeys =
    "Answer with the number of an option; s skips, b goes back, q stops and keeps your answers."

  /// The step as lines: options numbered, feedback from its verdict (the question was printed
  /// just before it); `quizOnly` (`quiz --plain`) names the page to read instead of asking.
  func quizLineText(_ position: QuizPosition, quizOnly: Bool) -> [LineModeText] {
    let layout = QuizLayout(
      self, position, width: 78, rows: .max, glyphs: glyphs, keys: Self.lineModeQuizKeys)
    var lines = layout.lines
    if let verdict = layout.verdict, state.overlay == nil {
      lines = Array(lines[verdict...])
      if quizOnly, case .feedback(let index) = position.step,
        case .knowledge(_, _, _, let topic) = quizQuestions[safe: index]?.kind
      {
        lines = lines.filter { if case .option = $0 { false } else { true } }
        while lines.last == .blank { lines.removeLast() }
        lines.append(.text("Read more: devrel-guide show \(topic)", .plain))
      }
    }
    return (layout.verdict == nil ? [.text("")] : []) + lines.map(Self.lineModeText)
  }

  /// `quiz --plain`'s opening: the intro step without its choices, as the quiz starts at once.
  public var quizIntroLineText: [LineModeText] {
    guard pack.quiz != nil else { return [] }
    var lines = QuizLayout(
      self, QuizPosition(step: .intro, form: quizForm), width: 78, rows: .max, glyphs: glyphs,
      keys: Self.lineModeQuizKeys
    ).lines
    lines.removeAll { if case .option = $0 { true } else { false } }
    while lines.last == .blank { lines.removeLast() }
    return [.text("")] + lines.map(Self.lineModeText)
  }

  private static func lineModeText(_ line: QuizLayout.Line) -> LineModeText {
    switch line {
    case .text(let text, _): .text(text)
    case .blank: .text("")
    case .progress(let index, let total): .text("Question \(index + 1) of \(total)")
    case .option(let text, let index, let first):
      .text(first ? "  \(index + 1)) \(text)" : "     \(text)")
    }
  }

  /// The title of the quiz on show, or of the knowledge check.
  public var quizTitle: String {
    quizForm == .check ? checkTitle : pack.quiz?.title ?? "Quiz"
  }

  /// What the quiz (or the knowledge check) on show is for.
  public var quizAbout: String {
    quizForm == .check ? QuizLayout.checkIntro : pack.quiz?.intro ?? ""
  }

  /// How many numbered choices the quiz step on screen offers (0 elsewhere).
  public var quizLineChoices: Int {
    guard case .quiz(let position) = state.screen else { return 0 }
    if case .confirm(.leaveQuiz) = state.overlay { return 2 }
    return quizOptionCount(position.step)
  }
}
