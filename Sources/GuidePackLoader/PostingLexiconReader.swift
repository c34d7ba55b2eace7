import GuideContent

/// Reads `posting.yaml`, the lexicon of the job-posting reader, reporting every problem.
///
/// Its dimensions are the quiz's (by id, titles taken from the quiz), so a posting's emphasis
/// can be set beside the reader's scores; role topics are returned for the loader's
/// cross-file check of topic ids.
struct PostingLexiconReader {
  var reader: NodeReader
  /// Topic ids that roles name, with where they were written.
  var topics: [(id: String, position: SourcePosition)] = []

  static let maxWeight = 10

  init(file: String) { reader = NodeReader(file: file) }

  mutating func read(_ root: YAMLNode, quiz: Quiz?) -> PostingLexicon? {
    guard let map = reader.mapping(root, "posting.yaml") else { return nil }
    reader.rejectUnknownKeys(
      map, allowed: ["subject", "dimensions", "roles", "ask_about", "nice_to_have"])
    let subject = reader.string(map, "subject", in: root)
    let dimensionNodes = reader.sequence(map, "dimensions", in: root, required: true)
    if let node = map["dimensions"], quiz == nil {
      reader.report(
        "`dimensions` name the quiz's dimensions, but the pack has no quiz.yaml", at: node)
    } else if let node = map["dimensions"], dimensionNodes.isEmpty {
      reader.report("`dimensions` lists none", at: node)
    }
    let dimensions = unique(
      dimensionNodes.compactMap { node in readDimension(node, quiz: quiz).map { ($0, node) } },
      what: "dimension")
    let roles = unique(
      reader.limited(
        reader.sequence(map, "roles", in: root), "roles", at: map["roles"]
      ).compactMap { node in readRole(node).map { ($0, node) } },
      what: "role")
    let flags = unique(
      reader.limited(
        reader.sequence(map, "ask_about", in: root), "things to ask about", at: map["ask_about"]
      ).compactMap { node in
        readFlag(node).map { ($0, node) }
      }, what: "ask_about")
    let niceToHave = reader.strings(map, "nice_to_have", in: root).map { phrase($0.0, at: $0.1) }
    guard let subject else { return nil }
    return PostingLexicon(
      subject: subject, dimensions: dimensions, roles: roles, askAbout: flags,
      niceToHave: niceToHave)
  }

  private mutating func readDimension(_ node: YAMLNode, quiz: Quiz?) -> PostingDimension? {
    guard let map = reader.mapping(node, "a posting dimension") else { return nil }
    reader.rejectUnknownKeys(map, allowed: ["id", "phrases"])
    let id = reader.string(map, "id", in: node)
    let phrases = weightedPhrases(map, "phrases", in: node)
    guard let id else { return nil }
    guard let quiz else { return nil }
    guard let dimension = quiz.dimensions.first(where: { $0.id == id }) else {
      let known = quiz.dimensions.map(\.id).joined(separator: ", ")
      reader.report("unknown quiz dimension `\(id)` (known: \(known))", at: map["id"])
      return nil
    }
    return PostingDimension(id: id, title: dimension.title, phrases: phrases)
  }

  private mutating func readRole(_ node: YAMLNode) -> PostingRole? {
    guard let map = reader.mapping(node, "a role") else { return nil }
    reader.rejectUnknownKeys(map, allowed: ["id", "title", "topic", "signature"])
    let id = reader.string(map, "id", in: node)
    let title = reader.string(map, "title", in: node)
    let topic = reader.string(map, "topic", in: node, required: false)
    if let topic, let at = map["topic"] { topics.append((topic, at.position)) }
    let signature = weightedPhrases(map, "signature", in: node)
    guard let id, let title else { return nil }
    return PostingRole(id: id, title: title, topic: topic, signature: signature)
  }

  private mutating func readFlag(_ node: YAMLNode) -> PostingFlag? {
    guard let map = reader.mapping(node, "an ask_about entry") else { return nil }
    reader.rejectUnknownKeys(map, allowed: ["id", "title", "ask", "phrases"])
    let id = reader.string(map, "id", in: node)
    let title = reader.string(map, "title", in: node)
    let ask = reader.string(map, "ask", in: node)
    let phrases = reader.strings(map, "phrases", in: node, required: true).map {
      phrase($0.0, at: $0.1)
    }
    if phrases.isEmpty, let at = map["phrases"] { reader.report("`phrases` lists none", at: at) }
    guard let id, let title, let ask else { return nil }
    return PostingFlag(id: id, title: title, ask: ask, phrases: phrases)
  }

  /// A mapping of `phrase: weight` lines, weights whole numbers from 1 to `maxWeight`.
  private mutating func weightedPhrases(_ map: YAMLMapping, _ key: String, in owner: YAMLNode)
    -> [WeightedPhrase]
  {
    guard let node = map[key] else {
      reader.report("missing field `\(key)`", at: owner)
      return []
    }
    guard case .mapping(let entries) = node.value, !entries.isEmpty else {
      reader.report("`\(key)` must be a mapping of `phrase: weight` lines", at: node)
      return []
    }
    guard reader.allowsList(of: entries.count, "phrases", at: node) else { return [] }
    return entries.compactMap { key, value in
      guard let text = key.string else {
        reader.report("a phrase must be text", at: key)
        return nil
      }
      guard let weight = value.int, (1...Self.maxWeight).contains(weight) else {
        reader.report(
          "the weight of `\(text)` must be a whole number from 1 to \(Self.maxWeight)", at: value)
        return nil
      }
      return WeightedPhrase(phrase(Sanitizer.clean(text), at: key), weight: weight)
    }
  }

  /// The phrase, reported when it has no word that could ever match.
  private mutating func phrase(_ text: String, at node: YAMLNode) -> String {
    let hasWord = text.unicodeScalars.contains {
      $0 == "#" || $0.properties.isAlphabetic || $0.properties.numericType != nil
    }
    if !hasWord { reader.report("the phrase `\(text)` has no word to look for", at: node) }
    return text
  }

  /// The items in order, without (and reporting) any whose id came earlier.
  private mutating func unique<Item: Identifiable>(_ items: [(Item, YAMLNode)], what: String)
    -> [Item] where Item.ID == String
  {
    var seen = Set<String>()
    return items.compactMap { item, node in
      guard seen.insert(item.id).inserted else {
        reader.report("duplicate \(what) id `\(item.id)`", at: node)
        return nil
      }
      return item
    }
  }
}
