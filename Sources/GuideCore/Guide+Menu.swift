/// A menu (home, or a topic with children): move, open by number or Enter, go back; on home
/// `R` resets the marks and `p` opens the plan.
extension MenuPosition: ScreenModel {
  var isHome: Bool { id == GuideState.homeID }

  public func keyTable(_ guide: Guide) -> KeyTable { isHome ? Bindings.home : Bindings.menu }

  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] {
    let entries = guide.entries(ofMenu: id)
    guard !entries.isEmpty else {
      guide.goBack()
      return []
    }
    var position = self
    switch ListNavigation(selection: selection, count: entries.count).outcome(of: key) {
    case .selected(let selection):
      position.selection = selection
      guide.state.screen = .menu(position)
    case .chose(let index):
      return choose(index, &guide)
    case .back:
      if !isHome || !guide.state.back.isEmpty { guide.goBack() }
    case .other where key == .character("R") && isHome:
      guide.askToResetMarks()
    case .other where key == .character("p") && isHome && guide.planView != nil:
      guide.openPlan()
    case .other:
      break
    }
    return []
  }

  /// Opens the `index`th entry of the menu, remembering it as the selection for Esc.
  public func choose(_ index: Int, _ guide: inout Guide) -> [Effect] {
    guard let entry = guide.entries(ofMenu: id)[safe: index] else { return [] }
    var position = self
    position.selection = index
    guide.state.screen = .menu(position)
    guide.open(entry.target)
    return []
  }

  public func wheel(_ steps: Int, _ guide: inout Guide) {
    var position = self
    position.selection = ListNavigation(
      selection: selection, count: guide.entries(ofMenu: id).count
    ).moved(by: steps)
    guide.state.screen = .menu(position)
  }

  public func breadcrumbs(_ guide: Guide) -> [String] { guide.path(to: id) }

  public func numberedItems(_ guide: Guide) -> Int { min(9, guide.entries(ofMenu: id).count) }

  /// The menu's title, its summary (home: the guide's tagline), then its entries, numbered.
  public func lineText(_ guide: Guide, quizOnly: Bool) -> [LineModeText] {
    let pack = guide.pack
    let topic = pack.topics[id]
    var lines: [LineModeText] = [.text(""), .text(topic?.title ?? pack.manifest.title)]
    if let summary = topic?.summary ?? Optional(pack.manifest.tagline), !summary.isEmpty {
      lines += .wrapped(summary)
    }
    return lines + .numbered(guide.entries(ofMenu: id).map(pack.title(of:)))
  }

  public func lineNumber(_ number: Int, _ guide: Guide) -> Event? {
    number <= guide.entries(ofMenu: id).count ? .chooseItem(number - 1) : nil
  }
}
