import GuideCore

/// Where the words of a search occur in a line, in terminal cells (`SearchMatch` finds them).
enum Highlight {
  /// (first cell, cells) for each occurrence, left to right, not overlapping.
  /// One pass over the text's cells, however many matches there are.
  static func ranges(of query: SearchQuery, in text: String) -> [(Int, Int)] {
    let matches = SearchMatch.ranges(of: query, in: text)
    guard !matches.isEmpty else { return [] }
    var starts = [0]
    for character in text.prefix(matches.last?.upperBound ?? 0) {
      starts.append(starts[starts.count - 1] + CellWidth.of(character))
    }
    return matches.map { (starts[$0.lowerBound], starts[$0.upperBound] - starts[$0.lowerBound]) }
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
