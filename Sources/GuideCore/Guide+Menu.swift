/// Keys on a menu: move, open by number or Enter, go back.
extension Guide {
  mutating func menuKey(_ key: Key, _ position: MenuPosition) -> [Effect] {
    let entries = entries(ofMenu: position.id)
    guard !entries.isEmpty else {
      goBack()
      return []
    }
    var position = position
    let count = entries.count
    switch key {
    case .up, .character("k"), .backTab:
      position.selection = (position.selection - 1 + count) % count
    case .down, .character("j"), .tab:
      position.selection = (position.selection + 1) % count
    case .home, .character("g"), .pageUp:
      position.selection = 0
    case .end, .character("G"), .pageDown:
      position.selection = count - 1
    case .character(let digit) where digit.wholeNumberValue != nil:
      guard let number = digit.wholeNumberValue, (1...count).contains(number) else { return [] }
      position.selection = number - 1
      state.screen = .menu(position)
      open(entries[number - 1].target)
      return []
    case .enter, .right, .character("l"):
      state.screen = .menu(position)
      open(entries[min(position.selection, count - 1)].target)
      return []
    case .escape, .backspace, .left, .character("h"):
      if position.id != GuideState.homeID || !state.back.isEmpty { goBack() }
      return []
    case .character("R") where position.id == GuideState.homeID:
      if state.marks.isEmpty {
        state.status = "There are no progress marks to reset."
      } else {
        state.confirmingReset = true
      }
      return []
    default:
      return []
    }
    state.screen = .menu(position)
    return []
  }
}
