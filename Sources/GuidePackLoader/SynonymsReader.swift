import GuideContent

/// Reads `synonyms.yaml`: groups of words and phrases a search treats as one ("pay, salary,
/// compensation"), reporting every problem.
///
/// Each group is a list of at least two entries; an entry is a word or a short phrase (at most
/// `maxWords` words). An entry may be in one group only, so a search word never stands for two
/// different groups.
struct SynonymsReader {
  var reader: NodeReader

  /// Words in one entry: a phrase is matched word by word, so its length bounds that work.
  static let maxWords = 6
  /// Entries in one group.
  static let maxEntries = 20

  init(file: String) { reader = NodeReader(file: file) }

  mutating func read(_ root: YAMLNode) -> [[String]] {
    guard let map = reader.mapping(root, "synonyms.yaml") else { return [] }
    reader.rejectUnknownKeys(map, allowed: ["groups"])
    let nodes = reader.limited(
      reader.sequence(map, "groups", in: root, required: true), "groups", at: map["groups"])
    var firstLine: [String: Int] = [:]
    var groups: [[String]] = []
    for node in nodes {
      guard case .sequence(let items) = node.value else {
        reader.report(
          "each group must be a list, such as `- [pay, salary, compensation]`", at: node)
        continue
      }
      guard (2...Self.maxEntries).contains(items.count) else {
        reader.report(
          "a group needs 2 to \(Self.maxEntries) words or phrases; this one has \(items.count)",
          at: node)
        continue
      }
      var group: [String] = []
      for item in items {
        guard item.string != nil else {
          reader.report("each word or phrase of a group must be text", at: item)
          continue
        }
        guard let text = reader.boundedText(item).map(Sanitizer.clean) else { continue }
        let words = Self.words(text)
        guard (1...Self.maxWords).contains(words.count) else {
          reader.report(
            "`\(text.prefix(60))` must hold 1 to \(Self.maxWords) words; it has \(words.count)",
            at: item)
          continue
        }
        let normal = words.joined(separator: " ")
        if let line = firstLine[normal] {
          reader.report("`\(text)` is already listed on line \(line)", at: item)
          continue
        }
        firstLine[normal] = item.position.line
        group.append(text)
      }
      if group.count >= 2 { groups.append(group) }
    }
    return groups
  }

  /// The entry's words in lower case: runs of letters and digits (an apostrophe inside one
  /// kept), as search reads them.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber || (character == "'" && !word.isEmpty) {
        word.append(character)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }
}
