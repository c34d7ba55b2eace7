/// The search line (`/`, or `i` for the glossary index): results update as you type, Enter opens the selected hit at its first
/// match and keeps the query highlighted, `n`/`N` jump between matches across topics.
extension Guide {
  /// Opens the search line, with words already typed when they are given. `/` alone brings back
  /// the last search of the session, selected: typing replaces it, Right or End keeps it.
  mutating func startSearch(_ mode: SearchState.Mode, query: String? = nil) {
    let line =
      query.map { LineEdit($0) }
      ?? LineEdit(mode == .text ? state.searches.last ?? "" : "", selected: true)
    var search = SearchState(mode: mode, line: line)
    if defersSearch {
      searchPending = true
    } else {
      search.show(results(for: search))
    }
    state.overlay = .search(search)
  }

  /// What the search line finds: topics' text for `/` (the last word matching as a prefix
  /// while it is typed), glossary terms for `i`.
  private mutating func results(for search: SearchState) -> SearchResults {
    switch search.mode {
    case .text:
      guard !search.query.isEmpty else { return SearchResults() }
      searchesRun += 1
      makeSynonyms()
      return searchIndex.search(search.query, typing: search.typing).results
    case .index: return SearchResults(hits: GlossaryIndex.lookup(search.query, in: pack))
    }
  }

  /// Finds the hits of the words on the search line when a change of them was left waiting
  /// (`handle(together:)`): before anything that acts on the hits, and once the events that
  /// came in together are handled.
  mutating func searchIfPending() {
    guard searchPending else { return }
    searchPending = false
    guard var search = state.overlay?.search else { return }
    search.show(results(for: search))
    search.selection = 0
    state.overlay = .search(search)
  }

  /// Whether `key` on the search line only changes its words (or closes it), so it can leave
  /// the search waiting: typing and editing, and Up/Down bringing back earlier searches.
  private func onlyChangesTheWords(_ key: Key, _ search: SearchState) -> Bool {
    var line = search.line
    return key == .escape || (search.mode == .text && (key == .up || key == .down))
      || line.apply(key)
  }

  /// The search line's keys: Enter opens, Esc cancels, Tab and Shift-Tab (Ctrl-N, Ctrl-P)
  /// choose a hit, Up and Down bring back earlier searches (in the index, where there is no
  /// history, they choose a term), and the rest edit the line (`LineEdit`).
  mutating func searchKey(_ key: Key, _ search: SearchState) -> [Effect] {
    var search = search
    if searchPending, !onlyChangesTheWords(key, search) {
      searchIfPending()
      search = state.overlay?.search ?? search
    }
    let list = ListNavigation(selection: search.selection, count: search.hits.count)
    switch key {
    case .escape:
      // Cancelling also clears the last highlight: the way to be rid of it.
      state.overlay = nil
      state.highlight = nil
      return []
    case .enter:
      openHit(search)
      return []
    case .backspace where search.query.isEmpty:
      state.overlay = nil
      return []
    case .control("l"):
      return [.redraw]
    case .up where search.mode == .text:
      recall(&search, older: true)
    case .down where search.mode == .text:
      recall(&search, older: false)
    case .up, .backTab, .control("p"):
      search.selection = list.clamped(by: -1)
    case .down, .tab, .control("n"):
      search.selection = list.clamped(by: 1)
    case .pageUp:
      search.selection = list.clamped(by: -Chrome.bodyRows(state.size) / 2)
    case .pageDown:
      search.selection = list.clamped(by: Chrome.bodyRows(state.size) / 2)
    default:
      let before = search.query
      guard search.line.apply(key) else { return [] }
      if search.query != before { search.recalled = nil }
    }
    update(search)
    return []
  }

  /// Stores the search line, searching again when its words changed.
  private mutating func update(_ search: SearchState) {
    var search = search
    if state.overlay?.search?.query != search.query {
      search.selection = 0
      if defersSearch {
        searchPending = true
      } else {
        search.show(results(for: search))
      }
    }
    state.overlay = .search(search)
  }

