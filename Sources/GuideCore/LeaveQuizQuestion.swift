/// "Leave the quiz?", the question Esc asks on a quiz step: its keys and its answer.
public struct LeaveQuizQuestion: OverlayModel {
  /// The question Esc was pressed on, shown again when the reader stays.
  public let question: Int
  /// 0: leave, 1: keep going.
  public let selection: Int

  /// Only `q` and Ctrl-L work while the window is too small to show the question.
  public func keyTable(_ guide: Guide) -> KeyTable {
    Chrome.fits(guide.state.size) ? Bindings.leaveQuizQuestion : Bindings.leaveQuizTooSmall
  }

  /// `y`, `1` or a second Esc leave; `n`, `2`, Backspace or Left keep going; arrows move
  /// between the two; `q` quits and Ctrl-L redraws, as on the quiz.
  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] {
    switch key {
    case .character("q"): return [.quit]
    case .control("l"): return [.redraw]
    case _ where !Chrome.fits(guide.state.size): break
    case .character("y"), .escape:
      answer(leave: true, &guide)
    case .character("n"), .backspace, .left:
      answer(leave: false, &guide)
    default:
      switch ListNavigation(selection: selection, count: 2).outcome(of: key) {
      case .selected(let selection):
        guide.state.overlay = .confirm(.leaveQuiz(question: question, selection: selection))
      case .chose(let choice):
        answer(leave: choice == 0, &guide)
      case .back, .other:
        break
      }
    }
    return []
  }

  public func choose(_ index: Int, _ guide: inout Guide) -> [Effect] {
    if index < 2 { answer(leave: index == 0, &guide) }
    return []
  }

  /// Leaving keeps the answers (and Esc held down always reaches home); staying shows the
  /// question again.
  private func answer(leave: Bool, _ guide: inout Guide) {
    guide.state.overlay = nil
    if leave { guide.goBack() } else { guide.showQuestion(question) }
  }
}
