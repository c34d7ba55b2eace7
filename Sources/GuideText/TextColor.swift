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

  /// `text` with every case-insensitive occurrence of `query` painted as a match.
  public func marking(_ query: String, in text: String) -> String {
    let needle = Array(query.lowercased())
    guard enabled, !needle.isEmpty else { return text }
    let characters = Array(text)
    var result = ""
    var index = 0
    while index < characters.count {
      let end = index + needle.count
      if end <= characters.count,
        characters[index..<end].map({ String($0).lowercased() }).joined() == String(needle)
      {
        result += paint(String(characters[index..<end]), .match)
        index = end
      } else {
        result.append(characters[index])
        index += 1
      }
    }
    return result
  }
}
