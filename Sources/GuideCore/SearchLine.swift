/// The search line (`/`) and the index (`i`) as an overlay: the state is `SearchState`, the
/// keys and the search itself are in Guide+Search.
extension SearchState: OverlayModel {
  public func keyTable(_ guide: Guide) -> KeyTable {
    mode == .index ? Bindings.indexLine : Bindings.searchLine
  }

  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] { guide.searchKey(key, self) }

  /// A click on a hit opens it, as selecting it and pressing Enter would.
  public func choose(_ index: Int, _ guide: inout Guide) -> [Effect] {
    guard hits.indices.contains(index) else { return [] }
    var search = self
    search.selection = index
    guide.openHit(search)
    return []
  }

  public func wheel(_ steps: Int, _ guide: inout Guide) {
    var search = self
    search.selection = ListNavigation(selection: selection, count: hits.count).clamped(by: steps)
    guide.state.overlay = .search(search)
  }

  public func paste(_ text: String, _ guide: inout Guide) -> [Effect] { guide.paste(text) }

  /// The search line and the index are screens of their own, not the page left behind.
  public func breadcrumbs(_ guide: Guide) -> [String]? {
    ["Home", mode == .index ? "Index" : "Search"]
  }
}
