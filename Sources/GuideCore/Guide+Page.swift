/// Keys on a page: scroll like less, Tab between links, Enter follows one, Esc goes back;
/// `d`/`l`/`s` mark progress and `n`/`N` jump between search matches.
extension Guide {
  mutating func pageKey(_ key: Key, _ position: PagePosition) -> [Effect] {
    switch key {
    case .character("d"): return toggleMark(.done, on: position.id)
    case .character("l"): return toggleMark(.learning, on: position.id)
    case .character("s"): return toggleMark(.skipped, on: position.id)
    case .character("n"):
      jumpToMatch(forward: true)
      return []
    case .character("N"):
      jumpToMatch(forward: false)
      return []
    default: break
    }
    var position = position
    let action = readerKey(key, scroll: &position.scroll, focus: &position.focusedLink)
    state.screen = .page(position)
    carryOut(action)
    return []
  }
}
