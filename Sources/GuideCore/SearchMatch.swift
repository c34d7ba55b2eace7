/// Where a search's words occur in one line of text, found the way `SearchIndex` finds them
/// (`SearchQuery`: whole words and their forms, synonyms, phrases), so the results list and
/// the page highlight exactly what was matched.
public enum SearchMatch {
  /// Character ranges of `text` that meet a term of `query`, left to right, not overlapping.
  ///
  /// Only the first `scanned` bytes are looked at: a line is shown a screen wide, and a
  /// paragraph of a megabyte would otherwise cost its every word at every frame.
  public static func ranges(of query: SearchQuery, in text: String) -> [Range<Int>] {
    guard !query.isEmpty else { return [] }
    var text = text
    var words: [Range<Int>] = []
    var bits: [UInt64] = []
    var known: [[UInt8]: UInt64] = [:]
    text.withUTF8 { bytes in
      let head = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, scanned)])
      SearchWords.scan(head) { range in
        let surface = SearchWords.surface(UnsafeBufferPointer(rebasing: head[range]))
        let marks = known[surface] ?? query.marks(surface: surface)
        known[surface] = marks
        words.append(range)
        bits.append(marks)
      }
    }
    var matched: [Range<Int>] = []
    var index = 0
    while index < words.count {
      var longest = 0
      // A question's small words only rank pages; they are never marked.
      for alternative in query.alternatives
      where alternative.words.count > longest && alternative.term < SearchQuery.firstQuestionTerm {
        let count = alternative.words.count
        guard index + count <= words.count,
          (0..<count).allSatisfy({ bits[index + $0] & (1 << alternative.words[$0]) != 0 })
        else { continue }
        longest = count
      }
      if longest > 0 {
        matched.append(words[index].lowerBound..<words[index + longest - 1].upperBound)
        index += longest
      } else {
        index += 1
      }
    }
    return characterRanges(matched, in: text)
  }

  /// Whether a term of `query` occurs in `text`: what `n`/`N` ask of every line of a page.
  public static func contains(_ query: SearchQuery, in text: String) -> Bool {
    !ranges(of: query, in: text).isEmpty
  }

  /// Bytes of a line looked at for matches.
  static let scanned = 65_536

  /// Byte ranges of a text's UTF-8 (ascending, not overlapping) as ranges of its characters,
  /// in one pass; a boundary inside a character rounds to the next character.
  static func characterRanges(_ ranges: [Range<Int>], in text: String) -> [Range<Int>] {
    guard !ranges.isEmpty else { return [] }
    let bounds = ranges.flatMap { [$0.lowerBound, $0.upperBound] }
    var characters: [Int] = []
    characters.reserveCapacity(bounds.count)
    var next = 0
    var byte = 0
    var character = 0
    for each in text {
      while next < bounds.count, bounds[next] <= byte {
        characters.append(character)
        next += 1
      }
      guard next < bounds.count else { break }
      byte += each.utf8.count
      character += 1
    }
    while characters.count < bounds.count { characters.append(character) }
    return ranges.indices.map { characters[2 * $0]..<characters[2 * $0 + 1] }
  }
}

extension SearchQuery {
  /// The matchers a word of some text meets, as bits (the index does this once per distinct
  /// word; a line shown on screen does it per word).
  func marks(surface: [UInt8]) -> UInt64 {
    let key = SearchWords.key(surface)
    var bits: UInt64 = 0
    for (index, matcher) in matchers.enumerated()
    where matcher.key == key || matcher.prefix.map({ surface.starts(with: $0) }) == true {
      bits |= 1 << index
    }
    return bits
  }
}
