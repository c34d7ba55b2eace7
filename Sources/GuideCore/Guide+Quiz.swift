import GuideContent

/// The quiz: an intro (start, or resume a saved quiz), one question at a time, feedback after
/// knowledge questions, and a "leave?" prompt on Esc. Every answer is saved as it is given.
extension Guide {
  /// The choices the intro offers: resume and start over when a quiz is saved, else start.
  public var introChoices: [IntroChoice] {
    if let progress = state.quiz, progress.packID == pack.manifest.id, !progress.answers.isEmpty {
      return [.resume, .startOver]
    }
    return [.start]
  }

  public enum IntroChoice: Sendable, Equatable {
    case start, resume, startOver
  }

  /// The choices shown after a knowledge question.
  public enum FeedbackChoice: Sendable, Equatable, CaseIterable {
    case next, readMore
  }

  /// The options a question offers: the scale for statements, its own options otherwise.
  public func options(of question: Question) -> [String] {
    switch question.kind {
    case .rating: return pack.quiz?.scale ?? []
    case .knowledge(let options, _, _, _): return options
    }
  }

  /// Opens the quiz intro (home entry, `devrel-guide quiz`).
  public mutating func openQuiz() {
    guard pack.quiz != nil else {
      state.status = "This guide has no quiz."
      return
    }
    push(.quiz(QuizPosition(step: .intro)))
  }

  mutating func quizKey(_ key: Key, _ position: QuizPosition) -> [Effect] {
    guard let quiz = pack.quiz else {
      goBack()
      return []
    }
    switch position.step {
    case .intro: return introKey(key, position)
    case .question(let index): return questionKey(key, index, position, quiz)
    case .feedback(let index): return feedbackKey(key, index, position, quiz)
    case .confirmLeave(let index): return confirmKey(key, index, position)
    }
  }

  // MARK: - Steps

  private mutating func introKey(_ key: Key, _ position: QuizPosition) -> [Effect] {
    let choices = introChoices
    switch choose(key, position, count: choices.count) {
    case .moved(let selection):
      state.screen = .quiz(QuizPosition(step: .intro, selection: selection))
    case .chose(let index):
      switch choices[index] {
      case .resume:
        let current = min(state.quiz?.current ?? 0, (pack.quiz?.questions.count ?? 1) - 1)
        showQuestion(current)
        return []
      case .start, .startOver:
        let progress = QuizProgress(packID: pack.manifest.id, packVersion: pack.manifest.version)
        state.quiz = progress
        showQuestion(0)
        return choices[index] == .startOver ? [.clearProgress] : []
      }
    case .back: goBack()
    case .skip, .none: break
    }
    return []
  }

  private mutating func questionKey(
    _ key: Key, _ index: Int, _ position: QuizPosition, _ quiz: Quiz
  ) -> [Effect] {
    let question = quiz.questions[index]
    switch choose(key, position, count: options(of: question).count) {
    case .moved(let selection):
      state.screen = .quiz(QuizPosition(step: .question(index), selection: selection))
      return []
    case .chose(let option):
      return answer(index, .chose(option), quiz)
    case .skip:
      return answer(index, .skipped, quiz)
    case .back:
      if key == .escape {
        state.screen = .quiz(QuizPosition(step: .confirmLeave(index)))
      } else if index > 0 {
        showQuestion(index - 1)
      } else {
        state.screen = .quiz(QuizPosition(step: .intro))
      }
      return []
    case .none:
      return []
    }
  }

  private mutating func feedbackKey(
    _ key: Key, _ index: Int, _ position: QuizPosition, _ quiz: Quiz
  ) -> [Effect] {
    if key == .character(" ") || key == .character("n") { return advance(from: index, quiz) }
    switch choose(key, position, count: FeedbackChoice.allCases.count) {
    case .moved(let selection):
      state.screen = .quiz(QuizPosition(step: .feedback(index), selection: selection))
      return []
    case .chose(let choice):
      if FeedbackChoice.allCases[choice] == .readMore,
        case .knowledge(_, _, _, let topic) = quiz.questions[index].kind
      {
        state.screen = .quiz(QuizPosition(step: .feedback(index), selection: choice))
        openTopic(topic)
        return []
      }
      return advance(from: index, quiz)
    case .skip:
      return advance(from: index, quiz)
    case .back:
      if key == .escape {
        state.screen = .quiz(QuizPosition(step: .confirmLeave(index)))
      } else {
        showQuestion(index)
      }
      return []
    case .none:
      return []
    }
  }

