import GuideContent

/// A pack's synonym groups (`synonyms.yaml`) as word keys, ready to be found in a query.
public struct SynonymTable: Sendable {
  /// Each group's entries, each entry the keys of its words.
  let groups: [[[[UInt8]]]]
  /// Entries by the key of their first word: (group, entry).
  let byFirstKey: [[UInt8]: [(group: Int, entry: Int)]]

  public init(_ groups: [[String]]) {
    var keyed: [[[[UInt8]]]] = []
    var byFirstKey: [[UInt8]: [(group: Int, entry: Int)]] = [:]
    for group in groups {
      let entries = group.map { SearchWords.words(of: $0).map(\.key) }.filter { !$0.isEmpty }
      for (index, entry) in entries.enumerated() {
        byFirstKey[entry[0], default: []].append((keyed.count, index))
      }
      keyed.append(entries)
    }
    self.groups = keyed
    self.byFirstKey = byFirstKey
  }

  /// The longest entry that the words from `start` begin with: its group and length in words.
  func longestEntry(in keys: [[UInt8]], from start: Int) -> (group: Int, length: Int)? {
    var best: (group: Int, length: Int)?
    for (group, entry) in byFirstKey[keys[start]] ?? [] {
      let words = groups[group][entry]
      guard words.count > best?.length ?? 0, start + words.count <= keys.count,
        words.indices.allSatisfy({ words[$0] == keys[start + $0] })
      else { continue }
      best = (group, words.count)
    }
    return best
  }
}

/// A search as typed, turned into what a line must hold: *terms*, each met by any of its
/// *alternatives*, each a run of words.
///
/// - Words are matched whole, by key (`SearchWords`): forms and spellings of a word meet.
/// - A run of words that is an entry of a synonym group becomes one term whose alternatives
///   are the group's entries.
/// - Words that carry no meaning in a question (`stopWords`) are dropped, unless quoted or
///   unless nothing else is left.
/// - `"a quoted phrase"` is one term: those words, in that order.
/// - While typing (`typing`), the last word may also be the start of a longer word.
///
/// Reading stops after `maximumWords` words, so a query costs the same however much is pasted
/// after them.
public struct SearchQuery: Sendable {
  /// One way a word of the text can meet a word of the query.
  struct Matcher: Sendable, Equatable {
    var key: [UInt8]
    /// Set for the word being typed: any surface that starts with these bytes meets it too.
    var prefix: [UInt8]?
  }

  struct Alternative: Sendable {
    var term: Int
    /// Indexes into `matchers`, one per word, in order.
    var words: [Int]
  }

  var matchers: [Matcher] = []
  var alternatives: [Alternative] = []
  /// How many terms a line can meet; at most `maximumTerms`.
  public private(set) var termCount = 0
  /// The words looked for that stand alone (not in a synonym group or a phrase), with their
  /// matcher: the ones "Did you mean" can suggest for.
  var plainWords: [(surface: [UInt8], matcher: Int)] = []

  /// Words read from a query; the rest is ignored (nobody types more, and a paste of
  /// megabytes must cost no more than its first words).
  static let maximumWords = 32
  /// Terms a line is scored on: bits of a `UInt32`.
  static let maximumTerms = 16
  /// Matchers across all alternatives: bits of a `UInt64`.
  static let maximumMatchers = 64

  /// Words that carry no meaning in a query: "how much will I code" is a search for "code".
  static let stopWords: Set<[UInt8]> = Set(
    """
    a about am an and any are as at be been being but by can could did do does doing for from \
    get had has have how i i'm if in into is it its just me much my no not of on or our should \
    so some than that the their them then there these they this those to too very vs versus \
    was we were what when where which who whom why will with would you your
    """.split(separator: " ").map { Array($0.utf8) })

  public var isEmpty: Bool { termCount == 0 }

  /// `typing`: the words are being typed in the search line, so the last one, unless a space
  /// or a closing quote follows it, may be a prefix.
  public init(_ query: String, synonyms: SynonymTable, typing: Bool = false) {
    let parsed = Self.read(query)
    let words = parsed.words
    let openEnd = typing && parsed.endsInWord
    // Runs of unquoted words, and quoted phrases, in order.
    var index = 0
    var pending: [Pending] = []
    let keys = words.map(\.key)
    while index < words.count {
      let word = words[index]
      if let phrase = word.phrase {
        var end = index
        while end < words.count, words[end].phrase == phrase { end += 1 }
        pending.append(.phrase(Array(words[index..<end])))
        index = end
        continue
      }
      if let (group, length) = synonyms.longestEntry(in: keys, from: index),
        words[index..<(index + length)].allSatisfy({ $0.phrase == nil })
      {
        let last = index + length == words.count && openEnd && length == 1
        pending.append(.group(group, typed: word, prefix: last))
        index += length
        continue
      }
      pending.append(.word(word, prefix: openEnd && index == words.count - 1))
      index += 1
    }
    let meaningful = pending.filter {
      if case .word(let word, _) = $0 { return !Self.stopWords.contains(word.surface) }
      return true
    }
    for item in (meaningful.isEmpty ? pending : meaningful).prefix(Self.maximumTerms) {
      add(item, synonyms: synonyms)
    }
    guard !meaningful.isEmpty else { return }
    for case .word(let word, _) in pending where Self.stopWords.contains(word.surface) {
      addQuestionWord(word)
    }
  }

  /// Terms numbered from here on are a question's small words ("how", "much", "will", "I"):
  /// no topic has to hold them, but a title or heading holding every word of the question as
  /// typed ("How much will I still code?") is the page that answers it, and comes first.
  static let firstQuestionTerm = maximumTerms

