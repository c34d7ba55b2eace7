import GuideContent

/// One place a search matched: the topic, its title, and the whole line (block) that matched.
public struct SearchHit: Sendable, Equatable {
  public var topicID: String
  public var title: String
  public var line: String
  /// Which block of the topic's body matched (bullets count one by one), so opening the hit
  /// shows that passage; nil for a title, a summary or a quiz explanation.
  public var block: Int?

  public init(topicID: String, title: String, line: String, block: Int? = nil) {
    self.topicID = topicID
    self.title = title
    self.line = line
    self.block = block
  }
}

/// Case-insensitive search over every topic's text and the quiz explanations, in menu order.
///
/// The text is lowercased once, into one buffer, when the index is made; a query is then a
/// scan of contiguous bytes (no copies, no per-topic walk), which keeps typing in the search
/// line instant on packs of many megabytes. A hit's words are looked up only when it matches.
public struct SearchIndex: Sendable {
  private let pack: ContentPack
  /// Every searchable line, lowercased, each followed by a line feed.
  private var text: [UInt8] = []
  /// Where each line starts in `text`, ascending.
  private var starts: [Int] = []
  /// What each line is; a quiz question's text and its explanation are one hit.
  private var lines: [Line] = []

  private enum Line: Sendable, Equatable {
    /// Topics by their place in `topicOrder`; blocks numbered as `PageView.blockLines` does
    /// (each bullet counts). `body` and `item` say where the block is in the topic's body, so
    /// a hit finds its words at once instead of walking the body (which made a search with
    /// many hits in a long topic take minutes).
    case title(topic: Int)
    case summary(topic: Int)
    case block(topic: Int, number: Int, body: Int, item: Int?)
    case quiz(question: Int)
  }

  public init(_ pack: ContentPack) {
    self.pack = pack
    for (index, id) in pack.topicOrder.enumerated() {
      guard let topic = pack.topics[id] else { continue }
      add(.title(topic: index), [.text(topic.title)])
      if !topic.summary.isEmpty { add(.summary(topic: index), [.text(topic.summary)]) }
      var number = 0
      for (body, block) in topic.body.enumerated() {
        switch block {
        case .heading(let text):
          add(.block(topic: index, number: number, body: body, item: nil), [.text(text)])
        case .paragraph(let inlines):
          add(.block(topic: index, number: number, body: body, item: nil), inlines)
        case .bullets(let items):
          for (item, inlines) in items.enumerated() {
            add(.block(topic: index, number: number + item, body: body, item: item), inlines)
          }
          number += items.count - 1
        }
        number += 1
      }
    }
    for (index, question) in (pack.quiz?.questions ?? []).enumerated() {
      guard case .knowledge(_, _, let explanation, _) = question.kind else { continue }
      add(.quiz(question: index), [.text(explanation)])
      add(.quiz(question: index), [.text(question.text)])
    }
  }

  /// The hits whose text contains every word of `query`, in any order, ignoring case and
  /// British or American spelling (`SpellingFold`), in menu order; none for "".
  public func hits(for query: String) -> [SearchHit] {
    var found: [SearchHit] = []
    hits(for: query, building: .max) { found.append($0) }
    return found
  }

  /// Hands the first `limit` hits of `query` to `found` as the scan comes to them, and returns
  /// how many hits there are in all. The rest are counted without being made: a hit copies
  /// its paragraph's whole text, so making every one of 14,000 hits for "the" in a 32 MB pack
  /// took longer than finding them.
  ///
  /// The first word is scanned for; only the lines it is found in are scanned for the others.
  /// Repeated words count once and at most `maximumWords` are used, so a query stays linear in
  /// the text however long it is.
  @discardableResult
  public func hits(for query: String, building limit: Int, _ found: (SearchHit) -> Void) -> Int {
    var seen = Set<[UInt8]>()
    let words = query.lowercased().split(whereSeparator: \.isWhitespace)
      .map { SpellingFold.fold(ArraySlice($0.utf8)) }
      .filter { seen.insert($0).inserted }
      .prefix(Self.maximumWords)
    guard let needle = words.first else { return 0 }
    let fallback = Self.fallback(needle)
    let others = words.dropFirst().map { ($0, Self.fallback($0)) }
    var count = 0
    var last: Line?
    text.withUnsafeBufferPointer { haystack in
      var line = 0
      var from = 0
      while let match = Self.firstMatch(of: needle, fallback: fallback, in: haystack, from: from) {
        line = lineIndex(containing: match, from: line)
        let end = line + 1 < starts.count ? starts[line + 1] : haystack.count
        let lineText = UnsafeBufferPointer(rebasing: haystack[starts[line]..<end])
        let hasAll = others.allSatisfy { word, table in
          Self.firstMatch(of: word, fallback: table, in: lineText, from: 0) != nil
        }
        // A quiz question's text and explanation are two lines but one hit.
        if hasAll, lines[line] != last {
          if count < limit, let hit = hit(lines[line]) { found(hit) }
          count += 1
          last = lines[line]
        }
        // One hit per line: carry on from the next line.
        line += 1
        guard line < starts.count else { break }
        from = starts[line]
      }
    }
    return count
  }