  private mutating func confirmKey(_ key: Key, _ index: Int, _ position: QuizPosition) -> [Effect] {
    switch key {
    case .character("y"), .character("1"), .escape:
      // A second Esc leaves: the answers are kept, and Esc held down always reaches home.
      goBack()
    case .character("n"), .character("2"), .backspace, .left:
      showQuestion(index)
    case .up, .down, .character("j"), .character("k"), .tab, .backTab:
      state.screen = .quiz(
        QuizPosition(step: .confirmLeave(index), selection: 1 - position.selection))
    case .enter:
      if position.selection == 0 { goBack() } else { showQuestion(index) }
    default:
      break
    }
    return []
  }

  // MARK: - Answers

  private mutating func answer(_ index: Int, _ answer: Answer, _ quiz: Quiz) -> [Effect] {
    var progress =
      state.quiz ?? QuizProgress(packID: pack.manifest.id, packVersion: pack.manifest.version)
    let question = quiz.questions[index]
    progress.answers[question.id] = answer
    progress.current = index + 1
    state.quiz = progress
    if case .knowledge = question.kind, case .chose = answer {
      state.screen = .quiz(QuizPosition(step: .feedback(index)))
      return [.saveProgress(progress)]
    }
    return [.saveProgress(progress)] + advance(from: index, quiz)
  }

  private mutating func advance(from index: Int, _ quiz: Quiz) -> [Effect] {
    if index + 1 < quiz.questions.count {
      state.quiz?.current = index + 1
      showQuestion(index + 1)
      return []
    }
    guard let progress = state.quiz else { return [] }
    let attempt = Scoring.attempt(quiz, progress: progress)
    state.quiz = nil
    state.attempts.append(attempt)
    state.screen = .results(ResultsPosition(attempt: state.attempts.count - 1))
    return [.clearProgress, .recordAttempt(attempt)]
  }

  /// Shows a question with its earlier answer (if any) selected.
  private mutating func showQuestion(_ index: Int) {
    var selection = 0
    if let quiz = pack.quiz, quiz.questions.indices.contains(index),
      case .chose(let chosen) = state.quiz?.answers[quiz.questions[index].id]
    {
      selection = chosen
    }
    state.screen = .quiz(QuizPosition(step: .question(index), selection: selection))
  }

  /// The app stored an attempt with its date: it replaces the undated one the quiz added.
  mutating func recordAttempt(_ attempt: Attempt) {
    if let index = state.attempts.lastIndex(where: {
      $0.date.isEmpty && $0.answers == attempt.answers
    }) {
      state.attempts[index] = attempt
      pageCache = nil
    } else {
      state.attempts.append(attempt)
    }
  }

  // MARK: - Choosing among numbered options

  enum Choice: Equatable {
    case moved(Int)
    case chose(Int)
    case skip
    case back
    case none
  }

  /// Keys on any numbered list of options: arrows move, digits and Enter choose.
  func choose(_ key: Key, _ position: QuizPosition, count: Int) -> Choice {
    guard count > 0 else { return key == .escape ? .back : .none }
    switch key {
    case .up, .character("k"), .backTab:
      return .moved((position.selection - 1 + count) % count)
    case .down, .character("j"), .tab:
      return .moved((position.selection + 1) % count)
    case .character(let digit) where digit.wholeNumberValue != nil:
      guard let number = digit.wholeNumberValue, (1...count).contains(number) else { return .none }
      return .chose(number - 1)
    case .enter, .right, .character("l"):
      return .chose(min(max(0, position.selection), count - 1))
    case .character("s"):
      return .skip
    case .escape, .backspace, .left, .character("h"):
      return .back
    default:
      return .none
    }
  }
}
