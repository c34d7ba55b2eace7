/// Which key table is active, and the footer's hints read from it.
extension Guide {
  /// The key table of the screen on screen.
  public var keyTable: KeyTable {
    switch state.screen {
    case .menu(let position):
      return position.id == GuideState.homeID ? Bindings.home : Bindings.menu
    case .page: return Bindings.page
    case .quiz(let position):
      switch position.step {
      case .intro: return Bindings.quizIntro
      case .question: return Bindings.quizQuestion
      case .feedback: return Bindings.quizFeedback
      }
    case .results(let position):
      if position.attempt != nil { return Bindings.attempt }
      return state.attempts.isEmpty ? Bindings.noResults : Bindings.results
    case .posting(.prompt): return Bindings.postingPrompt
    case .posting(.reading): return Bindings.postingReading
    case .plan: return Bindings.yourPlan
    }
  }

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
  }

  /// The footer's hints for the screen on screen, from its key table, most useful first, with
  /// `? help` and `q quit` where the screen offers them.
  public var footerHints: [FooterHint] {
    let table = keyTable
    var laidOut = true
    switch state.screen {
    case .page, .posting(.reading): laidOut = page != nil
    case .results(let position) where position.attempt != nil: laidOut = page != nil
    default: break
    }
    let hints = table.footer.compactMap { item -> FooterHint? in
      guard let hint = item.binding.hint, laidOut || item.binding == Bindings.back,
        shows(item.when)
      else { return nil }
      return FooterHint(keys: keys(of: hint, item.binding), action: hint.action)
    }
    let global = [Bindings.help, Bindings.quit].compactMap { binding in
      binding.hint.map { FooterHint(keys: keys(of: $0, binding), action: $0.action) }
    }
    return hints + (table.offersGlobal ? global : [])
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
  private var numberedItems: Int {
    switch state.screen {
    case .menu(let position): return min(9, entries(ofMenu: position.id).count)
    case .quiz(let position): return quizOptionCount(position.step)
    default: return 9
    }
  }

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
    case .oneOption, .severalOptions:
      guard case .quiz(let position) = state.screen else { return false }
      return (quizOptionCount(position.step) == 1) == (condition == .oneOption)
    }
  }

  /// The focused link of the page on screen.
  private var focusedLink: Int? {
    switch state.screen {
    case .page(let position): return position.focusedLink
    case .results(let position): return position.focusedLink
    case .posting(.reading(let page)): return page.focusedLink
    default: return nil
    }
  }

  /// Routes a key, in one order: the overlay takes every key when there is one; then the
  /// screen, when its table lists the key; then the keys that work everywhere. While the window
  /// is too small to show a screen, only `?`, Ctrl-L and `q` are taken.
  mutating func route(_ key: Key) -> [Effect] {
    if let overlay = state.overlay { return overlayKey(key, overlay) }
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

  private mutating func overlayKey(_ key: Key, _ overlay: Overlay) -> [Effect] {
    switch overlay {
    case .search(let search): return searchKey(key, search)
    case .confirm(.resetMarks): return resetMarksAnswered(key)
    case .help(let scroll): return helpKey(key, scroll: scroll)
    case .confirm(.leaveQuiz(let question, let selection)):
      return leaveQuizKey(key, question: question, selection: selection)
    }
  }

  mutating func screenKey(_ key: Key) -> [Effect] {
    switch state.screen {
    case .menu(let position): return menuKey(key, position)
    case .page(let position): return pageKey(key, position)
    case .quiz(let position): return quizKey(key, position)
    case .results(let position): return resultsKey(key, position)
    case .posting(.prompt(let prompt)): return postingPromptKey(key, prompt)
    case .posting(.reading(let page)): return postingPageKey(key, page)
    case .plan(let position): return planKey(key, position)
    }
  }
}
