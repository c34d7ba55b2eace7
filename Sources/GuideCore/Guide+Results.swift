/// One attempt in full: read like a page (`ReadingScreen`); `p` opens the plan, and a number
/// opens the plan for the role listed with it.
public struct AttemptScreen: ReadingScreen {
  public var position: ResultsPosition

  public init(position: ResultsPosition) { self.position = position }

  public var scroll: Int {
    get { position.scroll }
    set { position.scroll = newValue }
  }
  public var focusedLink: Int? {
    get { position.focusedLink }
    set { position.focusedLink = newValue }
  }
  public var screen: Screen { .results(position) }

  /// An assessment's attempt adds the number keys that choose a listed role.
  public func keyTable(_ guide: Guide) -> KeyTable {
    ranksRoles(guide) ? Bindings.assessment : Bindings.attempt
  }

  public func numberedItems(_ guide: Guide) -> Int {
    guard let index = position.attempt, let attempt = guide.state.attempts[safe: index],
      let assessment = guide.pack.assessment, let reading = guide.reading(of: attempt)
    else { return 0 }
    return min(FitLayout.numbered, FitLayout.listed(reading, assessment).count)
  }

  /// Whether the attempt on screen lists roles to choose from.
  private func ranksRoles(_ guide: Guide) -> Bool { numberedItems(guide) > 0 }

  public func ownKey(_ key: Key, _ guide: inout Guide) -> [Effect]? {
    if key == .character("p"), guide.pack.plan != nil {
      guide.openPlan()
      return []
    }
    if let index = position.attempt, case .character(let digit) = key,
      let number = digit.wholeNumberValue, number >= 1,
      let role = guide.chosenRole(number - 1, attempt: index)
    {
      guide.openPlan(role: role)
      return []
    }
    return nil
  }

  public func pageSource(width: Int, _ guide: Guide) -> (any PageSourcing)? {
    guard let index = position.attempt, guide.pack.quiz != nil,
      guide.state.attempts.indices.contains(index)
    else { return nil }
    return AttemptPage(index: index, width: width)
  }

  public func breadcrumbs(_ guide: Guide) -> [String] {
    ResultsListScreen(position: position).breadcrumbs(guide)
      + (position.attempt.flatMap { index in
        guide.state.attempts.indices.contains(index)
          ? [Guide.attemptLabel(guide.state.attempts, index)] : nil
      } ?? [])
  }

  /// An attempt that cannot be laid out reads as the list. An assessment's roles are numbered
  /// on the page itself, every one, with the line mode's words for choosing one (a typed
  /// number), so no list of links repeats them. `quiz --plain` ends at the results: they are
  /// printed as `results` prints them, without links to follow.
  public func lineText(_ guide: Guide, quizOnly: Bool) -> [LineModeText] {
    guard let page = guide.page, let index = position.attempt else {
      return ResultsListScreen(position: position).lineText(guide, quizOnly: quizOnly)
    }
    guard quizOnly || ranksRoles(guide) else { return lineTextOfPage(guide) }
    let medium: FitLayout.Medium = quizOnly ? .printed : .lineMode
    let source = AttemptPage(
      index: index, width: Chrome.textWidth(guide.state.size), medium: medium)
    let laidOut = source.layout(in: guide) ?? page
    return [.text("")] + laidOut.lines.map { .laidOut($0) }
  }

  /// On an assessment a number chooses the role listed with it, for the plan (as its number
  /// key does; its link opens the role's profile); elsewhere it follows a link.
  public func lineNumber(_ number: Int, _ guide: Guide) -> Event? {
    guard guide.page != nil else {
      return ResultsListScreen(position: position).lineNumber(number, guide)
    }
    guard let index = position.attempt, ranksRoles(guide) else {
      return linkNumber(number, guide)
    }
    return guide.chosenRole(number - 1, attempt: index, upTo: .max) != nil
      ? .chooseItem(number - 1) : nil
  }

  /// The `index`th role listed (any of them, not only the first nine): the plan for it.
  public func choose(_ index: Int, _ guide: inout Guide) -> [Effect] {
    guard let attempt = position.attempt,
      let role = guide.chosenRole(index, attempt: attempt, upTo: .max)
    else { return [] }
    guide.openPlan(role: role)
    return []
  }
}

/// One attempt laid out at a width. Attempts are only ever appended, so an index names one
/// attempt for good.
struct AttemptPage: PageSourcing {
  let index: Int
  let width: Int
  /// How a role is chosen where the page is read: the line mode lays it out for itself.
  var medium: FitLayout.Medium = .screen