  /// Up (`older`) or Down through this session's searches; Down past the newest returns to
  /// what was being typed.
  private func recall(_ search: inout SearchState, older: Bool) {
    let searches = state.searches
    let current = search.recalled?.index ?? searches.count
    let next = current + (older ? -1 : 1)
    guard next >= 0, next <= searches.count else { return }
    let draft = search.recalled?.draft ?? search.line
    if next == searches.count {
      search.line = draft
      search.recalled = nil
    } else {
      search.line = LineEdit(searches[next])
      search.recalled = SearchState.Recall(index: next, draft: draft)
    }
  }

  /// Closes the search line and opens its selected hit, keeping the query highlighted.
  mutating func openHit(_ search: SearchState) {
    state.overlay = nil
    if search.mode == .text, !search.query.isEmpty {
      state.searches.removeAll { $0 == search.query }
      state.searches.append(search.query)
      if state.searches.count > Self.searchesKept { state.searches.removeFirst() }
    }
    guard search.hits.indices.contains(search.selection) else { return }
    let hit = search.hits[search.selection]
    state.highlight = search.mode == .index ? hit.title : search.query
    openMatch(hit.topicID, block: hit.block)
  }

  /// Up goes back this many searches at most.
  static let searchesKept = 100

  /// Pasted text goes in at the cursor at once and is searched once: per character, a long
  /// paste would search the whole pack once for every character. Line breaks and tabs become
  /// spaces; control characters and bidi controls are dropped.
  mutating func paste(_ text: String) -> [Effect] {
    guard case .search(var search) = state.overlay else { return [] }
    state.status = nil
    search.line.insert(text)
    search.recalled = nil
    update(search)
    return []
  }

  /// Opens a topic scrolled to its first line that matches the highlight, or to the first
  /// match in `block` when the hit came from one.
  mutating func openMatch(_ id: String, fromEnd: Bool = false, block: Int? = nil) {
    guard let topic = pack.topics[id] else { return }
    if topic.isMenu {
      push(.menu(MenuPosition(id: id)))
      return
    }
    if case .page(let position) = state.screen, position.id == id {
      // Already here: only move.
    } else {
      push(.page(PagePosition(id: id)))
    }
    let page = currentPage()
    let lines = matchLines(in: page)
    if let block, let start = page?.blockLines[safe: block] {
      scrollTo(match: lines.first { $0 >= start } ?? start)
    } else if let line = fromEnd ? lines.last : lines.first {
      scrollTo(match: line)
    }
  }

  /// `n` (forward) or `N` (backward): the next matching line on this page, else the next
  /// topic with a match, wrapping around the guide.
  mutating func jumpToMatch(forward: Bool) {
    guard case .page(let position) = state.screen else { return }
    guard let query = state.highlight else {
      state.status = "No search yet: press / and type a word, then Enter."
      return
    }
    let lines = matchLines(in: currentPage())
    let current = position.match ?? position.scroll
    if let line = forward
      ? lines.first(where: { $0 > current }) : lines.last(where: { $0 < current })
    {
      scrollTo(match: line)
      return
    }
    let order = readableTopics
    let topics = Set(searchIndex.search(query, typing: true).results.hits.map(\.topicID))
    guard let here = order.firstIndex(of: position.id) else { return }
    for step in 1...order.count {
      let index = (here + (forward ? step : -step) + order.count * 2) % order.count
      if topics.contains(order[index]) {
        openMatch(order[index], fromEnd: !forward)
        let wrapped = forward ? index <= here : index >= here
        state.status = wrapped ? "Search wrapped around." : nil
        return
      }
    }
    state.status = "No other matches for \"\(query)\"."
  }

  /// Lines of the current page containing a word of the highlighted query.
  public func matchLines() -> [Int] { matchLines(in: page) }

  private func matchLines(in page: PageView?) -> [Int] {
    guard let query = highlightQuery, let page else { return [] }
    return page.lines.indices.filter { SearchMatch.contains(query, in: page.lines[$0].words) }
  }

  /// Scrolls so a matching line sits just below the top, with one line of context above.
  private mutating func scrollTo(match line: Int) {
    guard case .page(var position) = state.screen else { return }
    position.scroll = min(max(0, line - 1), maxScroll(currentPage()))
    position.match = line
    state.screen = .page(position)
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
