/// Scrolling and link keys shared by every screen that shows laid-out lines (pages, results).
enum ReaderAction: Equatable {
  case handled
  case follow(String)
  case back
  case ignored
}

extension Guide {
  /// Applies a reading key to a scroll position and link focus, like less plus Tab for links.
  mutating func readerKey(_ key: Key, scroll: inout Int, focus: inout Int?) -> ReaderAction {
    let page = currentPage()
    let maxScroll = maxScroll(page)
    let pageRows = Chrome.bodyRows(state.size)
    let links = page?.links ?? []
    switch key {
    case .down, .character("j"): scroll += 1
    case .up, .character("k"): scroll -= 1
    case .pageDown, .character(" "), .control("f"): scroll += pageRows
    case .pageUp, .character("b"), .control("b"): scroll -= pageRows
    case .home, .character("g"): scroll = 0
    case .end, .character("G"): scroll = maxScroll
    case .tab, .backTab:
      guard !links.isEmpty else { return .handled }
      let step = key == .tab ? 1 : -1
      let start = focus ?? (key == .tab ? -1 : links.count)
      let next = (start + step + links.count) % links.count
      focus = next
      scroll = scrollShowing(line: links[next].line, from: scroll)
    case .enter, .right:
      guard let index = focus, links.indices.contains(index) else { return .handled }
      return .follow(links[index].target)
    case .escape, .backspace, .left, .character("h"):
      return .back
    default:
      return .ignored
    }
    scroll = min(max(0, scroll), maxScroll)
    // A focused link scrolled out of sight is let go, so Enter never opens what is not shown.
    if let index = focus, links.indices.contains(index),
      !(scroll..<(scroll + pageRows)).contains(links[index].line)
    {
      focus = nil
    }
    return .handled
  }

  /// Follows a link or goes back, after the screen has taken its new position.
  mutating func carryOut(_ action: ReaderAction) {
    switch action {
    case .follow(let target): openTopic(target)
    case .back: goBack()
    case .handled, .ignored: break
    }
  }

  /// The smallest scroll change that brings a line into view.
  private func scrollShowing(line: Int, from scroll: Int) -> Int {
    let rows = Chrome.bodyRows(state.size)
    if line < scroll { return line }
    if line >= scroll + rows { return line - rows + 1 }
    return scroll
  }
}
