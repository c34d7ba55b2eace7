/// The quiz in the line mode: each step, and "Leave the quiz?" over it, as numbered lines.
extension Guide {
  func quizLineText(_ position: QuizPosition, quizOnly: Bool) -> [LineModeText] {
    guard let quiz = pack.quiz else { return [] }
    if case .confirm(.leaveQuiz) = state.overlay {
      return [.text(""), .text("Leave the quiz? Your answers are kept.")]
        + .numbered(["Leave", "Keep going"])
    }
    switch position.step {
    case .intro:
      let choices = introChoices.map { choice -> String in
        switch choice {
        case .start: return "Start the quiz"
        case .resume: return "Resume the quiz (\(state.quiz?.answers.count ?? 0) answered)"
        case .startOver: return "Start over"
        }
      }
      return [.text(""), .text(quiz.title)] + .wrapped(quiz.intro) + .numbered(choices)
    case .question(let index):
      guard let question = quizQuestions[safe: index] else { return [] }
      var lines: [LineModeText] = [
        .text(""), .text("Question \(index + 1) of \(quizQuestions.count)"),
      ]
      if case .rating = question.kind { lines.append(.text("How much is this like you?")) }
      if let page = pageAfterQuiz(question) {
        lines.append(.text("From a page after the quiz: \(page)."))
      }
      return lines + .wrapped(question.text) + .numbered(options(of: question))
    case .feedback(let index):
      guard let question = quizQuestions[safe: index],
        case .knowledge(let options, let answer, let explanation, let topic) = question.kind
      else { return [] }
      let right = state.quiz?.answers[question.id] == .chose(answer)
      let title = pack.topics[topic]?.title ?? topic
      return [.text(right ? "Correct." : "Not quite. The answer is: \(options[answer])")]
        + .wrapped(explanation)
        + (quizOnly
          ? [.text("Read more: devrel-guide show \(topic)")]
          : .numbered(["Next question", "Read more: \(title)"]))
    }
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
