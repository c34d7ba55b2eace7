import GuideCore

/// Colour for text printed to a terminal (`show`, `search`): roles become SGR codes, or
/// nothing at all when colour is off, so piped output never holds an escape sequence.
public struct TextColor: Sendable, Equatable {
  public var enabled: Bool

  public init(enabled: Bool) { self.enabled = enabled }

  public static let off = TextColor(enabled: false)

  /// `text` in `role`'s look; unchanged when colour is off or the role has no look.
  public func paint(_ text: String, _ role: Role) -> String {
    guard enabled, !text.isEmpty, let code = Self.code(role) else { return text }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  /// Headings bold cyan, matches bold red (as grep shows them), links underlined.
  static func code(_ role: Role) -> String? {
    switch role {
    case .heading: "1;36"
    case .match: "1;31"
    case .emphasis: "1"
    case .link, .focusedLink: "4"
    case .good: "32"
    case .chart: "36"
    case .warn: "33"
    case .dim: "2"
    default: nil
    }
  }

  /// `text` with every match of `query` painted (as the search line highlights them).
  public func marking(_ query: SearchQuery, in text: String) -> String {
    guard enabled else { return text }
    let characters = Array(text)
    var result = ""
    var done = 0
    for range in SearchMatch.ranges(of: query, in: text) {
      result += String(characters[done..<range.lowerBound])
      result += paint(String(characters[range]), .match)
      done = range.upperBound
    }
    return result + String(characters[done...])
  }
}
