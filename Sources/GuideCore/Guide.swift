import GuideContent

/// The state machine: a content pack, the state, and every transition in `handle`.
///
/// No I/O, no clock, no globals: tests send events and compare the exact new state, and the
/// app carries out the returned effects.
public struct Guide: Sendable {
  public let pack: ContentPack
  public internal(set) var state: GuideState
  /// Each topic's menu parent, for breadcrumbs ("Home › Skills › Community").
  let parents: [String: String]
  /// Made on the first search, so a start that never searches does not pay for it.
  lazy var searchIndex = SearchIndex(pack)

  public init(pack: ContentPack, state: GuideState) {
    self.pack = pack
    self.state = state
    self.parents = Guide.menuParents(pack)
    relayout()
  }

  public mutating func handle(_ event: Event) -> [Effect] {
    switch event {
    case .resized(let size):
      state.size = size
      relayout()
      return []
    case .notice(let message):
      state.status = message
      return []
    case .attemptRecorded(let attempt):
      recordAttempt(attempt)
      return []
    case .key(let key):
      return handle(key)
    case .choose(let index):
      return choose(index)
    case .follow(let index):
      return follow(index)
    }
  }

  private mutating func handle(_ key: Key) -> [Effect] {
    state.status = nil
    if state.search != nil { return searchKey(key) }
    if state.confirmingReset { return confirmResetKey(key) }
    switch key {
    case .character("q"): return [.quit]
    case .control("l"): return [.redraw]
    default: break
    }
    if state.helpVisible {
      // Any key closes help; only `?` and Esc are advertised.
      state.helpVisible = false
      return []
    }
    if key == .character("?") {
      state.helpVisible = true
      return []
    }
    guard Chrome.fits(state.size) else { return [] }
    switch key {
    case .character("/"):
      state.search = SearchState()
      return []
    case .character("i") where !isAnsweringQuiz:
      state.search = SearchState(mode: .index, hits: GlossaryIndex.entries(pack))
      return []
    case .character("]"):
      goForward()
      return []
    default: break
    }
    switch state.screen {
    case .menu(let position): return menuKey(key, position)
    case .page(let position): return pageKey(key, position)
    case .quiz(let position): return quizKey(key, position)
    case .results(let position): return resultsKey(key, position)
    }
  }

  // MARK: - Navigation shared by every screen

  /// Opens a screen, remembering the current one for Esc. A new path forgets the forward list.
  mutating func push(_ screen: Screen) {
    state.back.append(state.screen)
    state.forward = []
    state.screen = screen
    relayout()
  }

  /// Back to the previous screen; from anywhere without history, back to home.
  mutating func goBack() {
    if let previous = state.back.popLast() {
      if case .quiz = state.screen {} else { state.forward.append(state.screen) }
      state.screen = previous
    } else {
      state.screen = .home
    }
    relayout()
  }

  /// Returns to the screen last left with Esc.
  mutating func goForward() {
    guard let next = state.forward.popLast() else { return }
    state.back.append(state.screen)
    state.screen = next
    relayout()
  }

  /// True on quiz screens, where letters and digits answer rather than navigate.
  var isAnsweringQuiz: Bool {
    if case .quiz = state.screen { return true }
    return false
  }

  /// Opens what a menu entry points at.
  mutating func open(_ target: MenuEntry.Target) {
    switch target {
    case .topic(let id): openTopic(id)
    case .quiz: openQuiz()
    case .results: push(.results(ResultsPosition()))
    }
  }

  mutating func openTopic(_ id: String) {
    guard let topic = pack.topics[id] else { return }
    push(topic.isMenu ? .menu(MenuPosition(id: id)) : .page(PagePosition(id: id)))
  }

  /// The entries of a menu screen.
  public func entries(ofMenu id: String) -> [MenuEntry] {
    id == GuideState.homeID ? pack.home : pack.topics[id]?.children ?? []
  }

