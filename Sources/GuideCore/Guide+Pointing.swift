/// Picking an item or a link directly (a mouse click, or a number typed in the line mode), and
/// the mouse wheel.
extension Guide {
  /// Picks the `index`th item of the list on screen, as selecting it and pressing Enter would.
  mutating func chooseItem(_ index: Int) -> [Effect] {
    guard index >= 0, Chrome.fits(state.size) else { return [] }
    searchIfPending()
    switch state.overlay {
    case .search(var search):
      guard search.hits.indices.contains(index) else { return [] }
      search.selection = index
      openHit(search)
      return []
    case .confirm(.leaveQuiz(let question, _)):
      guard index < 2 else { return [] }
      answerLeaveQuiz(leave: index == 0, question: question)
      return []
    case .help, .confirm(.resetMarks):
      return []
    case nil:
      break
    }
    return screenModel.choose(index, &self)
  }

  /// Follows the `index`th link of the page on screen, as focusing it and pressing Enter would.
  mutating func followLink(_ index: Int) {
    guard state.overlay == nil, Chrome.fits(state.size) else { return }
    screenModel.followLink(index, &self)
  }

  /// Scrolls a page, or moves the selection of the list on screen, `steps` lines or items.
  mutating func wheelTurned(by steps: Int) {
    guard Chrome.fits(state.size) else { return }
    searchIfPending()
    switch state.overlay {
    case .search(var search):
      search.selection = ListNavigation(selection: search.selection, count: search.hits.count)
        .clamped(by: steps)
      state.overlay = .search(search)
      return
    case .help(let scroll):
      let last = KeyHelp.maxScroll(helpRows.count, state.size)
      state.overlay = .help(scroll: min(max(0, scroll + steps), last))
      return
    case .confirm:
      return
    case nil:
      break
    }
    screenModel.wheel(steps, &self)
  }
}
