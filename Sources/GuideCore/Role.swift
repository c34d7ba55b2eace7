/// What a cell means, not how it looks: the terminal maps each role to attributes and colours.
public enum Role: Int, Sendable, Equatable, Hashable, CaseIterable {
  case normal
  /// Header bar and the screen's title.
  case title
  /// The focused menu item or option (also shown by a `›` marker, so it reads without colour).
  case selection
  /// Key names in the footer and help.
  case key
  case dim
  case good
  case warn
  case heading
  case emphasis
  case link
  /// The link Tab has moved to (also underlined and marked, not colour alone).
  case focusedLink
  /// The search match highlight.
  case match
  /// The filled part of a bar (scores, shares, progress), coloured to sit with the theme.
  case chart
}
