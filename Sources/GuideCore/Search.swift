import GuideContent
import GuidePosting

/// One result of a search: a topic (or a quiz question), the passage that matched best, and
/// how many other passages of it matched.
public struct SearchHit: Sendable, Equatable {
  public var topicID: String
  public var title: String
  /// The best passage's whole text.
  public var line: String
  /// Which block of the topic's body the passage is (bullets count one by one), so opening the
  /// hit shows it; nil for a title, a summary or a quiz explanation.
  public var block: Int?
  /// Other passages of the same topic that matched.
  public var more: Int

  public init(topicID: String, title: String, line: String, block: Int? = nil, more: Int = 0) {
    self.topicID = topicID
    self.title = title
    self.line = line
    self.block = block
    self.more = more
  }
}

/// What a search found: the hits, best first, and what to suggest when they fall short.
public struct SearchResults: Sendable, Equatable {
  public var hits: [SearchHit]
  /// False when no topic holds every word and the hits hold the most of them.
  public var everyWord: Bool
  /// Words of the pack near the query's words it does not contain ("salries": salary).
  public var suggestions: [String]

  public init(hits: [SearchHit] = [], everyWord: Bool = true, suggestions: [String] = []) {
    self.hits = hits
    self.everyWord = everyWord
    self.suggestions = suggestions
  }
}

/// Search over every topic's text and the quiz explanations, by whole words (`SearchQuery`).
///
/// Made once per pack: every word of the pack is cut out (`SearchWords`), and the text is kept
/// as one array of word numbers, a number per distinct word as written. A query marks the
/// numbers each of its words meets (a pass over the distinct words), then passes once over
/// the array: linear in the pack, and in memory a number per word rather than its text.
/// Results are grouped by topic and ranked (`rank`); a hit's words are looked up only when it
/// is shown.
public struct SearchIndex: Sendable {
  private let pack: ContentPack
  public let synonyms: SynonymTable
  /// Each word of every line, by its number; lines follow each other.
  private var words: [Int32] = []
  /// Where each line's words start in `words`, and one past the last.
  private var lineStarts: [Int32] = [0]
  private var lines: [Line] = []
  /// By word number: the surface (lower case, spellings folded; one after another in
  /// `surfaceBytes`), its key's number, how often it occurs.
  private var surfaceBytes: [UInt8] = []
  private var surfaceStarts: [Int32] = [0]
  private(set) var keyOfSurface: [Int32] = []
  private(set) var frequency: [Int32] = []
  /// Key numbers, and for each key its shortest surface: what a suggestion shows.
  private(set) var keyNumbers: [[UInt8]: Int32] = [:]
  private(set) var shortestSurface: [Int32] = []
  /// Topics in menu order, then quiz questions: what hits are grouped by.
  private var unitCount = 0

  private enum Line: Sendable, Equatable {
    /// Topics by their place in `topicOrder`; blocks numbered as `PageView.blockLines` does
    /// (each bullet counts). `body` and `item` say where the block is in the topic's body, so
    /// a hit finds its words at once instead of walking the body.
    case title(topic: Int)
    case summary(topic: Int)
    case heading(topic: Int, number: Int, body: Int)
    case block(topic: Int, number: Int, body: Int, item: Int?)
    /// A knowledge question's text and its explanation.
    case quiz(question: Int, unit: Int)

    var unit: Int {
      switch self {
      case .title(let topic), .summary(let topic), .heading(let topic, _, _),
        .block(let topic, _, _, _):
        return topic
      case .quiz(_, let unit): return unit
      }
    }

    /// Titles first, then headings and summaries, then the text.
    var weight: Int {
      switch self {
      case .title: return 0
      case .heading, .summary: return 1
      case .block, .quiz: return 2
      }
    }
  }

