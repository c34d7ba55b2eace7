/// The quiz in the line mode: each step, and "Leave the quiz?" over it, as numbered lines.
extension Guide {
  func quizLineText(_ position: QuizPosition, quizOnly: Bool) -> [LineModeText] {
    guard pack.quiz != nil else { return [] }
    let name = position.form == .check ? "check" : "quiz"
    if case .confirm(.leaveQuiz) = state.overlay {
      return [.text(""), .text("Leave the \(name)? Your answers are kept.")]
        + .numbered(["Leave", "Keep going"])
    }
    switch position.step {
    case .intro:
      let choices = introChoices.map { choice -> String in
        switch choice {
        case .start: return "Start the \(name)"
        case .resume: return "Resume the \(name) (\(quizProgress?.answers.count ?? 0) answered)"
        case .startOver: return "Start over"
        }
      }
      return [.text(""), .text(quizTitle)] + .wrapped(quizAbout) + .numbered(choices)
    case .question(let index):
      guard let question = quizQuestions[safe: index] else { return [] }
      var lines: [LineModeText] = [
        .text(""), .text("Question \(index + 1) of \(quizQuestions.count)"),
      ]
      if case .rating = question.kind { lines.append(.text("How much is this like you?")) }
      if let page = pageAfterQuiz(question) {
        lines.append(.text("From a page after the quiz: \(page)."))
      } else if let page = checkPage(question) {
        lines.append(.text("From the page \(page)."))
      }
      return lines + .wrapped(question.text) + .numbered(options(of: question))
    case .feedback(let index):
      guard let question = quizQuestions[safe: index],
        case .knowledge(let options, let answer, let explanation, let topic) = question.kind
      else { return [] }
      let right = quizProgress?.answers[question.id] == .chose(answer)
      let title = pack.topics[topic]?.title ?? topic
      return [.text(right ? "Correct." : "Not quite. The answer is: \(options[answer])")]
        + .wrapped(explanation)
        + (quizOnly
          ? [.text("Read more: devrel-guide show \(topic)")]
          : .numbered(["Next question", "Read more: \(title)"]))
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
    switch position.step {
    case .intro: return introChoices.count
    case .question(let index):
      return quizQuestions[safe: index].map { options(of: $0).count } ?? 0
    case .feedback: return FeedbackChoice.allCases.count
    }
  }
}
