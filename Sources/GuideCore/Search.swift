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
/// line instant on packs of many megabytes.
public struct SearchIndex: Sendable {
  /// Every searchable line, lowercased, each followed by a line feed.
  private let text: [UInt8]
  /// Where each line starts in `text`, ascending.
  private let starts: [Int]
  /// The hit each line stands for; a quiz question's text and explanation share one.
  private let hitOfLine: [Int]
  private let hits: [SearchHit]

  public init(_ pack: ContentPack) {
    var builder = Builder()
    for id in pack.topicOrder {
      guard let topic = pack.topics[id] else { continue }
      for (line, block) in SearchIndex.searchableLines(topic) {
        builder.add(
          [line], as: SearchHit(topicID: id, title: topic.title, line: line, block: block))
      }
    }
    for question in pack.quiz?.questions ?? [] {
      guard case .knowledge(_, _, let explanation, let topic) = question.kind else { continue }
      let hit = SearchHit(topicID: topic, title: "Quiz: \(question.text)", line: explanation)
      builder.add([explanation, question.text], as: hit)
    }
    text = builder.text
    starts = builder.starts
    hitOfLine = builder.hitOfLine
    hits = builder.hits
  }

  /// The hits whose text contains `query`, ignoring case, in menu order; none for "".
  public func hits(for query: String) -> [SearchHit] {
    let needle = Array(SearchIndex.lowered(query))
    guard !needle.isEmpty else { return [] }
    var found: [SearchHit] = []
    var lastHit = -1
    text.withUnsafeBufferPointer { haystack in
      var line = 0
      var from = 0
      while let match = SearchIndex.firstMatch(of: needle, in: haystack, from: from) {
        line = lineIndex(containing: match, from: line)
        let hit = hitOfLine[line]
        if hit != lastHit {
          found.append(hits[hit])
          lastHit = hit
        }
        // One hit per line: carry on from the next line.
        line += 1
        guard line < starts.count else { break }
        from = starts[line]
      }
    }
    return found
  }

  /// The first offset at or after `from` where `needle` starts.
  private static func firstMatch(
    of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int
  ) -> Int? {
    let first = needle[0]
    let last = haystack.count - needle.count
    guard from <= last else { return nil }
    var start = from
    while start <= last {
      if haystack[start] == first {
        var offset = 1
        while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return start }
      }
      start += 1
    }
    return nil
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

  /// Text folded to lower case by Unicode's rules; text that already is (most of it) is not
  /// copied.
  static func lowered(_ text: String) -> String.UTF8View {
    let isLowerASCII = text.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
    return isLowerASCII ? text.utf8 : text.lowercased().utf8
  }

  /// The title, summary and each block of a topic as plain one-line text, with the block's
  /// number in the order `PageView.blockLines` uses.
  static func searchableLines(_ topic: Topic) -> [(String, Int?)] {
    var lines: [(String, Int?)] = [(topic.title, nil)]
    if !topic.summary.isEmpty { lines.append((topic.summary, nil)) }
    var block = 0
    for part in topic.body {
      switch part {
      case .heading(let text):
        lines.append((text, block))
        block += 1
      case .paragraph(let inlines):
        lines.append((plainText(inlines), block))
        block += 1
      case .bullets(let items):
        for item in items {
          lines.append((plainText(item), block))
          block += 1
        }
      }
    }
    return lines
  }

  /// The words of a run of inlines; a plain paragraph (the usual case) is not copied.
  static func plainText(_ inlines: [Inline]) -> String {
    if inlines.count == 1, let only = inlines.first { return only.plainText }
    return inlines.map(\.plainText).joined()
  }

  /// Collects lines and their hits while the index is made.
  private struct Builder {
    var text: [UInt8] = []
    var starts: [Int] = []
    var hitOfLine: [Int] = []
    var hits: [SearchHit] = []

    /// Adds `lines`, all standing for `hit`.
    mutating func add(_ lines: [String], as hit: SearchHit) {
      for line in lines {
        starts.append(text.count)
        hitOfLine.append(hits.count)
        text.append(contentsOf: SearchIndex.lowered(line))
        text.append(0x0A)
      }
      hits.append(hit)
    }
  }
}

/// Searches a pack without keeping an index: for one query (the `search` command, tests).
public enum Search {
  public static func run(_ query: String, in pack: ContentPack) -> [SearchHit] {
    SearchIndex(pack).hits(for: query)
  }
}
