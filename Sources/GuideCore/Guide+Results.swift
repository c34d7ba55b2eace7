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
    switch key {
    case .escape, .backspace, .left, .character("h"):
      goBack()
      return []
    case .character("t") where count == 0, .enter where count == 0:
      openQuiz()
      return []
    case _ where count == 0:
      return []
    case .up, .character("k"), .backTab:
      position.selection = (position.selection - 1 + count) % count
    case .down, .character("j"), .tab:
      position.selection = (position.selection + 1) % count
    case .home, .character("g"):
      position.selection = 0
    case .end, .character("G"):
      position.selection = count - 1
    case .enter, .right, .character("l"):
      state.screen = .results(position)
      push(.results(ResultsPosition(attempt: count - 1 - position.selection)))
      return []
    case .character(let digit) where digit.wholeNumberValue != nil:
      guard let number = digit.wholeNumberValue, (1...min(9, count)).contains(number) else {
        return []
      }
      position.selection = number - 1
      state.screen = .results(position)
      push(.results(ResultsPosition(attempt: count - number)))
      return []
    default:
      break
    }
    state.screen = .results(position)
    return []
  }
}