  /// Words after these many are ignored: nobody types more, and each costs a scan of the
  /// lines the first word is found in.
  static let maximumWords = 16

  /// Appends one line's text, lowercased.
  private mutating func add(_ line: Line, _ inlines: [Inline]) {
    starts.append(text.count)
    lines.append(line)
    let start = text.count
    for inline in inlines { appendLowered(inline.plainText) }
    let folded = text.withUnsafeMutableBufferPointer { buffer in
      SpellingFold.fold(inPlace: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
    }
    text.removeLast(text.count - start - folded)
    text.append(0x0A)
  }

  /// ASCII (nearly all text) is copied as it is and its capitals folded in place; anything
  /// else is lowercased by Unicode's rules.
  private mutating func appendLowered(_ words: String) {
    var words = words
    let start = text.count
    let isASCII = words.withUTF8 { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
      text.append(contentsOf: bytes)
      return true
    }
    guard isASCII else {
      text.append(contentsOf: words.lowercased().utf8)
      return
    }
    text.withUnsafeMutableBufferPointer { buffer in
      for index in start..<buffer.count where buffer[index] &- 0x41 < 26 {
        buffer[index] |= 0x20
      }
    }
  }

  /// The search result a line stands for, with its whole text (nil never happens: every
  /// line was made from the pack this index keeps).
  private func hit(_ line: Line) -> SearchHit? {
    switch line {
    case .quiz(let index):
      guard let question = pack.quiz?.questions[index],
        case .knowledge(_, _, let explanation, let topic) = question.kind
      else { return nil }
      return SearchHit(topicID: topic, title: "Quiz: \(question.text)", line: explanation)
    case .title(let index), .summary(let index), .block(let index, _, _, _):
      let id = pack.topicOrder[index]
      guard let topic = pack.topics[id] else { return nil }
      switch line {
      case .block(_, let number, let body, let item):
        let inlines: [Inline]
        switch topic.body[body] {
        case .heading(let text): inlines = [.text(text)]
        case .paragraph(let paragraph): inlines = paragraph
        case .bullets(let items): inlines = items[item ?? 0]
        }
        let words = inlines.map(\.plainText).joined()
        return SearchHit(topicID: id, title: topic.title, line: words, block: number)
      case .summary:
        return SearchHit(topicID: id, title: topic.title, line: topic.summary)
      default:
        return SearchHit(topicID: id, title: topic.title, line: topic.title)
      }
    }
  }

  /// The first offset at or after `from` where `needle` starts: Knuth–Morris–Pratt, so the
  /// scan is linear in the text even for a query built to defeat a byte-by-byte comparison
  /// ("aaa…b" in "aaa…"). `fallback` is `Self.fallback(needle)`, made once per query.
  ///
  /// Between partial matches it jumps to the next byte that can start one
  /// (`nextOccurrence`, eight bytes at a time): most of the text is passed over at that
  /// speed, and no match can start in what it skips.
  private static func firstMatch(
    of needle: [UInt8], fallback: [Int], in haystack: UnsafeBufferPointer<UInt8>, from: Int
  ) -> Int? {
    guard let first = needle.first else { return nil }
    var matched = 0
    var index = from
    while index < haystack.count {
      if matched == 0 {
        guard let next = nextOccurrence(of: first, in: haystack, from: index) else { return nil }
        index = next
      }
      let byte = haystack[index]
      while matched > 0, needle[matched] != byte { matched = fallback[matched - 1] }
      if needle[matched] == byte { matched += 1 }
      index += 1
      if matched == needle.count { return index - needle.count }
    }
    return nil
  }

  /// The first offset at or after `from` that holds `byte`. Reads eight bytes at once and
  /// finds a matching byte among them with word arithmetic (the lowest byte flagged by
  /// "has a zero byte" of `word ^ pattern` is always a true match), so long stretches without
  /// the byte cost about a step per word rather than per byte.
  static func nextOccurrence(of byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>, from: Int)
    -> Int?
  {
    guard let base = haystack.baseAddress else { return nil }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let pattern = ones &* UInt64(byte)
    let raw = UnsafeRawPointer(base)
    var index = from
    while index + 8 <= haystack.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      let difference = word ^ pattern
      let found = (difference &- ones) & ~difference & highs
      if found != 0 { return index + found.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < haystack.count {
      if haystack[index] == byte { return index }
      index += 1
    }
    return nil
  }

  /// For each prefix of `needle`, the length of its longest proper prefix that is also its
  /// suffix: where a partial match carries on after a mismatch.
  private static func fallback(_ needle: [UInt8]) -> [Int] {
    var table = [Int](repeating: 0, count: needle.count)
    var length = 0
    for index in needle.indices.dropFirst() {
      while length > 0, needle[index] != needle[length] { length = table[length - 1] }
      if needle[index] == needle[length] { length += 1 }
      table[index] = length
    }
    return table
  }

  /// The line holding byte `offset`, searching forward from line `from` (matches come in
  /// order, so the search only ever moves forward).
  private func lineIndex(containing offset: Int, from: Int) -> Int {
    var low = from
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
