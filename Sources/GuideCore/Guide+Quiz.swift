import GuideContent

/// The quiz: an intro (start, or resume a saved quiz), one question at a time, feedback after
/// knowledge questions, and a "leave?" prompt on Esc. Every answer is saved as it is given.
extension Guide {
  /// The choices the intro offers: resume and start over when a quiz is saved, else start.
  public var introChoices: [IntroChoice] {
    if let progress = quizProgress, progress.packID == pack.manifest.id, !progress.answers.isEmpty {
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

  /// The options a question offers: the scale for statements, its facet's scale for an
  /// activity, its own options otherwise.
  public func options(of question: Question) -> [String] {
    switch question.kind {
    case .rating: return pack.quiz?.scale ?? []
    case .knowledge(let options, _, _, _): return options
    case .activity(_, let facet): return pack.assessment?.scale(facet) ?? []
    }
  }

  /// The questions the quiz screen on show asks: on the knowledge check, the quiz's knowledge
  /// questions; else the assessment's activities, twice each, when the pack has one; else the
  /// quiz's own questions, both kinds.
  public var quizQuestions: [Question] {
    if quizForm == .check { return checkQuestions }
    return pack.assessment?.questions ?? pack.quiz?.questions ?? []
  }

  /// The knowledge questions of the quiz, in its order: what "Check what you learnt" asks.
  public var checkQuestions: [Question] {
    (pack.quiz?.questions ?? []).filter {
      if case .knowledge = $0.kind { return true } else { return false }
    }
  }

  /// The form of the quiz screen on show (`.quiz` on any other screen).
  public var quizForm: QuizForm {
    if case .quiz(let position) = state.screen { return position.form }
    return .quiz
  }

  /// The answers so far of the form on show: the saved quiz, or the check held in memory.
  public internal(set) var quizProgress: QuizProgress? {
    get { quizForm == .check ? state.check : state.quiz }
    set {
      if quizForm == .check { state.check = newValue } else { state.quiz = newValue }
    }
  }

  /// The knowledge check's title: its home entry's words, else "Check what you learnt".
  public var checkTitle: String {
    pack.title(of: pack.home.first { $0.target == .check } ?? MenuEntry(.check))
  }

  /// Opens the quiz intro (home entry, `devrel-guide quiz`).
  mutating func openQuiz() {
    guard pack.quiz != nil, !(pack.assessment?.questions ?? pack.quiz?.questions ?? []).isEmpty
    else {
      state.status = "This guide has no quiz."
      return
    }
    push(.quiz(QuizPosition(step: .intro)))
  }

  /// Opens the knowledge check's intro (home entry, `devrel-guide check`).
  mutating func openCheck() {
    guard !checkQuestions.isEmpty else {
      state.status = "This guide has no knowledge questions to check."
      return
    }
    push(.quiz(QuizPosition(step: .intro, form: .check)))
  }

  /// Saving the answers so far: the quiz's are stored after every answer; the check's are not.
  private func saving(_ progress: QuizProgress) -> [Effect] {
    quizForm == .check ? [] : [.saveProgress(progress)]
  }

  /// How many options a step of the quiz offers.
  func quizOptionCount(_ step: QuizPosition.Step) -> Int {
    switch step {
    case .intro: return introChoices.count
    case .question(let index):
      return quizQuestions[safe: index].map { options(of: $0).count } ?? 0
    case .feedback: return FeedbackChoice.allCases.count
    }
  }

  mutating func quizKey(_ key: Key, _ position: QuizPosition) -> [Effect] {
    guard pack.quiz != nil else {
      goBack()
      return []
    }
    if case .feedback(let index) = position.step, key == .character(" ") || key == .character("n") {
      return advance(from: index)
    }
    if let scroll = quizWindow(position).scroll(
      after: key, selection: position.selection, scroll: position.scroll)
    {
      var position = position
      position.scroll = scroll
      state.screen = .quiz(position)
      return []
    }
    let list = ListNavigation(selection: position.selection, count: quizOptionCount(position.step))
    switch list.outcome(of: key) {
    case .selected(let selection):
      select(selection, position)
      return []
    case .chose(let index):
      return quizOptionChosen(index, position)
    case .back:
      quizBack(key, position)
      return []
    case .other where key == .character("s"):
      switch position.step {
      case .intro: return []
      case .question(let index): return answer(index, .skipped)
      case .feedback(let index): return advance(from: index)
      }
    case .other:
      return []
    }
  }

  // MARK: - Scrolling a step taller than the window

  /// The quiz step on screen laid out for the window, in the form it is drawn in.
  public func quizLayout(_ position: QuizPosition) -> QuizLayout {
    QuizLayout(
      self, position, width: Chrome.textWidth(state.size), rows: Chrome.bodyRows(state.size),
      glyphs: glyphs)
  }

  /// The quiz step on screen in the window's body.
  func quizWindow(_ position: QuizPosition) -> ChoiceWindow {
    quizLayout(position).window(rows: Chrome.bodyRows(state.size))
  }

  /// Selects an option, scrolling as little as shows it whole.
  mutating func select(_ selection: Int, _ position: QuizPosition) {
    var position = position
    position.selection = selection
    position.scroll = quizWindow(position).scroll(position.scroll, showing: selection)
    state.screen = .quiz(position)
  }

  /// Opens a step of the quiz at its first row (feedback at its verdict).
  mutating func showStep(_ step: QuizPosition.Step, selection: Int = 0) {
    var position = QuizPosition(step: step, selection: selection, form: quizForm)
    position.scroll = quizWindow(position).bounded(quizLayout(position).start)
    state.screen = .quiz(position)
  }

  /// The title of a question's page when the reader meets it only after the quiz: it is not
  /// among the pages the home menu lists before the quiz (or their sub-pages). Nil when the
  /// page comes first, or when home does not list the quiz.
  public func pageAfterQuiz(_ question: Question) -> String? {
    guard quizForm == .quiz, case .knowledge(_, _, _, let topic) = question.kind,
      let quizEntry = pack.home.firstIndex(where: { $0.target == .quiz })
    else { return nil }
    var before = Set<String>()
    var pending = pack.home.prefix(quizEntry).compactMap(\.topicID)
    while let id = pending.popLast() {
      guard before.insert(id).inserted else { continue }
      pending += pack.topics[id]?.children.compactMap(\.topicID) ?? []
    }
    return before.contains(topic) ? nil : pack.topics[topic]?.title ?? topic
  }

  /// The title of a question's page on the knowledge check, where each question names its
  /// page; nil elsewhere.
  public func checkPage(_ question: Question) -> String? {
    guard quizForm == .check, case .knowledge(_, _, _, let topic) = question.kind else {
      return nil
    }
    return pack.topics[topic]?.title ?? topic
  }

  /// Picks an option of the step on screen: an intro choice, an answer, or what to do after
  /// feedback.
  mutating func quizOptionChosen(_ option: Int, _ position: QuizPosition) -> [Effect] {
    guard (0..<quizOptionCount(position.step)).contains(option) else { return [] }
    switch position.step {
    case .intro: return introChosen(introChoices[option])
    case .question(let index): return answer(index, .chose(option))
    case .feedback(let index):
      if FeedbackChoice.allCases[option] == .readMore,
        case .knowledge(_, _, _, let topic) = quizQuestions[safe: index]?.kind
      {
        var position = position
        position.selection = option
        state.screen = .quiz(position)
        openTopic(topic)
        return []
      }
      return advance(from: index)
    }
  }

  /// Esc asks before leaving a question; Backspace and Left step back to the question before
  /// (an answered knowledge question comes back as its feedback, since it cannot change).
  private mutating func quizBack(_ key: Key, _ position: QuizPosition) {
    switch position.step {
    case .intro:
      goBack()
    case .question(let index), .feedback(let index):
      if key == .escape {
        state.overlay = .confirm(.leaveQuiz(question: index, selection: 0))
      } else if index > 0 {
        showQuestion(index - 1)
      } else {
        showStep(.intro)
      }
    }
  }

  private mutating func introChosen(_ choice: IntroChoice) -> [Effect] {
    switch choice {
    case .resume:
      let current = min(quizProgress?.current ?? 0, max(1, quizQuestions.count) - 1)
      showQuestion(current)
      return []
    case .start, .startOver:
      quizProgress = QuizProgress(packID: pack.manifest.id, packVersion: pack.manifest.version)
      showQuestion(0)
      return choice == .startOver && quizForm == .quiz ? [.clearProgress] : []
    }
  }

  // MARK: - Answers

  /// Records an answer. A knowledge question keeps the first option chosen: the score is what
  /// the reader knew, not what the feedback told them.
  private mutating func answer(_ index: Int, _ answer: Answer) -> [Effect] {
    guard let question = quizQuestions[safe: index] else { return [] }
    if isAnsweredKnowledge(question) {
      showQuestion(index)
      return []
    }
    var progress =
      quizProgress ?? QuizProgress(packID: pack.manifest.id, packVersion: pack.manifest.version)
    progress.answers[question.id] = answer
    progress.current = index + 1
    quizProgress = progress
    if case .knowledge = question.kind, case .chose = answer {
      showStep(.feedback(index))
      return saving(progress)
    }
    return saving(progress) + advance(from: index)
  }

  /// The next question, or after the last one the results, dated by the guide's clock.
  private mutating func advance(from index: Int) -> [Effect] {
    guard let quiz = pack.quiz else { return [] }
    if index + 1 < quizQuestions.count {
      quizProgress?.current = index + 1
      showQuestion(index + 1)
      return []
    }
    guard let progress = quizProgress else { return [] }
    if quizForm == .check {
      let attempt = Scoring.check(quiz, progress: progress, date: now())
      state.check = nil
      state.attempts.append(attempt)
      state.screen = .results(ResultsPosition(attempt: state.attempts.count - 1))
      return [.recordAttempt(attempt)]
    }
    let attempt = Scoring.attempt(
      quiz, progress: progress, date: now(), assessment: pack.assessment)
    state.quiz = nil
    state.attempts.append(attempt)
    state.screen = .results(ResultsPosition(attempt: state.attempts.count - 1))
    return [.clearProgress, .recordAttempt(attempt)]
  }

  /// Shows a question with its earlier answer (if any) selected; an answered knowledge
  /// question shows its feedback instead, as the answer is final.
  mutating func showQuestion(_ index: Int) {
    guard let question = quizQuestions[safe: index] else {
      state.screen = .quiz(QuizPosition(step: .question(index), form: quizForm))
      return
    }
    if isAnsweredKnowledge(question) {
      showStep(.feedback(index))
      return
    }
    var selection = 0
    if case .chose(let chosen) = quizProgress?.answers[question.id] { selection = chosen }
    showStep(.question(index), selection: selection)
  }

  /// A knowledge question with an option chosen (a skip can still be answered later).
  private func isAnsweredKnowledge(_ question: Question) -> Bool {
    guard case .knowledge = question.kind, case .chose = quizProgress?.answers[question.id] else {
      return false
    }
    return true
  }
}

/// The quiz on screen: the intro, a question or its feedback. Digits and Enter choose, the
/// list keys move, PgUp and PgDn scroll a step taller than the window, `s` skips, Backspace
/// steps back and Esc asks before leaving (`Guide.quizKey`).
extension QuizPosition: ScreenModel {
  public func keyTable(_ guide: Guide) -> KeyTable {
    switch step {
    case .intro: Bindings.quizIntro
    case .question: Bindings.quizQuestion
    case .feedback: Bindings.quizFeedback
    }
  }

  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] { guide.quizKey(key, self) }

  public func choose(_ index: Int, _ guide: inout Guide) -> [Effect] {
    guide.quizOptionChosen(index, self)
  }

  /// The wheel scrolls a step taller than the window, else moves the selection.
  public func wheel(_ steps: Int, _ guide: inout Guide) {
    var position = self
    let window = guide.quizWindow(self)
    if window.maxScroll > 0 {
      position.scroll = window.bounded(scroll + steps)
    } else {
      position.selection = ListNavigation(
        selection: selection, count: guide.quizOptionCount(step)
      ).moved(by: steps)
    }
    guide.state.screen = .quiz(position)
  }

  public func settle(_ guide: inout Guide) {
    var position = self
    position.scroll = guide.quizWindow(self).bounded(scroll)
    guide.state.screen = .quiz(position)
  }

  public func breadcrumbs(_ guide: Guide) -> [String] {
    [form == .check ? guide.checkTitle : guide.pack.quiz?.title ?? "Quiz"]
  }

  public func numberedItems(_ guide: Guide) -> Int { guide.quizOptionCount(step) }

  public func lineText(_ guide: Guide, quizOnly: Bool) -> [LineModeText] {
    guide.quizLineText(self, quizOnly: quizOnly)
  }

  public func linePrompt(_ guide: Guide, words: String) -> String {
    if case .question = step { return "Answer (1-\(guide.quizLineChoices), \(words)) >" }
    return "Choose >"
  }

  public func lineNumber(_ number: Int, _ guide: Guide) -> Event? {
    number <= guide.quizLineChoices ? .chooseItem(number - 1) : nil
  }
}
