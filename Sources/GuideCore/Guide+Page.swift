/// Keys on a page: scroll like less, Tab between links, Enter follows one, Esc goes back.
extension Guide {
  mutating func pageKey(_ key: Key, _ position: PagePosition) -> [Effect] {
    var position = position
    let action = readerKey(key, scroll: &position.scroll, focus: &position.focusedLink)
    state.screen = .page(position)
    switch action {
    case .follow(let target): openTopic(target)
    case .back: goBack()
    case .handled, .ignored: break
    }
    return []
  }
}
