/// "Leave the quiz?", the question Esc asks on a quiz step: its keys and its answer.
extension Guide {
  /// Keys on "Leave the quiz?": `y`, `1` or a second Esc leave; `n`, `2`, Backspace or Left
  /// keep going; arrows move between the two; `q` quits and Ctrl-L redraws, as on the quiz.
  mutating func leaveQuizKey(_ key: Key, question: Int, selection: Int) -> [Effect] {
    switch key {
    case .character("q"): return [.quit]
    case .control("l"): return [.redraw]
    case _ where !Chrome.fits(state.size): break
    case .character("y"), .escape:
      answerLeaveQuiz(leave: true, question: question)
    case .character("n"), .backspace, .left:
      answerLeaveQuiz(leave: false, question: question)
    default:
      switch ListNavigation(selection: selection, count: 2).outcome(of: key) {
      case .selected(let selection):
        state.overlay = .confirm(.leaveQuiz(question: question, selection: selection))
      case .chose(let choice):
        answerLeaveQuiz(leave: choice == 0, question: question)
      case .back, .other:
        break
      }
    }
    return []
  }

  /// Leaving keeps the answers (and Esc held down always reaches home); staying shows the
  /// question again.
  mutating func answerLeaveQuiz(leave: Bool, question: Int) {
    state.overlay = nil
    if leave { goBack() } else { showQuestion(question) }
  }
}
