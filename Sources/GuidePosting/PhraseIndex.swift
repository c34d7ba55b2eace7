import GuideContent

/// Phrases of one kind of signal as a trie of word ids, found leftmost-longest.
///
/// Finding the longest phrase at a word walks at most as many words as the longest phrase has,
/// so reading a posting takes time in proportion to its length whatever the lexicon.
struct PhraseIndex {
  /// What a phrase counts towards: the index of an entry (dimension, role or flag), and how much.
  struct Target: Equatable {
    var entry: Int
    var weight: Int
    /// Numbers every (phrase, entry) pair of the index from 0, for the tally's flat tables.
    var slot: Int
    /// Word ids that must not stand beside the phrase, and of which one must (when any).
    var notBeside: [Int32] = []
    var onlyBeside: [Int32] = []

    /// Whether the words around a match allow it: looks at most `besideWords` words either
    /// side, so the check costs the same whatever the posting.
    func allows(_ tokens: ArraySlice<Token>, start: Int, end: Int) -> Bool {
      guard !notBeside.isEmpty || !onlyBeside.isEmpty else { return true }
      let reach = Int32(PostingLexicon.besideWords)
      let low = tokens[start].position - reach
      let high = tokens[end - 1].position + reach
      var near = onlyBeside.isEmpty
      var index = start - 1
      while index >= tokens.startIndex, tokens[index].position >= low {
        if notBeside.contains(tokens[index].id) { return false }
        near = near || onlyBeside.contains(tokens[index].id)
        index -= 1
      }
      index = end
      while index < tokens.endIndex, tokens[index].position <= high {
        if notBeside.contains(tokens[index].id) { return false }
        near = near || onlyBeside.contains(tokens[index].id)
        index += 1
      }
      return near
    }
  }

  struct Phrase {
    var targets: [Target] = []
  }

  /// A node below the root: its children by word id, few enough to search in a line.
  private struct Node {
    var next: [(id: Int32, node: Int32)] = []
    var phrase: Int?
  }

  /// The root's children, indexed by word id (-1: none). Every token of a posting is looked
  /// up here, once per index, so it is a plain array rather than a hash table.
  private var root: [Int32] = []
  /// Node 0 stands for the root; its `next` is unused.
  private var nodes = [Node()]
  private(set) var phrases: [Phrase] = []
  /// Every target, by its slot.
  private(set) var targets: [Target] = []
  var slots: Int { targets.count }

  /// Adds a phrase for an entry. The same words twice for one entry keep the larger weight
  /// (and the first one's words beside it).
  mutating func add(_ phrase: WeightedPhrase, entry: Int, vocabulary: inout Vocabulary) {
    let notBeside = phrase.notBeside.flatMap { vocabulary.ids(ofPhrase: $0) }
    let onlyBeside = phrase.onlyBeside.flatMap { vocabulary.ids(ofPhrase: $0) }
    add(
      phrase.text, entry: entry, weight: phrase.weight, notBeside: notBeside,
      onlyBeside: onlyBeside, vocabulary: &vocabulary)
  }

  mutating func add(
    _ text: String, entry: Int, weight: Int, notBeside: [Int32] = [], onlyBeside: [Int32] = [],
    vocabulary: inout Vocabulary
  ) {
    let ids = vocabulary.ids(ofPhrase: text)
    guard !ids.isEmpty else { return }
    var node = 0
    for id in ids {
      if let next = child(of: node, id) {
        node = next
      } else {
        nodes.append(Node())
        let added = Int32(nodes.count - 1)
        if node == 0 {
          if root.count <= Int(id) { root += repeatElement(-1, count: Int(id) + 1 - root.count) }
          root[Int(id)] = added
        } else {
          nodes[node].next.append((id, added))
        }
        node = Int(added)
      }
    }
    let phrase: Int
    if let existing = nodes[node].phrase {
      phrase = existing
    } else {
      phrases.append(Phrase())
      phrase = phrases.count - 1
      nodes[node].phrase = phrase
    }
    if let same = phrases[phrase].targets.firstIndex(where: { $0.entry == entry }) {
      let weight = max(phrases[phrase].targets[same].weight, weight)
      phrases[phrase].targets[same].weight = weight
      targets[phrases[phrase].targets[same].slot].weight = weight
    } else {
      let target = Target(
        entry: entry, weight: weight, slot: slots, notBeside: notBeside, onlyBeside: onlyBeside)
      phrases[phrase].targets.append(target)
      targets.append(target)
    }
  }

  private func child(of node: Int, _ id: Int32) -> Int? {
    if node == 0 {
      let next = id >= 0 && Int(id) < root.count ? root[Int(id)] : -1
      return next < 0 ? nil : Int(next)
    }
    for child in nodes[node].next where child.id == id { return Int(child.node) }
    return nil
  }

  /// The longest phrase starting at `start`, and the index just past its last word.
  func longestMatch(in tokens: ArraySlice<Token>, from start: Int) -> (phrase: Int, end: Int)? {
    var node = 0
    var found: (phrase: Int, end: Int)?
    var index = start
    while index < tokens.endIndex, index == start || tokens[index].joinsPrevious,
      let next = child(of: node, tokens[index].id)
    {
      node = next
      index += 1
      if let phrase = nodes[node].phrase { found = (phrase, index) }
    }
    return found
  }

  /// Whether any phrase occurs in the tokens.
  func occurs(in tokens: ArraySlice<Token>) -> Bool {
    tokens.indices.contains { longestMatch(in: tokens, from: $0) != nil }
  }
}

/// Word stems the lexicon uses, numbered; a posting's other words never match anything.
struct Vocabulary {
  static let number: Int32 = 0
  static let unknown: Int32 = -1
  private var ids: [String: Int32] = [WordScanner.numberKey: number]

  func id(of key: String) -> Int32 { ids[key] ?? Self.unknown }

  /// A phrase's word ids, adding new stems; a `#` standing alone is any number.
  mutating func ids(ofPhrase text: String) -> [Int32] {
    let phrase = text.split(separator: " ").map { $0 == "#" ? "0" : String($0) }
      .joined(separator: " ")
    var utf8 = phrase
    let words = utf8.withUTF8 { WordScanner.scan($0).words }
    return words.map { word in
      let key = WordScanner.key(WordScanner.text(word.range, of: phrase), isNumber: word.isNumber)
      if let id = ids[key] { return id }
      let id = Int32(ids.count)
      ids[key] = id
      return id
    }
  }
}

/// A word of the posting that the lexicon knows, and where it is.
struct Token {
  var id: Int32
  /// Whether a phrase may run from the token before into this one.
  var joinsPrevious: Bool
  var line: Int
  /// UTF-8 offsets in the line.
  var range: Range<Int>
  var joint: WordScanner.Joint
  /// 2 in requirements, 1 in a "nice to have" line or section, 0 in a section set apart
  /// (benefits, about the company).
  var factor: Int
  /// The word's place in its paragraph, counting the words the lexicon does not know, to
  /// tell which words stand beside a phrase.
  var position: Int32
}
