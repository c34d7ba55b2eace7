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
public enum Search {
  public static func run(_ query: String, in pack: ContentPack) -> [SearchHit] {
    let needle = Needle(query)
    guard !query.isEmpty else { return [] }
    var hits: [SearchHit] = []
    for id in pack.topicOrder {
      guard let topic = pack.topics[id] else { continue }
      for (line, block) in searchableLines(topic) where needle.isFound(in: line) {
        hits.append(SearchHit(topicID: id, title: topic.title, line: line, block: block))
      }
    }
    for question in pack.quiz?.questions ?? [] {
      guard case .knowledge(_, _, let explanation, let topic) = question.kind,
        needle.isFound(in: explanation) || needle.isFound(in: question.text)
      else { continue }
      hits.append(SearchHit(topicID: topic, title: "Quiz: \(question.text)", line: explanation))
    }
    return hits
  }

  /// The title, summary and each block of a topic as plain one-line text, with the block's
  /// number in the order `PageView.blockLines` uses.
  static func searchableLines(_ topic: Topic) -> [(String, Int?)] {
    var lines: [(String, Int?)] = [(topic.title, nil)]
    if !topic.summary.isEmpty { lines.append((topic.summary, nil)) }
    var texts: [String] = []
    for block in topic.body {
      switch block {
      case .heading(let text): texts.append(text)
      case .paragraph(let inlines): texts.append(plainText(inlines))
      case .bullets(let items): texts += items.map(plainText)
      }
    }
    return lines + texts.enumerated().map { ($0.element, $0.offset) }
  }

  /// The words of a run of inlines; a plain paragraph (the usual case) is not copied.
  static func plainText(_ inlines: [Inline]) -> String {
    if inlines.count == 1, let only = inlines.first { return only.plainText }
    return inlines.map(\.plainText).joined()
  }
}

/// A search term, matched case-insensitively.
///
/// An ASCII term (nearly every search) is compared byte by byte with ASCII case folding, with
/// no copy of the text; other terms fall back to Unicode lowercasing.
struct Needle {
  let lowered: String
  let bytes: [UInt8]
  let isASCII: Bool

  init(_ query: String) {
    lowered = query.lowercased()
    bytes = Array(lowered.utf8)
    isASCII = bytes.allSatisfy { $0 < 0x80 }
  }

  func isFound(in text: String) -> Bool {
    guard isASCII else { return text.lowercased().contains(lowered) }
    guard let first = bytes.first else { return false }
    var text = text
    return text.withUTF8 { haystack in
      guard haystack.count >= bytes.count else { return false }
      for start in 0...(haystack.count - bytes.count) where Needle.fold(haystack[start]) == first {
        var offset = 1
        while offset < bytes.count, Needle.fold(haystack[start + offset]) == bytes[offset] {
          offset += 1
        }
        if offset == bytes.count { return true }
      }
      return false
    }
  }

  /// ASCII upper case to lower case; every other byte as it is.
  static func fold(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }
}
