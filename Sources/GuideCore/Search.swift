import GuideContent

/// One place a search matched: the topic, its title, and the whole line (block) that matched.
public struct SearchHit: Sendable, Equatable {
  public var topicID: String
  public var title: String
  public var line: String

  public init(topicID: String, title: String, line: String) {
    self.topicID = topicID
    self.title = title
    self.line = line
  }
}

/// Case-insensitive search over every topic's text and the quiz explanations, in menu order.
public enum Search {
  public static func run(_ query: String, in pack: ContentPack) -> [SearchHit] {
    let needle = query.lowercased()
    guard !needle.isEmpty else { return [] }
    var hits: [SearchHit] = []
    for id in pack.topicOrder {
      guard let topic = pack.topics[id] else { continue }
      for line in searchableLines(topic) where line.lowercased().contains(needle) {
        hits.append(SearchHit(topicID: id, title: topic.title, line: line))
      }
    }
    for question in pack.quiz?.questions ?? [] {
      guard case .knowledge(_, _, let explanation, let topic) = question.kind,
        explanation.lowercased().contains(needle) || question.text.lowercased().contains(needle)
      else { continue }
      hits.append(SearchHit(topicID: topic, title: "Quiz: \(question.text)", line: explanation))
    }
    return hits
  }

  /// The title, summary and each block of a topic, as plain one-line text.
  static func searchableLines(_ topic: Topic) -> [String] {
    var lines = [topic.title]
    if !topic.summary.isEmpty { lines.append(topic.summary) }
    for block in topic.body {
      switch block {
      case .heading(let text): lines.append(text)
      case .paragraph(let inlines): lines.append(inlines.map(\.plainText).joined())
      case .bullets(let items): lines += items.map { $0.map(\.plainText).joined() }
      }
    }
    return lines
  }
}