  /// `synonyms` are the pack's, when they are already made (the guide makes them once).
  public init(_ pack: ContentPack, synonyms: SynonymTable? = nil) {
    self.pack = pack
    self.synonyms = synonyms ?? SynonymTable(pack.synonyms)
    var cache = WordCache()
    var surfaceNumbers: [[UInt8]: Int32] = [:]
    func add(_ line: Line, _ texts: [String]) {
      lines.append(line)
      for text in texts {
        var text = text
        text.withUTF8 { bytes in
          SearchWords.scan(bytes) { range in
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            let (cached, place) = cache.find(word)
            let number = cached ?? number(of: SearchWords.surface(word), &surfaceNumbers)
            if cached == nil, let place { cache.add(word, id: number, at: place) }
            words.append(number)
            frequency[Int(number)] += 1
          }
        }
      }
      lineStarts.append(Int32(words.count))
    }
    for (index, id) in pack.topicOrder.enumerated() {
      guard let topic = pack.topics[id] else { continue }
      add(.title(topic: index), [topic.title])
      if !topic.summary.isEmpty { add(.summary(topic: index), [topic.summary]) }
      var number = 0
      for (body, block) in topic.body.enumerated() {
        switch block {
        case .heading(let text):
          add(.heading(topic: index, number: number, body: body), [text])
        case .paragraph(let inlines):
          add(.block(topic: index, number: number, body: body, item: nil), inlines.map(\.plainText))
        case .bullets(let items):
          for (item, inlines) in items.enumerated() {
            add(
              .block(topic: index, number: number + item, body: body, item: item),
              inlines.map(\.plainText))
          }
          number += items.count - 1
        }
        number += 1
      }
    }
    unitCount = pack.topicOrder.count
    for (index, question) in (pack.quiz?.questions ?? []).enumerated() {
      guard case .knowledge(_, _, let explanation, _) = question.kind else { continue }
      add(.quiz(question: index, unit: unitCount), [question.text, explanation])
      unitCount += 1
    }
  }

  /// The number of a surface, numbering it (and its key) when it is new.
  private mutating func number(of surface: [UInt8], _ numbers: inout [[UInt8]: Int32]) -> Int32 {
    if let number = numbers[surface] { return number }
    let number = Int32(keyOfSurface.count)
    numbers[surface] = number
    let key = SearchWords.key(surface)
    let keyNumber: Int32
    if let known = keyNumbers[key] {
      keyNumber = known
      let shortest = Int(shortestSurface[Int(known)])
      if surface.count < surfaceLength(shortest) { shortestSurface[Int(known)] = number }
    } else {
      keyNumber = Int32(shortestSurface.count)
      keyNumbers[key] = keyNumber
      shortestSurface.append(number)
    }
    surfaceBytes += surface
    surfaceStarts.append(Int32(surfaceBytes.count))
    keyOfSurface.append(keyNumber)
    frequency.append(0)
    return number
  }

  func surfaceLength(_ number: Int) -> Int {
    Int(surfaceStarts[number + 1] - surfaceStarts[number])
  }

  func surface(_ number: Int) -> ArraySlice<UInt8> {
    surfaceBytes[Int(surfaceStarts[number])..<Int(surfaceStarts[number + 1])]
  }

  /// `query` read against this pack's synonyms.
  public func query(_ text: String, typing: Bool = false) -> SearchQuery {
    SearchQuery(text, synonyms: synonyms, typing: typing)
  }

  /// Every hit of `query` (typed in full), best first.
  public func hits(for query: String) -> [SearchHit] {
    search(query).results.hits
  }

  /// The hits of `query`, best first; `typing` as `SearchQuery` takes it. At most `limit` hits
  /// are made (each copies its passage's text); `count` is how many there are in all.
  public func search(_ query: String, typing: Bool = false, limit: Int = .max)
    -> (results: SearchResults, count: Int)
  {
    let query = self.query(query, typing: typing)
    guard !query.isEmpty else { return (SearchResults(), 0) }
    let marks = marks(of: query)
    let found = scan(query, marks: marks)
    let ranked = rank(found, terms: query.termCount)
    var results = SearchResults(everyWord: ranked.everyWord)
    for unit in ranked.units.prefix(limit) {
      guard let hit = hit(found[unit]) else { continue }
      results.hits.append(hit)
    }
    if ranked.units.isEmpty || !ranked.everyWord {
      results.suggestions = suggestions(for: query, marks: marks)
    }
    return (results, ranked.units.count)
  }

