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
  /// Role ids with where they were written, for the loader's check against `roles.yaml`.
  var roleIDs: [(id: String, position: SourcePosition)] = []

  static let maxWeight = 10

  init(file: String) { reader = NodeReader(file: file) }

  mutating func read(_ root: YAMLNode, quiz: Quiz?) -> PostingLexicon? {
    guard let map = reader.mapping(root, "posting.yaml") else { return nil }
    reader.rejectUnknownKeys(
      map,
      allowed: [
        "subject", "dimensions", "roles", "ask_about", "nice_to_have", "set_apart", "headings",
        "pay",
      ])
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
    let setApart = reader.strings(map, "set_apart", in: root).map { phrase($0.0, at: $0.1) }
    let headings = reader.strings(map, "headings", in: root).map { phrase($0.0, at: $0.1) }
    let pay = map["pay"].flatMap { readPay($0) }
    guard let subject else { return nil }
    return PostingLexicon(
      subject: subject, dimensions: dimensions, roles: roles, askAbout: flags,
      niceToHave: niceToHave, setApart: setApart, headings: headings, pay: pay)
  }

  private mutating func readPay(_ node: YAMLNode) -> PostingPay? {
    guard let map = reader.mapping(node, "`pay`") else { return nil }
    reader.rejectUnknownKeys(
      map, allowed: ["words", "vague", "vague_title", "missing_title", "ask"])
    let words = reader.strings(map, "words", in: node, required: true).map {
      phrase($0.0, at: $0.1)
    }
    let vague = phraseList(map, "vague", in: node)
    let vagueTitle = reader.string(map, "vague_title", in: node)
    let missingTitle = reader.string(map, "missing_title", in: node)
    let ask = reader.string(map, "ask", in: node)
    guard let vagueTitle, let missingTitle, let ask else { return nil }
    return PostingPay(
      words: words, vague: vague, vagueTitle: vagueTitle, missingTitle: missingTitle, ask: ask)
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
    reader.rejectUnknownKeys(map, allowed: ["id", "title", "topic", "signature", "outside"])
    let id = reader.string(map, "id", in: node)
    let title = reader.string(map, "title", in: node)
    let topic = reader.string(map, "topic", in: node, required: false)
    if let topic, let at = map["topic"] { topics.append((topic, at.position)) }
    let signature = weightedPhrases(map, "signature", in: node)
    let outside = reader.string(map, "outside", in: node, required: false)
    if let id, let at = map["id"] { roleIDs.append((id, at.position)) }
    guard let id, let title else { return nil }
    return PostingRole(id: id, title: title, topic: topic, signature: signature, outside: outside)
  }

  private mutating func readFlag(_ node: YAMLNode) -> PostingFlag? {
    guard let map = reader.mapping(node, "an ask_about entry") else { return nil }
    reader.rejectUnknownKeys(map, allowed: ["id", "title", "ask", "phrases"])
    let id = reader.string(map, "id", in: node)
    let title = reader.string(map, "title", in: node)
    let ask = reader.string(map, "ask", in: node)
    let phrases = phraseList(map, "phrases", in: node, required: true)
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
      var weightNode = value
      var context: YAMLMapping?
      if case .mapping(let details) = value.value {
        reader.rejectUnknownKeys(details, allowed: ["weight", "not_beside", "only_beside"])
        guard let node = details["weight"] else {
          reader.report("missing field `weight`", at: value)
          return nil
        }
        weightNode = node
        context = details
      }
      guard let weight = weightNode.int, (1...Self.maxWeight).contains(weight) else {
        reader.report(
          "the weight of `\(text)` must be a whole number from 1 to \(Self.maxWeight)",
          at: weightNode)
        return nil
      }
      var found = WeightedPhrase(phrase(Sanitizer.clean(text), at: key), weight: weight)
      if let context { readBeside(context, in: value, into: &found) }
      return found
    }
  }

  /// A list of phrases, each text or a mapping of `phrase` and the words beside it:
  /// `- {phrase: unicorn, not_beside: [valuation]}`.
  private mutating func phraseList(
    _ map: YAMLMapping, _ key: String, in owner: YAMLNode, required: Bool = false
  ) -> [WeightedPhrase] {
    let nodes = reader.limited(
      reader.sequence(map, key, in: owner, required: required), "phrases", at: map[key])
    var phrases: [WeightedPhrase] = []
    for node in nodes {
      if node.string != nil {
        if let text = reader.boundedText(node) {
          phrases.append(WeightedPhrase(phrase(Sanitizer.clean(text), at: node)))
        }
        continue
      }
      guard let details = reader.mapping(node, "a phrase") else { continue }
      reader.rejectUnknownKeys(details, allowed: ["phrase", "not_beside", "only_beside"])
      guard let text = reader.string(details, "phrase", in: node) else { continue }
      var found = WeightedPhrase(phrase(text, at: details["phrase"] ?? node))
      readBeside(details, in: node, into: &found)
      phrases.append(found)
    }
    return phrases
  }

  /// `not_beside` and `only_beside`: single words, since a word near a phrase is what is
  /// looked at.
  private mutating func readBeside(
    _ details: YAMLMapping, in owner: YAMLNode, into phrase: inout WeightedPhrase
  ) {
    for key in ["not_beside", "only_beside"] {
      guard details[key] != nil else { continue }
      let written = reader.strings(details, key, in: owner)
      let words = written.compactMap { word, node -> String? in
        let parts = word.split { !($0.isLetter || $0.isNumber || $0 == "'") }
        guard parts.count == 1 else {
          reader.report(
            "`\(word)` in `\(key)` of `\(phrase.text)` must be one word: the words near a "
              + "phrase are looked at one by one", at: node)
          return nil
        }
        return word
      }
      if written.isEmpty, let at = details[key] {
        reader.report("`\(key)` of `\(phrase.text)` lists no word", at: at)
      }
      if key == "not_beside" { phrase.notBeside = words } else { phrase.onlyBeside = words }
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
