/// A topic's page: read like less (`ReadingScreen`), `d`/`l`/`s` mark progress and `n`/`N`
/// jump between search matches.
extension PagePosition: ReadingScreen {
  public var screen: Screen { .page(self) }

  public func keyTable(_ guide: Guide) -> KeyTable { Bindings.page }

  public func ownKey(_ key: Key, _ guide: inout Guide) -> [Effect]? {
    switch key {
    case .character("d"): return guide.toggleMark(.done, on: id)
    case .character("l"): return guide.toggleMark(.learning, on: id)
    case .character("s"): return guide.toggleMark(.skipped, on: id)
    case .character("n"), .character("N"):
      guide.jumpToMatch(forward: key == .character("n"))
      return []
    default: return nil
    }
  }

  public func pageSource(width: Int, _ guide: Guide) -> (any PageSourcing)? {
    guide.pack.topics[id] != nil ? TopicPage(id: id, width: width) : nil
  }

  public func breadcrumbs(_ guide: Guide) -> [String] { guide.path(to: id) }

  /// The block that was at the top of the screen stays there.
  public func resized(from old: PageView?, _ guide: inout Guide) {
    guard let old, let new = guide.currentPage(), new.width != old.width,
      let block = old.blockLines.lastIndex(where: { $0 <= scroll }),
      let line = new.blockLines[safe: block]
    else { return }
    var moved = self
    moved.scroll = line
    guide.state.screen = moved.screen
  }

  public func linePrompt(_ guide: Guide, words: String) -> String {
    "Link number, \(words) >"
  }
}

/// A topic's page at a width.
struct TopicPage: PageSourcing {
  let id: String
  let width: Int

  func layout(in guide: Guide) -> PageView? {
    guide.pack.topics[id].map {
      PageLayout.layout($0, in: guide.pack, width: width, glyphs: guide.glyphs)
    }
  }
}
