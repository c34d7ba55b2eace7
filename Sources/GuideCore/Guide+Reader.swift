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
    let pageRows = Chrome.bodyRows(state.size)
    let links = page?.links ?? []
    switch key {
    case .down, .character("j"): self.scroll(by: 1, &scroll, &focus)
    case .up, .character("k"): self.scroll(by: -1, &scroll, &focus)
    case .pageDown, .character(" "), .control("f"): self.scroll(by: pageRows, &scroll, &focus)
    case .pageUp, .character("b"), .control("b"): self.scroll(by: -pageRows, &scroll, &focus)
    case .home, .character("g"): self.scroll(by: -scroll, &scroll, &focus)
    case .end, .character("G"): self.scroll(by: maxScroll(page) - scroll, &scroll, &focus)
    case .tab, .backTab:
      guard !links.isEmpty else { return .handled }
      let step = key == .tab ? 1 : -1
      let start = focus ?? (key == .tab ? -1 : links.count)
      let next = (start + step + links.count) % links.count
      focus = next
      self.scroll(by: scrollShowing(line: links[next].line, from: scroll) - scroll, &scroll, &focus)
    case .enter, .right:
      guard let index = focus, links.indices.contains(index) else { return .handled }
      return .follow(links[index].target)
    case _ where ListNavigation.isBack(key):
      return .back
    default:
      return .ignored
    }
    return .handled
  }

  /// Scrolls within the page's bounds; a focused link scrolled out of sight is let go, so
  /// Enter never opens what is not shown.
  mutating func scroll(by lines: Int, _ scroll: inout Int, _ focus: inout Int?) {
    let page = currentPage()
    let pageRows = Chrome.bodyRows(state.size)
    scroll = min(max(0, scroll + lines), maxScroll(page))
    if let index = focus, let link = page?.links[safe: index],
      !(scroll..<(scroll + pageRows)).contains(link.line)
    {
      focus = nil
    }
  }

  /// Follows a link or goes back, after the screen has taken its new position.
  mutating func carryOut(_ action: ReaderAction) {
    switch action {
    case .follow(let target):
      if let role = FitLayout.roleID(target) {
        openPlan(role: role)
      } else {
        openTopic(target)
      }
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
