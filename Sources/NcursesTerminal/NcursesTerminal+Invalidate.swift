extension NcursesTerminal {
  /// Part of `Terminal`: the next draw repaints the whole screen.
  public func invalidate() { forceFullRedraw() }
}
