/// The one component for every screen that shows laid-out lines (a topic's page, an attempt,
/// a posting's reading): scroll like less, Tab between links, Enter follows one, Esc goes back,
/// the wheel scrolls, a click follows a link; in the line mode the lines print with their
/// links numbered. A screen adopts it with its position and says only what it adds.
public protocol ReadingScreen: ScreenModel {
  var scroll: Int { get set }
  var focusedLink: Int? { get set }
  /// The screen as the state stores it, with this position.
  var screen: Screen { get }
  /// The screen's own keys, tried before the reading keys; nil for a key it leaves to them.
  func ownKey(_ key: Key, _ guide: inout Guide) -> [Effect]?
}

extension ReadingScreen {
  public var reading: (any ReadingScreen)? { self }

  public func ownKey(_ key: Key, _ guide: inout Guide) -> [Effect]? { nil }

  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] {
    if let effects = ownKey(key, &guide) { return effects }
    var (scroll, focus) = (self.scroll, focusedLink)
    let action = guide.readerKey(key, scroll: &scroll, focus: &focus)
    guide.state.screen = moved(scroll: scroll, focus: focus).screen
    guide.carryOut(action)
    return []
  }

  public func followLink(_ index: Int, _ guide: inout Guide) {
    guard let link = guide.currentPage()?.links[safe: index] else { return }
    var moved = self
    moved.focusedLink = index
    guide.state.screen = moved.screen
    guide.carryOut(.follow(link.target))
  }

  public func wheel(_ steps: Int, _ guide: inout Guide) {
    var (scroll, focus) = (self.scroll, focusedLink)
    guide.scroll(by: steps, &scroll, &focus)
    guide.state.screen = moved(scroll: scroll, focus: focus).screen
  }

  /// Scroll and focus stay within the page, once it is laid out.
  public func settle(_ guide: inout Guide) {
    guard let page = guide.currentPage() else { return }
    var moved = self
    moved.scroll = min(max(0, scroll), guide.maxScroll(page))
    if let index = focusedLink, index >= page.links.count { moved.focusedLink = nil }
    guide.state.screen = moved.screen
  }

  public var pageScroll: Int { scroll }

  /// This screen scrolled to `scroll`, with `focus` the focused link.
  func moved(scroll: Int, focus: Int?) -> Self {
    var moved = self
    moved.scroll = scroll
    moved.focusedLink = focus
    return moved
  }

  public func lineText(_ guide: Guide, quizOnly: Bool) -> [LineModeText] {
    lineTextOfPage(guide)
  }

  public func lineNumber(_ number: Int, _ guide: Guide) -> Event? { linkNumber(number, guide) }

  /// The page's lines, then each linked page once, numbered.
  public func lineTextOfPage(_ guide: Guide) -> [LineModeText] {
    guard let page = guide.page else { return [] }
    var lines: [LineModeText] = [.text("")] + page.lines.map { .laidOut($0) }
    let targets = page.linkTargets
    if !targets.isEmpty {
      lines.append(.text("Links:"))
      lines += .numbered(targets.map { guide.linkTitle($0.target) })
    }
    return lines
  }

  /// A number follows that link of the list under the page.
  public func linkNumber(_ number: Int, _ guide: Guide) -> Event? {
    guard let targets = guide.page?.linkTargets, number <= targets.count else { return nil }
    return .followLink(targets[number - 1].index)
  }
}

extension PageView {
  /// Each linked page once, in order of first appearance, with the index of that link: the
  /// links the line mode numbers.
  public var linkTargets: [(target: String, index: Int)] {
    var seen = Set<String>()
    return links.enumerated().compactMap { index, link in
      seen.insert(link.target).inserted ? (link.target, index) : nil
    }
  }
}

/// What a reading key came to.
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
        openRoleProfile(role)
      } else if let line = PostingLayout.line(ofTarget: target) {
        showPostingText(line: line)
      } else {
        openTopic(target)
      }
    case .back: goBack()
    case .handled, .ignored: break
    }
  }

  /// What a link leads to: a topic's title, or a role's profile (from the results).
  public func linkTitle(_ target: String) -> String {
    if let role = FitLayout.roleID(target) {
      return "The role: " + (pack.assessment?.role(role)?.title ?? role)
    }
    return pack.topics[target]?.title ?? target
  }

  /// The smallest scroll change that brings a line into view.
  private func scrollShowing(line: Int, from scroll: Int) -> Int {
    let rows = Chrome.bodyRows(state.size)
    if line < scroll { return line }
    if line >= scroll + rows { return line - rows + 1 }
    return scroll
  }
}
