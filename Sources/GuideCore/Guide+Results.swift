/// "Your results": a list of past attempts (newest first), and one attempt in full.
extension Guide {
  mutating func resultsKey(_ key: Key, _ position: ResultsPosition) -> [Effect] {
    var position = position
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
