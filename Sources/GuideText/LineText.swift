import GuideContent
import GuideCore
import GuideUI

/// What the numbered line mode (`--plain`, `quiz --plain`, `TERM=dumb`) says on each screen
/// and the prompt it asks with: text from a guide's state, so the line mode only reads lines
/// and sends events.
public enum LineText {
  /// The screen `guide` shows, as numbered lines (menus, pages with their links, search hits,
  /// results, the quiz); `quizOnly` (`quiz --plain`) prints feedback instead of asking about it.
  public static func describe(_ guide: Guide, glyphs: Glyphs, quizOnly: Bool) -> [String] {
    let pack = guide.pack
    if let search = guide.state.overlay?.search {
      return [""]
        + search.hits.prefix(20).enumerated().map {
          "  \($0.offset + 1)) \($0.element.title): \($0.element.line)"
        }
        + (search.hits.isEmpty ? ["No matches for \"\(search.query)\"."] : [])
    }
    if let page = guide.page {
      var lines = [""] + page.lines.map(glyphs.line)
      let targets = linkTargets(page)
      if !targets.isEmpty {
        lines.append("Links:")
        lines += targets.enumerated().map {
          "  \($0.offset + 1)) \(linkTitle($0.element.target, guide))"
        }
      }
      return lines
    }
    switch guide.state.screen {
    case .page:
      return []
    case .menu(let position):
      let entries = guide.entries(ofMenu: position.id)
      let topic = pack.topics[position.id]
      var lines = ["", topic?.title ?? pack.manifest.title]
      if let summary = topic?.summary ?? Optional(pack.manifest.tagline), !summary.isEmpty {
        lines += Wrap.text(summary, width: 78)
      }
      lines += entries.enumerated().map { "  \($0.offset + 1)) \(pack.title(of: $0.element))" }
      return lines
    case .results:
      let attempts = guide.state.attempts
      guard !attempts.isEmpty else { return ["", "No attempts yet. Press 1 to take the quiz."] }
      return ["", "Your results"]
        + attempts.indices.reversed().enumerated().map { number, index in
          let fit =
            attempts[index].knowledge.flatMap { score in
              attempts[index].isCheck
                ? "knowledge check, \(score.correct) of \(score.total) right" : nil
            }
            ?? guide.reading(of: attempts[index]).map(FitWords.headline)
            ?? Scoring.overall(attempts[index].scores).map { "earlier quiz, fit \($0) of 100" }
            ?? "no score"
          return "  \(number + 1)) \(Guide.attemptLabel(attempts, index)), \(fit)"
        }
    case .quiz(let position):
      return describeQuiz(guide, position, quizOnly: quizOnly)
    case .posting(.prompt(let prompt)):
      return ["", "Read a job posting"]
        + Wrap.text(
          "Type the path of a text file that holds the posting. Nothing is sent anywhere.",
          width: 78)
        + (prompt.problem.map { Wrap.text($0, width: 78) } ?? [])
    case .posting(.reading):
      return []
    case .plan:
      return [""] + describePlan(guide, glyphs: glyphs)
    }
  }

  /// The plan's lines, each action's mark written after its first line in words.
  private static func describePlan(_ guide: Guide, glyphs: Glyphs) -> [String] {
    let view = guide.planView
    let layout = PlanLayout(view, pack: guide.pack, marks: guide.state.marks, width: 76)
    var lines = layout.lines.map(glyphs.line)
    for (action, range) in zip(view?.actions ?? [], layout.actionLines) {
      if let mark = guide.state.marks[PlanView.markID(of: action)] {
        lines[range.lowerBound] += " (\(mark.rawValue))"
      }
    }
    return ["Your plan"] + lines
  }

  private static func describeQuiz(_ guide: Guide, _ position: QuizPosition, quizOnly: Bool)
    -> [String]
  {
    guard guide.pack.quiz != nil else { return [] }
    let name = position.form == .check ? "check" : "quiz"
    if case .confirm(.leaveQuiz) = guide.state.overlay {
      return ["", "Leave the \(name)? Your answers are kept.", "  1) Leave", "  2) Keep going"]
    }
    switch position.step {
    case .intro:
      let choices = guide.introChoices.map { choice -> String in
        switch choice {
        case .start: return "Start the \(name)"
        case .resume:
          return "Resume the \(name) (\(guide.quizProgress?.answers.count ?? 0) answered)"
        case .startOver: return "Start over"
        }
      }
      return ["", title(guide)] + Wrap.text(about(guide), width: 78)
        + choices.enumerated().map { "  \($0.offset + 1)) \($0.element)" }
    case .question(let index):
      guard let question = guide.quizQuestions.dropFirst(index).first else { return [] }
      var lines = ["", "Question \(index + 1) of \(guide.quizQuestions.count)"]
      if case .rating = question.kind { lines.append("How much is this like you?") }
      if let page = guide.pageAfterQuiz(question) {
        lines.append("From a page after the quiz: \(page).")
      } else if let page = guide.checkPage(question) {
        lines.append("From the page \(page).")
      }
      lines += Wrap.text(question.text, width: 78)
      lines += guide.options(of: question).enumerated().map { "  \($0.offset + 1)) \($0.element)" }
      return lines
    case .feedback(let index):
      guard let question = guide.quizQuestions.dropFirst(index).first,
        case .knowledge(let options, let answer, let explanation, let topic) = question.kind
      else { return [] }
      let right = guide.quizProgress?.answers[question.id] == .chose(answer)
      var lines = [right ? "Correct." : "Not quite. The answer is: \(options[answer])"]
      lines += Wrap.text(explanation, width: 78)
      let title = guide.pack.topics[topic]?.title ?? topic
      lines +=
        quizOnly
        ? ["Read more: devrel-guide show \(topic)"]
        : ["  1) Next question", "  2) Read more: \(title)"]
      return lines
    }
  }

