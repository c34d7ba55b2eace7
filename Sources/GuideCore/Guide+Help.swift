/// Help (`?`) scrolls like a page; Esc, `?` and `q` close it, as in less, man and htop.
extension Guide {
  /// The rows of help for the screen under it, at the current size.
  package var helpRows: [KeyHelp.Row] {
    KeyHelp.rows(for: keyTable, global: globalBindings, size: state.size)
  }

  mutating func helpKey(_ key: Key, scroll: Int) -> [Effect] {
    let last = KeyHelp.maxScroll(helpRows.count, state.size)
    let page = KeyHelp.visibleRows(state.size)
    let target: Int
    switch key {
    case .escape, .character("?"), .character("q"), .enter:
      state.overlay = nil
      return []
    case .control("l"): return [.redraw]
    case .down, .character("j"): target = scroll + 1
    case .up, .character("k"): target = scroll - 1
    case .pageDown, .character(" "), .control("f"): target = scroll + page
    case .pageUp, .character("b"), .control("b"): target = scroll - page
    case .home, .character("g"): target = 0
    case .end, .character("G"): target = last
    default:
      // Any other key closes help too, so nobody is stuck in it.
      state.overlay = nil
      return []
    }
    state.overlay = .help(scroll: min(max(0, target), last))
    return []
  }
}
