/// The phrases found so far, per kind of signal and entry, counted once per paragraph.
///
/// Kept in flat tables indexed by slot numbers (one per phrase and entry), reused from
/// paragraph to paragraph: a posting of many short paragraphs then costs no allocation per
/// paragraph.
struct Tally {
  typealias Place = (start: Int, end: Int, factor: Int)

  /// The posting's bytes and lines, to show a phrase as the posting wrote it.
  let text: UnsafeBufferPointer<UInt8>
  let lines: [PostingText.Line]
  let indexes: [PhraseIndex]
  /// Per kind, per entry: evidence in the order first found.
  private(set) var evidence: [[[Evidence]]]
  /// Phrases of dimensions and roles found only in sections set apart, once each.
  private(set) var apart: [Evidence] = []
  private var apartPlaces: [String: Int] = [:]
  /// Per kind, per slot: where that phrase's evidence is in its entry's list, or -1.
  private var places: [[Int]]
  /// Per kind, per slot: the paragraph it was last found in, and its weightiest place there.
  private var lastParagraph: [[Int]]
  private var best: [[Place]]
  private var order: [Int] = []
  private var paragraph = 0
  /// Kinds from this one on count wherever they stand (the questions to ask).
  private static let countedEverywhere = 2

  init(
    text: UnsafeBufferPointer<UInt8>, lines: [PostingText.Line], indexes: [PhraseIndex],
    entries: [Int]
  ) {
    self.text = text
    self.lines = lines
    self.indexes = indexes
    evidence = entries.map { Array(repeating: [], count: $0) }
    places = indexes.map { Array(repeating: -1, count: $0.slots) }
    lastParagraph = indexes.map { Array(repeating: -1, count: $0.slots) }
    best = indexes.map { Array(repeating: (0, 0, 0), count: $0.slots) }
  }

  /// Counts one paragraph: each phrase once per entry, at its occurrence that weighs most,
  /// where the words beside it allow it.
  mutating func count(_ paragraphTokens: [Token]) {
    guard !paragraphTokens.isEmpty else { return }
    let tokens = paragraphTokens[...]
    paragraph += 1
    for (kind, index) in indexes.enumerated() {
      order.removeAll(keepingCapacity: true)
      var start = 0
      while start < tokens.count {
        guard let (phrase, end) = index.longestMatch(in: tokens, from: start) else {
          start += 1
          continue
        }
        let factor = tokens[start].factor
        for target in index.phrases[phrase].targets
        where target.allows(tokens, start: start, end: end) {
          if lastParagraph[kind][target.slot] != paragraph {
            lastParagraph[kind][target.slot] = paragraph
            best[kind][target.slot] = (start, end, factor)
            order.append(target.slot)
          } else if factor > best[kind][target.slot].factor {
            best[kind][target.slot] = (start, end, factor)
          }
        }
        start = end
      }
      for slot in order {
        add(kind: kind, target: index.targets[slot], place: best[kind][slot], tokens: tokens)
      }
    }
  }

  private mutating func add(
    kind: Int, target: PhraseIndex.Target, place: Place, tokens: ArraySlice<Token>
  ) {
    let line = tokens[place.start].line + 1
    if place.factor == 0, kind < Self.countedEverywhere {
      setApart(words(tokens[place.start..<place.end]), line: line)
      return
    }
    let points = target.weight * place.factor
    let nice = place.factor == 1
    let at = places[kind][target.slot]
    guard at < 0 else {
      if evidence[kind][target.entry][at].lines.count < Evidence.maxLines {
        evidence[kind][target.entry][at].lines.append(line)
      }
      evidence[kind][target.entry][at].paragraphs += 1
      evidence[kind][target.entry][at].points += points
      evidence[kind][target.entry][at].onlyNiceToHave =
        evidence[kind][target.entry][at].onlyNiceToHave && nice
      return
    }
    places[kind][target.slot] = evidence[kind][target.entry].count
    evidence[kind][target.entry].append(
      Evidence(
        phrase: words(tokens[place.start..<place.end]), lines: [line], paragraphs: 1,
        points: points, onlyNiceToHave: nice))
  }

  /// A phrase in a section set apart, once however many entries and paragraphs it is in.
  private mutating func setApart(_ phrase: String, line: Int) {
    let key = phrase.lowercased()
    guard let at = apartPlaces[key] else {
      apartPlaces[key] = apart.count
      apart.append(
        Evidence(phrase: phrase, lines: [line], paragraphs: 1, points: 0, onlyNiceToHave: false))
      return
    }
    guard apart[at].lines.last != line else { return }
    if apart[at].lines.count < Evidence.maxLines { apart[at].lines.append(line) }
    apart[at].paragraphs += 1
  }

  /// The posting's words of a match, joined as written (spaces collapsed to one).
  private func words(_ tokens: ArraySlice<Token>) -> String {
    var text = ""
    for token in tokens {
      if !text.isEmpty { text += token.joint.text }
      text += PostingText.withBytes(of: lines[token.line], in: self.text) {
        String(decoding: UnsafeBufferPointer(rebasing: $0[token.range]), as: UTF8.self)
      }
    }
    return text
  }
}
