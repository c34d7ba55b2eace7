/// "Your results": a list of past attempts (newest first), and one attempt in full.
extension Guide {
  mutating func resultsKey(_ key: Key, _ position: ResultsPosition) -> [Effect] {
    var position = position
    if key == .character("p"), pack.plan != nil {
      openPlan()
      return []
    }
    if let index = position.attempt, case .character(let digit) = key,
      let number = digit.wholeNumberValue, number >= 1,
      let role = chosenRole(number - 1, attempt: index)
    {
      openPlan(role: role)
      return []
    }
    if position.attempt != nil {
      let action = readerKey(key, scroll: &position.scroll, focus: &position.focusedLink)
      state.screen = .results(position)
      carryOut(action)
      return []
    }
    let count = state.attempts.count
    if count == 0, key == .character("t") || key == .enter {
      openQuiz()
      return []
    }
    switch ListNavigation(selection: position.selection, count: count).outcome(of: key) {
    case .selected(let selection):
      position.selection = selection
      state.screen = .results(position)
    case .chose(let index):
      resultsItemChosen(index, position)
    case .back:
      goBack()
    case .other:
      break
    }
    return []
  }

  /// The id of the role listed `index`th (from 0) on an assessment's results, which a number
  /// key chooses for the plan.
  func chosenRole(_ index: Int, attempt: Int) -> String? {
    guard let attempt = state.attempts[safe: attempt], let assessment = pack.assessment,
      let reading = reading(of: attempt), index < 9
    else { return nil }
    return FitLayout.listed(reading, assessment)[safe: index]?.role.id
  }

  /// Opens the `index`th attempt of the list (newest first); with no attempts yet, the one
  /// thing to choose is taking the quiz.
  mutating func resultsItemChosen(_ index: Int, _ position: ResultsPosition) {
    let count = state.attempts.count
    if count == 0, index == 0 {
      openQuiz()
      return
    }
    guard (0..<count).contains(index) else { return }
    var position = position
    position.selection = index
    state.screen = .results(position)
    push(.results(ResultsPosition(attempt: count - 1 - index)))
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
