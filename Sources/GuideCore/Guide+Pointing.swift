/// Picking an item or a link directly (a mouse click, or a number typed in the line mode), and
/// the mouse wheel.
extension Guide {
  /// Picks the `index`th item of the list on screen, as selecting it and pressing Enter would.
  mutating func chooseItem(_ index: Int) -> [Effect] {
    guard index >= 0, Chrome.fits(state.size) else { return [] }
    searchIfPending()
    if let overlay = overlayModel { return overlay.choose(index, &self) }
    return screenModel.choose(index, &self)
  }

  /// Follows the `index`th link of the page on screen, as focusing it and pressing Enter would.
  mutating func followLink(_ index: Int) {
    guard state.overlay == nil, Chrome.fits(state.size) else { return }
    screenModel.followLink(index, &self)
  }

  /// Scrolls a page, or moves the selection of the list on screen, `steps` lines or items.
  mutating func wheelTurned(by steps: Int) {
    guard Chrome.fits(state.size) else { return }
    searchIfPending()
    if let overlay = overlayModel {
      overlay.wheel(steps, &self)
    } else {
      screenModel.wheel(steps, &self)
    }
  }
}
