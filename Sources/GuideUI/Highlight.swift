import GuideCore

/// Where the words of a search occur in a line, in terminal cells (`SearchMatch` finds them).
enum Highlight {
  /// (first cell, cells) for each occurrence, left to right, not overlapping.
  static func ranges(of query: String, in text: String) -> [(Int, Int)] {
    let matches = SearchMatch.ranges(of: query, in: text)
    guard !matches.isEmpty else { return [] }
    let widths = text.map { CellWidth.of($0) }
    return matches.map { range in
      (widths[..<range.lowerBound].reduce(0, +), widths[range].reduce(0, +))
    }
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