  /// Keeps the laid-out lines in step with the screen and width, and scroll within bounds.
  mutating func relayout() {
    let width = Chrome.textWidth(state.size)
    switch state.screen {
    case .page(var position):
      guard let topic = pack.topics[position.id] else { break }
      if state.page?.topicID != topic.id || state.page?.width != width {
        let old = state.page?.topicID == topic.id ? state.page : nil
        let page = PageLayout.layout(topic, in: pack, width: width, unicode: state.unicode)
        // Same page, new width: keep the block that was at the top of the screen there.
        if let old, let block = old.blockLines.lastIndex(where: { $0 <= position.scroll }),
          let line = page.blockLines[safe: block]
        {
          position.scroll = line
        }
        state.page = page
      }
      clamp(&position.scroll, &position.focusedLink)
      state.screen = .page(position)
      return
    case .results(var position):
      guard let index = position.attempt, let quiz = pack.quiz,
        state.attempts.indices.contains(index)
      else { break }
      state.page = ResultsLayout.layout(
        state.attempts[index], previous: index > 0 ? state.attempts[index - 1] : nil, quiz: quiz,
        pack: pack, width: width, unicode: state.unicode, id: "results/\(index)")
      clamp(&position.scroll, &position.focusedLink)
      state.screen = .results(position)
      return
    default:
      break
    }
    state.page = nil
  }

  private func clamp(_ scroll: inout Int, _ focus: inout Int?) {
    scroll = min(max(0, scroll), maxScroll)
    if let index = focus, index >= (state.page?.links.count ?? 0) { focus = nil }
  }

  var maxScroll: Int {
    max(0, (state.page?.lines.count ?? 0) - Chrome.bodyRows(state.size))
  }

  /// Opens a saved place as if the reader had walked there: Esc climbs the menus above it.
  public mutating func resume(at place: Place) {
    guard let topic = pack.topics[place.topicID], !topic.isMenu else { return }
    var trail: [Screen] = []
    var child = place.topicID
    while let parent = parents[child] {
      let selection = entries(ofMenu: parent).firstIndex { $0.topicID == child } ?? 0
      trail.insert(.menu(MenuPosition(id: parent, selection: selection)), at: 0)
      child = parent
    }
    state.back = trail.isEmpty ? [.home] : trail
    state.screen = .page(PagePosition(id: place.topicID, scroll: place.scroll))
    relayout()
  }

  /// The page being read, to return to on the next start; nil elsewhere.
  public var place: Place? {
    if case .page(let position) = state.screen {
      return Place(topicID: position.id, scroll: position.scroll)
    }
    return nil
  }

  // MARK: - Breadcrumbs

  /// Titles from home to the current screen.
  public var breadcrumbs: [String] {
    var trail: [String] = []
    switch state.screen {
    case .menu(let position): trail = path(to: position.id)
    case .page(let position): trail = path(to: position.id)
    case .quiz: trail = [pack.quiz?.title ?? "Quiz"]
    case .results(let position):
      trail = ["Your results"]
      if let index = position.attempt, state.attempts.indices.contains(index) {
        trail.append(Guide.shortDate(state.attempts[index].date))
      }
    }
    return ["Home"] + trail
  }

  private func path(to id: String) -> [String] {
    var trail: [String] = []
    var current: String? = id
    var seen = Set<String>()
    while let node = current, node != GuideState.homeID, seen.insert(node).inserted {
      trail.insert(pack.topics[node]?.title ?? node, at: 0)
      current = parents[node]
    }
    return trail
  }

  /// `2026-11-29T10:04:00Z` as `2026-11-29 10:04`.
  public static func shortDate(_ iso: String) -> String {
    String(iso.prefix(16).map { $0 == "T" ? " " : $0 })
  }

  private static func menuParents(_ pack: ContentPack) -> [String: String] {
    var parents: [String: String] = [:]
    var queue: [(String, [MenuEntry])] = [(GuideState.homeID, pack.home)]
    while !queue.isEmpty {
      let (parent, entries) = queue.removeFirst()
      for id in entries.compactMap(\.topicID) where parents[id] == nil && id != GuideState.homeID {
        parents[id] = parent
        queue.append((id, pack.topics[id]?.children ?? []))
      }
    }
    return parents
  }
}