  func layout(in guide: Guide) -> PageView? {
    guard let quiz = guide.pack.quiz, let attempt = guide.state.attempts[safe: index] else {
      return nil
    }
    return ResultsLayout.layout(
      attempt, previous: Attempt.previous(index, in: guide.state.attempts), quiz: quiz,
      pack: guide.pack, width: width, glyphs: guide.glyphs, medium: medium)
  }
}

/// "Your results": past attempts, newest first; with none yet, the one thing to choose is
/// taking the quiz. `p` opens the plan.
public struct ResultsListScreen: ScreenModel {
  public var position: ResultsPosition

  public init(position: ResultsPosition) { self.position = position }

  public func keyTable(_ guide: Guide) -> KeyTable {
    guide.state.attempts.isEmpty ? Bindings.noResults : Bindings.results
  }

  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] {
    if key == .character("p"), guide.pack.plan != nil {
      guide.openPlan()
      return []
    }
    let count = guide.state.attempts.count
    if count == 0, key == .character("t") || key == .enter {
      guide.openQuiz()
      return []
    }
    var position = position
    switch ListNavigation(selection: position.selection, count: count).outcome(of: key) {
    case .selected(let selection):
      position.selection = selection
      guide.state.screen = .results(position)
    case .chose(let index):
      return choose(index, &guide)
    case .back:
      guide.goBack()
    case .other:
      break
    }
    return []
  }

  /// Opens the `index`th attempt of the list (newest first), remembering it as the selection.
  public func choose(_ index: Int, _ guide: inout Guide) -> [Effect] {
    let count = guide.state.attempts.count
    if count == 0, index == 0 {
      guide.openQuiz()
      return []
    }
    guard (0..<count).contains(index) else { return [] }
    var position = position
    position.selection = index
    guide.state.screen = .results(position)
    guide.push(.results(ResultsPosition(attempt: count - 1 - index)))
    return []
  }

  public func wheel(_ steps: Int, _ guide: inout Guide) {
    var position = position
    position.selection = ListNavigation(
      selection: position.selection, count: guide.state.attempts.count
    ).moved(by: steps)
    guide.state.screen = .results(position)
  }

  public func breadcrumbs(_ guide: Guide) -> [String] { ["Your results"] }

  public func lineText(_ guide: Guide, quizOnly: Bool) -> [LineModeText] {
    let attempts = guide.state.attempts
    guard !attempts.isEmpty else {
      return [.text(""), .text("No attempts yet. Press 1 to take the quiz.")]
    }
    return [.text(""), .text("Your results")]
      + .numbered(
        attempts.indices.reversed().map { index in
          let fit =
            attempts[index].knowledge.flatMap { score in
              attempts[index].isCheck
                ? "knowledge check, \(score.correct) of \(score.total) right" : nil
            }
            ?? guide.reading(of: attempts[index]).map(FitWords.headline)
            ?? Scoring.overall(attempts[index].scores).map { "earlier quiz, fit \($0) of 100" }
            ?? "no score"
          return "\(Guide.attemptLabel(attempts, index)), \(fit)"
        })
  }

  public func lineNumber(_ number: Int, _ guide: Guide) -> Event? {
    number <= max(1, guide.state.attempts.count) ? .chooseItem(number - 1) : nil
  }
}

extension Guide {
  /// The id of the role listed `index`th (from 0) on an assessment's results, which a number
  /// key chooses for the plan (one of the first `limit`: nine keys, or any typed number).
  func chosenRole(_ index: Int, attempt: Int, upTo limit: Int = FitLayout.numbered) -> String? {
    guard let attempt = state.attempts[safe: attempt], let assessment = pack.assessment,
      let reading = reading(of: attempt), index >= 0, index < limit
    else { return nil }
    return FitLayout.listed(reading, assessment)[safe: index]?.role.id
  }
}

extension Guide {
  /// How the results list names attempt `index`: its minute, with seconds when another attempt
  /// shares that minute, and `#2`, `#3` after the first when they share the second too.
  public static func attemptLabel(_ attempts: [Attempt], _ index: Int) -> String {
    guard attempts.indices.contains(index) else { return "" }
    let date = attempts[index].date
    if date.isEmpty { return "just now" }
    let minute = shortDate(date)
    guard
      attempts.indices.contains(where: { $0 != index && shortDate(attempts[$0].date) == minute })
    else { return minute }
    let second = String(date.prefix(19).map { $0 == "T" ? " " : $0 })
    let same = attempts.indices.filter { attempts[$0].date.prefix(19) == date.prefix(19) }
    guard same.count > 1, let order = same.firstIndex(of: index), order > 0 else { return second }
    return "\(second) #\(order + 1)"
  }
}