  /// How many of a question's small words are looked for; their terms follow the others.
  public private(set) var questionTermCount = 0

  /// Bits of the terms every topic must hold, and of the question's small words.
  var termMask: UInt32 { (1 << termCount) - 1 }
  var questionMask: UInt32 {
    ((1 << questionTermCount) - 1) << UInt32(Self.firstQuestionTerm)
  }

  private mutating func addQuestionWord(_ word: Word) {
    guard questionTermCount < Self.maximumTerms,
      !alternatives.contains(where: {
        $0.term >= Self.firstQuestionTerm && matchers[$0.words[0]].key == word.key
      }),
      let matcher = matcher(Matcher(key: word.key))
    else { return }
    alternatives.append(
      Alternative(term: Self.firstQuestionTerm + questionTermCount, words: [matcher]))
    questionTermCount += 1
  }

  private enum Pending {
    case word(Word, prefix: Bool)
    case phrase([Word])
    case group(Int, typed: Word, prefix: Bool)
  }

  struct Word {
    var text: String
    var surface: [UInt8]
    var key: [UInt8]
    /// Which quoted phrase of the query the word is in.
    var phrase: Int?
  }

  private mutating func add(_ item: Pending, synonyms: SynonymTable) {
    let term = termCount
    var added = false
    switch item {
    case .word(let word, let prefix):
      if let matcher = matcher(Matcher(key: word.key, prefix: prefix ? word.surface : nil)) {
        alternatives.append(Alternative(term: term, words: [matcher]))
        plainWords.append((word.surface, matcher))
        added = true
      }
    case .phrase(let words):
      let indexes = words.compactMap { matcher(Matcher(key: $0.key)) }
      if indexes.count == words.count {
        alternatives.append(Alternative(term: term, words: indexes))
        added = true
      }
    case .group(let group, let typed, let prefix):
      var entries = synonyms.groups[group]
      if prefix { entries.insert([typed.key], at: 0) }
      for (position, entry) in entries.enumerated() {
        let isTyped = prefix && position == 0
        let indexes = entry.compactMap {
          matcher(Matcher(key: $0, prefix: isTyped ? typed.surface : nil))
        }
        guard indexes.count == entry.count else { continue }
        alternatives.append(Alternative(term: term, words: indexes))
        added = true
      }
    }
    if added { termCount += 1 }
  }

  /// The index of `wanted` among the matchers, added if new; nil when there is no room.
  private mutating func matcher(_ wanted: Matcher) -> Int? {
    if let index = matchers.firstIndex(of: wanted) { return index }
    guard matchers.count < Self.maximumMatchers else { return nil }
    matchers.append(wanted)
    return matchers.count - 1
  }

  /// The first `maximumWords` words of a query, each with the quoted phrase it is in, and
  /// whether the query ends inside a word (no space or closing quote after it).
  static func read(_ query: String) -> (words: [Word], endsInWord: Bool) {
    var query = query
    var words: [Word] = []
    var endsInWord = false
    query.withUTF8 { bytes in
      var phrase: Int?
      var phrases = 0
      var index = 0
      var wordStart = -1
      func endWord(at end: Int) {
        guard wordStart >= 0 else { return }
        let range = wordStart..<end
        wordStart = -1
        guard words.count < maximumWords else { return }
        let surface = SearchWords.surface(UnsafeBufferPointer(rebasing: bytes[range]))
        words.append(
          Word(
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
            surface: surface, key: SearchWords.key(surface), phrase: phrase))
      }
      while index < bytes.count, words.count < maximumWords {
        let (kind, length) = SearchWords.classify(bytes, at: index)
        let isQuote = bytes[index] == 0x22 || isCurlyQuote(bytes, at: index)
        if isQuote {
          endWord(at: index)
          if phrase == nil {
            phrase = phrases
            phrases += 1
          } else {
            phrase = nil
          }
        } else if kind == .letter {
          if wordStart < 0 { wordStart = index }
        } else if kind == .apostrophe, wordStart >= 0, index + length < bytes.count,
          SearchWords.classify(bytes, at: index + length).0 == .letter
        {
          // An apostrophe inside a word ("don't") is part of it.
        } else {
          endWord(at: index)
        }
        index += length
      }
      endsInWord = wordStart >= 0 && index == bytes.count
      endWord(at: index)
    }
    return (words, endsInWord)
  }

  /// “ or ” (three bytes each in UTF-8).
  private static func isCurlyQuote(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D)
  }
}

extension Guide {
  /// Words as the search line or a highlight reads them, with this pack's synonyms.
  public func searchQuery(_ text: String, typing: Bool = false) -> SearchQuery {
    SearchQuery(text, synonyms: synonyms, typing: typing)
  }

  /// The highlighted search, read as the search line read it when its hit was opened (the
  /// last word, unless a space ends it, also the start of a longer word), so a page marks,
  /// and `n` visits, what the list found.
  public var highlightQuery: SearchQuery? {
    state.highlight.map { searchQuery($0, typing: true) }
  }
}

extension SearchState {
  /// Whether the last word is still being typed: nothing (not a space, not a closing quote)
  /// follows it. Only then may it match as the start of a word. Where the cursor is plays no
  /// part, so moving it never changes what the words find.
  public var typing: Bool {
    guard let last = line.text.last else { return false }
    return !last.isWhitespace && last != "\"" && last != "\u{201D}"
  }

  /// Takes a search's results: the hits, what to suggest, whether every word was found.
  mutating func show(_ results: SearchResults) {
    hits = results.hits
    suggestions = results.suggestions
    everyWord = results.everyWord
  }
}
