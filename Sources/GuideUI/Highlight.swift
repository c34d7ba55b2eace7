import GuideCore

/// Where a search query occurs in a line, case-insensitively, in terminal cells.
enum Highlight {
  /// (first cell, cells) for each occurrence, left to right, not overlapping.
  static func ranges(of query: String, in text: String) -> [(Int, Int)] {
    let needle = Array(query.lowercased())
    let characters = Array(text)
    guard !needle.isEmpty, characters.count >= needle.count else { return [] }
    var ranges: [(Int, Int)] = []
    var index = 0
    var column = 0
    while index + needle.count <= characters.count {
      let window = characters[index..<(index + needle.count)]
      if window.map({ String($0).lowercased() }).joined() == String(needle) {
        let cells = window.reduce(0) { $0 + CellWidth.of($1) }
        ranges.append((column, cells))
        column += cells
        index += needle.count
      } else {
        column += CellWidth.of(characters[index])
        index += 1
      }
    }
    return ranges
  }
}

/// The symbol and word for a progress mark; never colour alone.
enum MarkGlyph {
  static func symbol(_ mark: TopicMark, _ glyphs: Glyphs) -> String {
    switch mark {
    case .done: return glyphs.unicode ? "✓" : "x"
    case .learning: return glyphs.unicode ? "◐" : "~"
    case .skipped: return glyphs.unicode ? "–" : "-"
    }
  }

  static func label(_ mark: TopicMark, _ glyphs: Glyphs) -> String {
    symbol(mark, glyphs) + " " + mark.rawValue
  }

  static func legend(_ glyphs: Glyphs) -> String {
    TopicMark.allCases.map { label($0, glyphs) }.joined(separator: "  ")
  }
}