  /// By word number, the matchers of `query` it meets, as bits.
  private func marks(of query: SearchQuery) -> [UInt64] {
    var byKey = [UInt64](repeating: 0, count: shortestSurface.count)
    var prefixes: [(bytes: [UInt8], bit: UInt64)] = []
    for (index, matcher) in query.matchers.enumerated() {
      if let key = keyNumbers[matcher.key] { byKey[Int(key)] |= 1 << index }
      if let prefix = matcher.prefix { prefixes.append((prefix, 1 << index)) }
    }
    var marks = [UInt64](repeating: 0, count: keyOfSurface.count)
    for number in keyOfSurface.indices {
      var bits = byKey[Int(keyOfSurface[number])]
      for prefix in prefixes where surface(number).starts(with: prefix.bytes) {
        bits |= prefix.bit
      }
      marks[number] = bits
    }
    return marks
  }

  /// What one topic (or quiz question) holds of a query.
  struct Found {
    var unit = 0
    /// Terms met anywhere; in the title; in a heading or the summary.
    var terms: UInt32 = 0
    var titleTerms: UInt32 = 0
    var headingTerms: UInt32 = 0
    /// Lines that met a term, and the best of them.
    var lines = 0
    var best = -1
    var bestTerms: UInt32 = 0
    /// The best line's score: the terms it holds, then the question's small words.
    var bestScore = 0
    /// A title, heading or summary holds every term and every small word of the question.
    var asksTheQuestion = false
  }

  /// One pass over every word: which terms each line meets, gathered by topic.
  private func scan(_ query: SearchQuery, marks: [UInt64]) -> [Found] {
    var found = [Found](repeating: Found(), count: unitCount)
    var startingWith = [[Int]](repeating: [], count: query.matchers.count)
    for (index, alternative) in query.alternatives.enumerated() {
      startingWith[alternative.words[0]].append(index)
    }
    words.withUnsafeBufferPointer { words in
      marks.withUnsafeBufferPointer { marks in
        for line in lines.indices {
          let terms = Self.terms(
            Int(lineStarts[line])..<Int(lineStarts[line + 1]), query, startingWith, words, marks)
          guard terms & query.termMask != 0 else { continue }
          note(line, terms: terms, query, in: &found)
        }
      }
    }
    return found
  }

  /// The terms the words in `range` meet: a term's alternative is met where its words follow
  /// each other, each marked with its matcher.
  @inline(__always)
  private static func terms(
    _ range: Range<Int>, _ query: SearchQuery, _ startingWith: [[Int]],
    _ words: UnsafeBufferPointer<Int32>, _ marks: UnsafeBufferPointer<UInt64>
  ) -> UInt32 {
    var terms: UInt32 = 0
    for position in range {
      var bits = marks[Int(words[position])]
      while bits != 0 {
        let matcher = bits.trailingZeroBitCount
        bits &= bits - 1
        for index in startingWith[matcher] {
          let alternative = query.alternatives[index]
          let count = alternative.words.count
          guard position + count <= range.upperBound else { continue }
          var offset = 1
          while offset < count,
            marks[Int(words[position + offset])] & (1 << alternative.words[offset]) != 0
          {
            offset += 1
          }
          if offset == count { terms |= 1 << alternative.term }
        }
      }
    }
    return terms
  }