  /// What a link leads to: a topic's title, or the plan for a role chosen on the results.
  static func linkTitle(_ target: String, _ guide: Guide) -> String {
    if let role = FitLayout.roleID(target) {
      return "Plan for " + (guide.pack.assessment?.role(role)?.title ?? role)
    }
    return guide.pack.topics[target]?.title ?? target
  }

  /// Each linked topic once, in order of first appearance, with the index of that link.
  public static func linkTargets(_ page: PageView) -> [(target: String, index: Int)] {
    var seen = Set<String>()
    return page.links.enumerated().compactMap { index, link in
      seen.insert(link.target).inserted ? (link.target, index) : nil
    }
  }

  /// How many numbered choices the quiz step on screen offers (0 elsewhere).
  public static func quizChoices(_ guide: Guide) -> Int {
    guard case .quiz(let position) = guide.state.screen else { return 0 }
    if case .confirm(.leaveQuiz) = guide.state.overlay { return 2 }
    switch position.step {
    case .intro: return guide.introChoices.count
    case .question(let index):
      guard let question = guide.quizQuestions.dropFirst(index).first else { return 0 }
      return guide.options(of: question).count
    case .feedback: return Guide.FeedbackChoice.allCases.count
    }
  }

  /// `quiz --plain`'s (or `check --plain`'s) opening: the title, the intro, and every key it
  /// takes.
  public static func quizIntro(_ guide: Guide) -> [String] {
    guard guide.pack.quiz != nil else { return [] }
    let kept =
      guide.quizForm == .check
      ? "q stops (the check is saved only when finished)"
      : "q stops (your answers are kept for next time)"
    return ["", title(guide)] + Wrap.text(about(guide), width: 78)
      + Wrap.text(
        "\(guide.quizQuestions.count) questions. Answer with the number of an option; s skips, "
          + "b goes back, \(kept).", width: 78)
  }

  /// The quiz's title, or the knowledge check's.
  private static func title(_ guide: Guide) -> String {
    guide.quizForm == .check ? guide.checkTitle : guide.pack.quiz?.title ?? "Quiz"
  }

  /// What the quiz (or the check) is for.
  private static func about(_ guide: Guide) -> String {
    guide.quizForm == .check ? QuizLayout.checkIntro : guide.pack.quiz?.intro ?? ""
  }

  /// What to type, said when a line meant nothing on the screen.
  public static func validInput(_ guide: Guide) -> String {
    let count = quizChoices(guide)
    guard count > 0 else {
      return "Type a number from the list, b to go back, / and words to search, q to quit."
    }
    return "Type a number from 1 to \(count), s to skip, b to go back, or q to quit."
  }

  /// What the line mode asks after showing `guide`'s screen: what a number does here, then the
  /// words the key tables give this screen ("b back").
  public static func prompt(_ guide: Guide) -> String {
    if guide.state.overlay?.search != nil { return "Open which result? (Enter cancels) >" }
    let words = lineWords(guide).map(\.prompt).joined(separator: ", ")
    switch guide.state.screen {
    case .quiz(let position):
      if case .question = position.step { return "Answer (1-\(quizChoices(guide)), \(words)) >" }
      return "Choose >"
    case .page: return "Link number, \(words) >"
    case .posting(.prompt): return "Path of the posting's file, \(words) >"
    default: return "Choose a number, \(words) >"
    }
  }

  /// The words the line mode takes on `guide`'s screen, from its key table and then the keys
  /// that work everywhere (those the screen does not take itself); the quiz names only its own
  /// and the way out.
  public static func lineWords(_ guide: Guide) -> [KeyBinding.LineWord] {
    let table = guide.keyTable
    let global = guide.globalBindings.filter { binding in
      if case .quiz = guide.state.screen { return binding == Bindings.quit }
      return true
    }
    var words: [KeyBinding.LineWord] = []
    for word in (table.bindings + global).compactMap(\.line) where !words.contains(word) {
      words.append(word)
    }
    return words
  }
}
