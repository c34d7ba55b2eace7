import GuideContent

/// The state machine: a content pack, the state, and every transition in `handle`.
///
/// No I/O and no globals; the clock is given, so tests fix the time. Tests send events and
/// compare the exact new state, and the app carries out the returned effects.
public struct Guide: Sendable {
  public let pack: ContentPack
  public internal(set) var state: GuideState
  /// The time stamp for a finished attempt (ISO 8601); tests give a fixed one.
  let now: @Sendable () -> String
  /// The characters the terminal draws (ASCII under `--ascii` or without UTF-8): every layout
  /// wraps text in the form it is drawn in, so what Core lays out and scrolls is what is seen.
  public let glyphs: Glyphs
  /// Each topic's menu parent, for breadcrumbs ("Home › Skills › Community").
  let parents: [String: String]
  /// Made on the first search, so a start that never searches does not pay for it.
  lazy var searchIndex = SearchIndex(pack, synonyms: synonyms)
  /// The pack's synonym groups as word keys, made by `settle` when a search line or a
  /// highlight first needs them: making them stems every synonym, a fifth of the
  /// instructions of a start that never searches.
  private(set) var madeSynonyms: SynonymTable?
  /// The page on screen, laid out for the current width: derived from the state, kept only so
  /// a key press does not lay the page out again.
  private var pageCache: (key: any PageSourcing, page: PageView)?
  /// While events that came in together are handled (`handle(together:)`), a change of the
  /// search line's words waits for the words typed last, and `searchPending` says the hits are
  /// not yet those of the words on the line.
  var defersSearch = false
  var searchPending = false
  /// How many times the pack's text was searched: what handling keys together saves.
  var searchesRun = 0

  /// `now` is the clock that dates finished attempts (ISO 8601); tests give a fixed one.
  public init(
    pack: ContentPack, state: GuideState, now: @escaping @Sendable () -> String,
    glyphs: Glyphs = Glyphs(unicode: true)
  ) {
    self.pack = pack
    self.state = state
    self.now = now
    self.glyphs = glyphs
    self.parents = Guide.menuParents(pack)
    settle()
  }

  /// The only way the state changes: one event in, the work for the app out.
  public mutating func handle(_ event: Event) -> [Effect] {
    let effects = reduce(event)
    settle()
    return effects
  }

  /// Events that came in together (keys typed while earlier work ran), in order, up to and
  /// including the first that returns effects: those are carried out before the next event is
  /// handled, as when events come one at a time. Returns the effects and how many events were
  /// handled.
  ///
  /// The state is the one handling them one at a time gives, but typing on the search line
  /// searches once, for the words typed last: each search of a big pack takes longer than
  /// the keys typed meanwhile, and searching for each would keep the guide behind the typing.
  public mutating func handle(together events: some Collection<Event>) -> (
    effects: [Effect], handled: Int
  ) {
    defersSearch = true
    var effects: [Effect] = []
    var handled = 0
    for event in events where effects.isEmpty {
      effects = handle(event)
      handled += 1
    }
    defersSearch = false
    searchIfPending()
    return (effects, handled)
  }

  private mutating func reduce(_ event: Event) -> [Effect] {
    switch event {
    case .resized(let size):
      resize(to: size)
      return []
    case .notice(let message):
      state.status = message
      return []
    case .key(let key):
      state.status = nil
      return keyPressed(key)
    case .wheel(let up):
      state.status = nil
      wheelTurned(by: up ? -3 : 3)
      return []
    case .chooseItem(let index):
      state.status = nil
      return chooseItem(index)
    case .followLink(let index):
      state.status = nil
      followLink(index)
      return []
    case .search(let words):
      startSearch(.text, query: words)
      return []
    case .openQuiz:
      openQuiz()
      return []
    case .openCheck:
      openCheck()
      return []
    case .resume(let place):
      resume(at: place)
      return []
    case .paste(let text):
      if let overlay = overlayModel { return overlay.paste(text, &self) }
      return screenModel.paste(text, &self) ?? []
    case .postingFileRead(let path, let file):
      postingFileRead(path, file)
      return []
    }
  }

  /// A key goes to the overlay when there is one, else to the screen when its table lists the
  /// key, else to the keys that work everywhere (`route`, in Guide+Keys). Clicks, the wheel
  /// and pastes go to the overlay too when there is one (Guide+Pointing).
  private mutating func keyPressed(_ key: Key) -> [Effect] {
    route(key)
  }

  // MARK: - Navigation shared by every screen

  /// Opens a screen, remembering the current one for Esc. A new path forgets the forward list.
  mutating func push(_ screen: Screen) {
    state.back.append(state.screen)
    state.forward = []
    state.screen = screen
  }

  /// Back to the previous screen; from anywhere without history, back to home.
  mutating func goBack() {
    if let previous = state.back.popLast() {
      if case .quiz = state.screen {} else { state.forward.append(state.screen) }
      state.screen = previous
    } else {
      state.screen = .home
    }
  }

  /// Returns to the screen last left with Esc.
  mutating func goForward() {
    guard let next = state.forward.popLast() else { return }
    state.back.append(state.screen)
    state.screen = next
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
    case .check: openCheck()
    case .results: push(.results(ResultsPosition()))
    case .posting: openPosting()
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

  // MARK: - The laid-out page, derived

  private var pageKey: (any PageSourcing)? {
    screenModel.pageSource(width: Chrome.textWidth(state.size), self)
  }

  /// The page or attempt on screen, laid out for the current width; nil on other screens.
  public var page: PageView? {
    guard let key = pageKey else { return nil }
    if let pageCache, pageCache.key.isSame(as: key) { return pageCache.page }
    return key.layout(in: self)
  }

  /// The page on screen, laid out once per screen and width.
  mutating func currentPage() -> PageView? {
    guard let key = pageKey else { return nil }
    if let pageCache, pageCache.key.isSame(as: key) { return pageCache.page }
    guard let page = key.layout(in: self) else { return nil }
    pageCache = (key, page)
    return page
  }

  /// After every event: the page on screen is laid out, and its scroll and link focus are
  /// within its bounds.
  private mutating func settle() {
    overlayModel?.settle(&self)
    _ = currentPage()
    screenModel.settle(&self)
    if state.overlay?.search != nil || state.highlight != nil { makeSynonyms() }
  }

  /// What every search and highlight reads the words with: made once (`makeSynonyms`).
  public var synonyms: SynonymTable { madeSynonyms ?? SynonymTable(pack.synonyms) }

  /// Makes the synonym table on the first search or highlight, and keeps it.
  mutating func makeSynonyms() {
    if madeSynonyms == nil { madeSynonyms = SynonymTable(pack.synonyms) }
  }

  /// A new terminal size; on a page, the block that was at the top of the screen stays there.
  private mutating func resize(to size: Size) {
    let old = currentPage()
    state.size = size
    screenModel.resized(from: old, &self)
  }

  func maxScroll(_ page: PageView?) -> Int {
    max(0, (page?.lines.count ?? 0) - Chrome.bodyRows(state.size))
  }

  /// Opens a saved place as if the reader had walked there: Esc climbs the menus above it.
  mutating func resume(at place: Place) {
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
    if let crumbs = overlayModel?.breadcrumbs(self) { return crumbs }
    return ["Home"] + screenModel.breadcrumbs(self)
  }

  /// The titles of the menus above a topic, and its own.
  func path(to id: String) -> [String] {
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
