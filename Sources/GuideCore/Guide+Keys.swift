/// Which key table is active, and the footer's hints read from it.
extension Guide {
  /// The key table of the screen on screen.
  public var keyTable: KeyTable { screenModel.keyTable(self) }

  /// The keys that work on every screen, after the screen's own: those the screen takes
  /// itself (the posting's line takes every printable key) are left out.
  public var globalBindings: [KeyBinding] {
    let table = keyTable
    return Bindings.global(answeringQuiz: isAnsweringQuiz).filter {
      !$0.keys.contains(where: table.takes)
    }
  }

  /// A footer hint ready to draw: its keys (the arrows are left to the terminal's glyphs) and
  /// what they do.
  public struct FooterHint: Sendable, Equatable {
    public enum Keys: Sendable, Equatable {
      case text(String)
      case upDown
    }

    public let keys: Keys
    public let action: String
    /// The screen's main key, which a narrow footer keeps (`FooterItem.main`).
    public var main = false
  }

  /// The footer's hints for the screen on screen, from its key table, most useful first, with
  /// `? help` and `q quit` where the screen offers them.
  public var footerHints: [FooterHint] {
    let table = keyTable
    // A screen read like a page offers only the way back until its page is laid out.
    let laidOut = screenModel.reading == nil || page != nil
    let hints = table.footer.compactMap { item -> FooterHint? in
      guard let hint = item.binding.hint, laidOut || item.binding == Bindings.back,
        shows(item.when)
      else { return nil }
      return FooterHint(keys: keys(of: hint, item.binding), action: hint.action, main: item.main)
    }
    let global = [Bindings.help, Bindings.quit].compactMap { binding in
      binding.hint.map { FooterHint(keys: keys(of: $0, binding), action: $0.action) }
    }
    return hints + (table.offersGlobal ? global : [])
  }

  /// The footer's hints while an overlay is open, from its key table.
  public var overlayFooterHints: [FooterHint] {
    guard let table = overlayModel?.keyTable(self) else { return [] }
    return table.footer.compactMap { item -> FooterHint? in
      guard let hint = item.binding.hint, shows(item.when) else { return nil }
      return FooterHint(keys: keys(of: hint, item.binding), action: hint.action)
    }
  }

  private func keys(of hint: KeyBinding.Hint, _ binding: KeyBinding) -> FooterHint.Keys {
    switch hint.keys {
    case .upDown: return .upDown
    case .text(let text): return .text(text)
    case .first(let count):
      return .text(binding.keys.prefix(count).map(\.name).joined(separator: "/"))
    case .numbers:
      let count = numberedItems
      return .text(count > 1 ? "1-\(count)" : "1")
    }
  }

  /// How many items the footer's numbers reach: a menu's first nine, a quiz step's options.
  private var numberedItems: Int { screenModel.numberedItems(self) }

  private func shows(_ condition: FooterItem.Condition) -> Bool {
    switch condition {
    case .always: return true
    case .links: return !(page?.links.isEmpty ?? true)
    case .focus: return focusedLink != nil
    case .highlight: return state.highlight != nil
    case .plan:
      if case .plan = state.screen { return !(planView?.actions.isEmpty ?? true) }
      return planView != nil
    case .packPlan: return pack.plan != nil
    case .helpScrolls: return helpScrolls
    case .oneOption, .severalOptions:
      return (numberedItems == 1) == (condition == .oneOption)
    }
  }

  /// The focused link of the page on screen.
  private var focusedLink: Int? { screenModel.focusedLink }

  /// Routes a key, in one order: the overlay (help, the search line, a question) takes every
  /// key when there is one; then the screen, when its table lists the key; then the keys that
  /// work everywhere. While the window is too small to show a screen, only `?`, Ctrl-L and `q`
  /// are taken.
  mutating func route(_ key: Key) -> [Effect] {
    if let overlay = overlayModel { return overlay.key(key, &self) }
    let fits = Chrome.fits(state.size)
    if fits, keyTable.takes(key) { return screenKey(key) }
    let bindings = fits ? globalBindings : Bindings.whenTooSmall
    guard let binding = bindings.first(where: { $0.takes(key) }) else { return [] }
    switch binding {
    case Bindings.quit: return [.quit]
    case Bindings.redraw: return [.redraw]
    case Bindings.help: state.overlay = .help(scroll: 0)
    case Bindings.search: startSearch(.text)
    case Bindings.index: startSearch(.index)
    case Bindings.forward: goForward()
    default: break
    }
    return []
  }

  mutating func screenKey(_ key: Key) -> [Effect] { screenModel.key(key, &self) }
}