  /// Adds what line `line` met (`terms`, some of the query's) to its topic's entry.
  @inline(__always)
  private func note(_ line: Int, terms: UInt32, _ query: SearchQuery, in found: inout [Found]) {
    let held = terms & query.termMask
    let kind = lines[line]
    var entry = found[kind.unit]
    entry.unit = kind.unit
    entry.terms |= held
    entry.lines += 1
    if kind.weight == 0 { entry.titleTerms |= held }
    if kind.weight == 1 { entry.headingTerms |= held }
    if kind.weight < 2, query.questionTermCount > 0, terms == query.termMask | query.questionMask {
      entry.asksTheQuestion = true
    }
    // The title is shown anyway: a passage holding as many words is the better snippet.
    // A heading holding more of the question's small words is the better one too.
    let small = kind.weight < 2 ? (terms & query.questionMask).nonzeroBitCount : 0
    let score = held.nonzeroBitCount * 64 + small
    let better = score - entry.bestScore
    if entry.best < 0 || better > 0 || (better == 0 && lines[entry.best].weight == 0) {
      entry.best = line
      entry.bestTerms = held
      entry.bestScore = score
    }
    found[kind.unit] = entry
  }

  /// The topics to show, best first. Those holding every term, when any does; else those
  /// holding the most. First a topic whose title or a heading asks the question as typed; then:
  /// the title holds what the topic matched, a heading or the summary does, the title or a
  /// heading holds some of it, only the text does; then more terms in one passage; then more
  /// passages; then menu order.
  private func rank(_ found: [Found], terms: Int) -> (units: [Int], everyWord: Bool) {
    let all: UInt32 = terms >= 32 ? .max : (1 << terms) - 1
    let most = found.map(\.terms.nonzeroBitCount).max() ?? 0
    guard most > 0 else { return ([], true) }
    let everyWord = found.contains { $0.terms == all }
    let shown = found.filter { everyWord ? $0.terms == all : $0.terms.nonzeroBitCount == most }
    func tier(_ entry: Found) -> Int {
      if entry.asksTheQuestion { return 0 }
      if entry.titleTerms == entry.terms { return 1 }
      if (entry.titleTerms | entry.headingTerms) == entry.terms { return 2 }
      return (entry.titleTerms | entry.headingTerms) != 0 ? 3 : 4
    }
    let sorted = shown.sorted {
      (tier($0), -$0.bestTerms.nonzeroBitCount, -$0.lines, $0.unit)
        < (tier($1), -$1.bestTerms.nonzeroBitCount, -$1.lines, $1.unit)
    }
    return (sorted.map(\.unit), everyWord)
  }

  /// The hit a topic's best line stands for, with its whole text.
  private func hit(_ found: Found) -> SearchHit? {
    guard found.best >= 0 else { return nil }
    let more = found.lines - 1
    switch lines[found.best] {
    case .quiz(let index, _):
      guard let question = pack.quiz?.questions[index],
        case .knowledge(_, _, let explanation, let topic) = question.kind
      else { return nil }
      return SearchHit(
        topicID: topic, title: "Quiz: \(question.text)", line: explanation, more: more)
    case .title(let index), .summary(let index), .heading(let index, _, _),
      .block(let index, _, _, _):
      let id = pack.topicOrder[index]
      guard let topic = pack.topics[id] else { return nil }
      switch lines[found.best] {
      case .heading(_, let number, let body), .block(_, let number, let body, _):
        let inlines: [Inline]
        switch topic.body[body] {
        case .heading(let text): inlines = [.text(text)]
        case .paragraph(let paragraph): inlines = paragraph
        case .bullets(let items):
          guard case .block(_, _, _, let item) = lines[found.best] else { return nil }
          inlines = items[item ?? 0]
        }
        let words = inlines.map(\.plainText).joined()
        return SearchHit(topicID: id, title: topic.title, line: words, block: number, more: more)
      case .summary:
        return SearchHit(topicID: id, title: topic.title, line: topic.summary, more: more)
      default:
        return SearchHit(topicID: id, title: topic.title, line: topic.title, more: more)
      }
    }
  }
}
