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
    switch state.screen {
    case .menu(let position): return menuItemChosen(index, position)
    case .quiz(let position): return quizOptionChosen(index, position)
    case .results(let position) where position.attempt == nil:
      resultsItemChosen(index, position)
      return []
    case .plan(let position):
      planItemChosen(index, position)
      return []
    case .page, .results, .posting:
      return []
    }
  }

  /// Follows the `index`th link of the page on screen, as focusing it and pressing Enter would.
  mutating func followLink(_ index: Int) {
    guard state.overlay == nil, Chrome.fits(state.size),
      let link = currentPage()?.links[safe: index]
    else { return }
    switch state.screen {
    case .page(var position):
      position.focusedLink = index
      state.screen = .page(position)
    case .results(var position):
      position.focusedLink = index
      state.screen = .results(position)
    case .posting(.reading(var page)):
      page.focusedLink = index
      state.screen = .posting(.reading(page))
    default:
      return
    }
    carryOut(.follow(link.target))
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
    switch state.screen {
    case .menu(var position):
      position.selection = ListNavigation(
        selection: position.selection, count: entries(ofMenu: position.id).count
      ).moved(by: steps)
      state.screen = .menu(position)
    case .page(var position):
      scroll(by: steps, &position.scroll, &position.focusedLink)
      state.screen = .page(position)
    case .results(var position) where position.attempt != nil:
      scroll(by: steps, &position.scroll, &position.focusedLink)
      state.screen = .results(position)
    case .posting(.reading(var page)):
      scroll(by: steps, &page.scroll, &page.focusedLink)
      state.screen = .posting(.reading(page))
    case .posting(.prompt):
      break
    case .results(var position):
      position.selection = ListNavigation(
        selection: position.selection, count: state.attempts.count
      ).moved(by: steps)
      state.screen = .results(position)
    case .quiz(var position) where quizWindow(position).maxScroll > 0:
      position.scroll = quizWindow(position).bounded(position.scroll + steps)
      state.screen = .quiz(position)
    case .quiz(var position):
      position.selection = ListNavigation(
        selection: position.selection, count: quizOptionCount(position.step)
      ).moved(by: steps)
      state.screen = .quiz(position)
    case .plan(var position) where planWindow().maxScroll > 0:
      position.scroll = planWindow().bounded(position.scroll + steps)
      state.screen = .plan(position)
    case .plan(var position):
      position.selection = ListNavigation(
        selection: position.selection, count: planView?.actions.count ?? 0
      ).clamped(by: steps)
      state.screen = .plan(position)
    }
  }
}
