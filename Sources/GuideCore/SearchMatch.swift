/// Where the words of a search occur in one line, found the way `SearchIndex` finds them:
/// each word on its own, ignoring case and British or American spelling (`SpellingFold`).
///
/// The index says which lines hold every word; this says where in a line each word is, so the
/// results list and the page can highlight every word, and a result's snippet can start near
/// its first match.
public enum SearchMatch {
  /// Character ranges of `text` where a word of `query` occurs, left to right, not overlapping.
  public static func ranges(of query: String, in text: String) -> [Range<Int>] {
    let words = words(of: query)
    guard !words.isEmpty else { return [] }
    // Each character lowercased to bytes, so a match can be mapped back to characters.
    let characters = text.map { Array(String($0).lowercased().utf8) }
    var ranges: [Range<Int>] = []
    var start = 0
    while start < characters.count {
      let end = words.lazy.compactMap { matchEnd(of: $0, in: characters, from: start) }.max()
      if let end {
        ranges.append(start..<end)
        start = end
      } else {
        start += 1
      }
    }
    return ranges
  }

  /// Whether any word of `query` occurs in `text`: the whole line folded once, without
  /// working out where, as `n`/`N` ask it of every line of a page.
  public static func contains(_ query: String, in text: String) -> Bool {
    let folded = SpellingFold.fold(ArraySlice(text.lowercased().utf8))
    return words(of: query).contains { word in
      folded.indices.contains { folded[$0...].starts(with: word) }
    }
  }

  /// The query's words, lowercased and folded, each once.
  static func words(of query: String) -> [[UInt8]] {
    var seen = Set<[UInt8]>()
    return query.lowercased().split(whereSeparator: \.isWhitespace)
      .map { SpellingFold.fold(ArraySlice($0.utf8)) }
      .filter { seen.insert($0).inserted }
      .prefix(SearchIndex.maximumWords).map { $0 }
  }

  /// The end of the shortest run of characters from `start` that folds to `word` (or to more
  /// that begins with it); nil when none does. A British spelling is at most a few bytes longer
  /// than the American one it folds to, so the run is never much longer than the word.
  private static func matchEnd(of word: [UInt8], in characters: [[UInt8]], from start: Int)
    -> Int?
  {
    guard let first = characters[start].first, first == word.first else { return nil }
    var bytes: [UInt8] = []
    var end = start
    while end < characters.count, bytes.count < word.count + slack {
      bytes += characters[end]
      end += 1
      guard bytes.count >= word.count else { continue }
      let folded = SpellingFold.fold(bytes[...])
      if folded.starts(with: word) { return end }
    }
    return nil
  }

  /// How many bytes longer than its folded form a British spelling can be ("programme").
  private static let slack = 4
}
