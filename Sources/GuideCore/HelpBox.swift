/// Help (`?`): the keys of the screen under it in a box that scrolls like a page; Esc, `?` and
/// `q` close it, as in less, man and htop, and so does any key it does not use.
public struct HelpBox: OverlayModel {
  /// The row of `Guide.helpRows` at the top of the box.
  public let scroll: Int

  public func keyTable(_ guide: Guide) -> KeyTable { Bindings.helpBox }

  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] {
    let size = guide.state.size
    let page = KeyHelp.visibleRows(size)
    let target: Int
    switch key {
    case .escape, .character("?"), .character("q"), .enter:
      guide.state.overlay = nil
      return []
    case .control("l"): return [.redraw]
    case .down, .character("j"): target = scroll + 1
    case .up, .character("k"): target = scroll - 1
    case .pageDown, .character(" "), .control("f"): target = scroll + page
    case .pageUp, .character("b"), .control("b"): target = scroll - page
    case .home, .character("g"): target = 0
    case .end, .character("G"): target = Self.last(guide)
    default:
      // Any other key closes help too, so nobody is stuck in it.
      guide.state.overlay = nil
      return []
    }
    scroll(to: target, &guide)
    return []
  }

  public func wheel(_ steps: Int, _ guide: inout Guide) {
    scroll(to: scroll + steps, &guide)
  }

  public func settle(_ guide: inout Guide) {
    guide.state.overlay = .help(scroll: min(scroll, Self.last(guide)))
  }

  private func scroll(to target: Int, _ guide: inout Guide) {
    guide.state.overlay = .help(scroll: min(max(0, target), Self.last(guide)))
  }

  /// The furthest help scrolls at the current size.
  static func last(_ guide: Guide) -> Int {
    KeyHelp.maxScroll(guide.helpRows.count, guide.state.size)
  }
}

extension Guide {
  /// The rows of help for the screen under it, at the current size.
  public var helpRows: [KeyHelp.Row] {
    KeyHelp.rows(for: keyTable, global: globalBindings, size: state.size)
  }

  /// Whether help has rows out of sight, so its footer offers scrolling.
  var helpScrolls: Bool { HelpBox.last(self) > 0 }
}
