/// Mouse clicks, sent by the app as `.choose` and `.follow` from the frame's click targets.
extension Guide {
  /// A click on a list item: select it, then act as Enter would.
  mutating func choose(_ index: Int) -> [Effect] {
    guard index >= 0, !state.helpVisible, !state.confirmingReset else { return [] }
    if var search = state.search {
      guard search.hits.indices.contains(index) else { return [] }
      search.selection = index
      state.search = search
      return handle(.key(.enter))
    }
    switch state.screen {
    case .menu(var position):
      guard entries(ofMenu: position.id).indices.contains(index) else { return [] }
      position.selection = index
      state.screen = .menu(position)
    case .quiz(var position):
      position.selection = index
      state.screen = .quiz(position)
    case .results(var position) where position.attempt == nil:
      guard state.attempts.indices.contains(index) else { return [] }
      position.selection = index
      state.screen = .results(position)
    default:
      return []
    }
    return handle(.key(.enter))
  }

  /// A click on a link: focus it, then follow it as Enter would.
  mutating func follow(_ index: Int) -> [Effect] {
    guard state.search == nil, !state.helpVisible,
      currentPage()?.links.indices.contains(index) == true
    else { return [] }
    switch state.screen {
    case .page(var position):
      position.focusedLink = index
      state.screen = .page(position)
    case .results(var position):
      position.focusedLink = index
      state.screen = .results(position)
    default:
      return []
    }
    return handle(.key(.enter))
  }
}
