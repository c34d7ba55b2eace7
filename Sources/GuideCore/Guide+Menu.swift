/// Keys on a menu: move, open by number or Enter, go back; `R` on home resets the marks.
extension Guide {
  mutating func menuKey(_ key: Key, _ position: MenuPosition) -> [Effect] {
    let entries = entries(ofMenu: position.id)
    guard !entries.isEmpty else {
      goBack()
      return []
    }
    var position = position
    switch ListNavigation(selection: position.selection, count: entries.count).outcome(of: key) {
    case .selected(let selection):
      position.selection = selection
      state.screen = .menu(position)
    case .chose(let index):
      return menuItemChosen(index, position)
    case .back:
      if position.id != GuideState.homeID || !state.back.isEmpty { goBack() }
    case .other where key == .character("R") && position.id == GuideState.homeID:
      askToResetMarks()
    case .other
    where key == .character("p") && position.id == GuideState.homeID && planView != nil:
      openPlan()
    case .other:
      break
    }
    return []
  }

  /// Opens the `index`th entry of the menu, remembering it as the selection for Esc.
  mutating func menuItemChosen(_ index: Int, _ position: MenuPosition) -> [Effect] {
    guard let entry = entries(ofMenu: position.id)[safe: index] else { return [] }
    var position = position
    position.selection = index
    state.screen = .menu(position)
    open(entry.target)
    return []
  }
}
