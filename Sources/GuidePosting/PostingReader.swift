import GuideContent

/// Reads a job posting against a pack's lexicon: emphasis per dimension, closest roles, and
/// what to ask about, each with the posting's words that led to it.
///
/// Paragraphs are separated by blank lines (and a heading starts a new one); a phrase counts
/// once per paragraph, so repeating a word cannot swamp the reading. A line that holds a "nice
/// to have" marker, and every line under a heading that holds one, weighs half.
public struct PostingReader: Sendable {
  public let lexicon: PostingLexicon
  private let vocabulary: Vocabulary
  private let dimensions: PhraseIndex
  private let roles: PhraseIndex
  private let flags: PhraseIndex
  private let niceToHave: PhraseIndex

  /// How many roles a reading names at most.
  public static let closestRoles = 3

  public init(lexicon: PostingLexicon) {
    self.lexicon = lexicon
    var vocabulary = Vocabulary()
    var dimensions = PhraseIndex()
    for (entry, dimension) in lexicon.dimensions.enumerated() {
      for phrase in dimension.phrases {
        dimensions.add(phrase.text, entry: entry, weight: phrase.weight, vocabulary: &vocabulary)
      }
    }
    var roles = PhraseIndex()
    for (entry, role) in lexicon.roles.enumerated() {
      for phrase in role.signature {
        roles.add(phrase.text, entry: entry, weight: phrase.weight, vocabulary: &vocabulary)
      }
    }
    var flags = PhraseIndex()
    for (entry, flag) in lexicon.askAbout.enumerated() {
      for phrase in flag.phrases {
        flags.add(phrase, entry: entry, weight: 1, vocabulary: &vocabulary)
      }
    }
    var niceToHave = PhraseIndex()
    for marker in lexicon.niceToHave {
      niceToHave.add(marker, entry: 0, weight: 1, vocabulary: &vocabulary)
    }
    self.vocabulary = vocabulary
    self.dimensions = dimensions
    self.roles = roles
    self.flags = flags
    self.niceToHave = niceToHave
  }

  public func read(_ text: String) -> PostingReading {
    var text = text
    return text.withUTF8 { read($0) }
  }

  private func read(_ postingText: UnsafeBufferPointer<UInt8>) -> PostingReading {
    var lines: [PostingText.Line] = []
    PostingText.forEachLine(postingText) { lines.append($0) }
    var tally = Tally(
      text: postingText, lines: lines, indexes: [dimensions, roles, flags],
      entries: [lexicon.dimensions.count, lexicon.roles.count, lexicon.askAbout.count])
    var paragraph: [Token] = []
    var cache = WordCache()
    var line = WordScanner.Line()
    var niceSection = false
    var previousWasBlank = true
    // Whether a phrase may run on into the next line: the line was no heading, and its last
    // word is known with nothing but space after it.
    var previousContinues = false
    for (number, posted) in lines.enumerated() {
      PostingText.withBytes(of: posted, in: postingText) { bytes in
        WordScanner.scan(bytes, into: &line)
        let isHeading = line.isMarkedHeading || (line.looksLikeHeading && previousWasBlank)
        if line.isBlank || isHeading {
          tally.count(paragraph)
          paragraph.removeAll(keepingCapacity: true)
        }
        let start = paragraph.count
        let (firstKnown, lastKnown) = appendTokens(
          of: line, bytes, number: number, to: &paragraph, cache: &cache)
        let marked = niceToHave.occurs(in: paragraph[start...])
        if isHeading { niceSection = marked }
        let factor = niceSection || marked ? 1 : 2
        for index in start..<paragraph.count { paragraph[index].factor = factor }
        // A phrase may run on from the line before, as in a hard-wrapped paragraph.
        if firstKnown, start > 0, line.opensJoinable, previousContinues {
          paragraph[start].joinsPrevious = true
        }
        previousWasBlank = line.isBlank
        previousContinues = !isHeading && lastKnown && line.closesJoinable
      }
    }
    tally.count(paragraph)
    return reading(tally)
  }

  /// Appends the line's words the lexicon knows to `tokens`; a word it does not know breaks
  /// any phrase. Says whether the line's first and last words were known.
  private func appendTokens(
    of line: WordScanner.Line, _ bytes: UnsafeBufferPointer<UInt8>, number: Int,
    to tokens: inout [Token], cache: inout WordCache
  ) -> (first: Bool, last: Bool) {
    let start = tokens.count
    var joins = true
    for word in line.words {
      let written = UnsafeBufferPointer(rebasing: bytes[word.range])
      let (cached, place) = cache.find(written)
      let id =
        cached
        ?? vocabulary.id(
          of: WordScanner.key(String(decoding: written, as: UTF8.self), isNumber: word.isNumber))
      if cached == nil, let place { cache.add(written, id: id, at: place) }
      guard id != Vocabulary.unknown else {
        joins = false
        continue
      }
      tokens.append(
        Token(
          id: id, joinsPrevious: joins && word.joinsPrevious, line: number, range: word.range,
          joint: word.joint, factor: 2))
      joins = true
    }
    let added = tokens[start...]
    return (
      added.first.map { $0.range == line.words.first?.range } ?? false,
      added.last.map { $0.range == line.words.last?.range } ?? false
    )
  }

  private func reading(_ tally: Tally) -> PostingReading {
    let dimensionEvidence = tally.evidence[0]
    let points = lexicon.dimensions.indices.map { Self.points(dimensionEvidence[$0]) }
    let percents = Percentages.of(points)
    let emphasis = lexicon.dimensions.enumerated().map { entry, dimension in
      Emphasis(
        id: dimension.id, title: dimension.title, percent: percents[entry], points: points[entry],
        evidence: Self.strongestFirst(dimensionEvidence[entry]))
    }
    let roles = lexicon.roles.enumerated().compactMap { entry, role -> RoleMatch? in
      let evidence = tally.evidence[1][entry]
      guard !evidence.isEmpty else { return nil }
      return RoleMatch(
        id: role.id, title: role.title, topic: role.topic, points: Self.points(evidence),
        evidence: Self.strongestFirst(evidence))
    }
    let closest = roles.enumerated().sorted {
      $0.element.points > $1.element.points
        || ($0.element.points == $1.element.points && $0.offset < $1.offset)
    }.prefix(Self.closestRoles).map(\.element)
    let flags = lexicon.askAbout.enumerated().compactMap { entry, flag -> FlagMatch? in
      let evidence = tally.evidence[2][entry]
      guard !evidence.isEmpty else { return nil }
      return FlagMatch(id: flag.id, title: flag.title, ask: flag.ask, evidence: evidence)
    }
    return PostingReading(
      subject: lexicon.subject, emphasis: emphasis, roles: closest, askAbout: flags)
  }

  private static func points(_ evidence: [Evidence]) -> Int {
    evidence.reduce(0) { $0 + $1.points }
  }

  /// Evidence with the most points first; equal points keep the order they were found in.
  private static func strongestFirst(_ evidence: [Evidence]) -> [Evidence] {
    evidence.enumerated().sorted {
      $0.element.points > $1.element.points
        || ($0.element.points == $1.element.points && $0.offset < $1.offset)
    }.map(\.element)
  }
}

/// The phrases found so far, per kind of signal and entry, counted once per paragraph.
///
/// Kept in flat tables indexed by phrase and slot numbers, reused from paragraph to
/// paragraph: a posting of many short paragraphs then costs no allocation per paragraph.
private struct Tally {
  typealias Place = (start: Int, end: Int, factor: Int)

  /// The posting's bytes and lines, to show a phrase as the posting wrote it.
  let text: UnsafeBufferPointer<UInt8>
  let lines: [PostingText.Line]
  let indexes: [PhraseIndex]
  /// Per kind, per entry: evidence in the order first found.
  private(set) var evidence: [[[Evidence]]]
  /// Per kind, per slot: where that phrase's evidence is in its entry's list, or -1.
  private var places: [[Int]]
  /// Per kind, per phrase: the paragraph it was last found in, and its weightiest place there.
  private var lastParagraph: [[Int]]
  private var best: [[Place]]
  private var order: [Int] = []
  private var paragraph = 0

  init(
    text: UnsafeBufferPointer<UInt8>, lines: [PostingText.Line], indexes: [PhraseIndex],
    entries: [Int]
  ) {
    self.text = text
    self.lines = lines
    self.indexes = indexes
    evidence = entries.map { Array(repeating: [], count: $0) }
    places = indexes.map { Array(repeating: -1, count: $0.slots) }
    lastParagraph = indexes.map { Array(repeating: -1, count: $0.phrases.count) }
    best = indexes.map { Array(repeating: (0, 0, 0), count: $0.phrases.count) }
  }

  /// Counts one paragraph: each phrase once, at its occurrence that weighs most.
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
        if lastParagraph[kind][phrase] != paragraph {
          lastParagraph[kind][phrase] = paragraph
          best[kind][phrase] = (start, end, factor)
          order.append(phrase)
        } else if factor > best[kind][phrase].factor {
          best[kind][phrase] = (start, end, factor)
        }
        start = end
      }
      for phrase in order {
        for target in index.phrases[phrase].targets {
          add(kind: kind, target: target, place: best[kind][phrase], tokens: tokens)
        }
      }
    }
  }

  private mutating func add(
    kind: Int, target: PhraseIndex.Target, place: Place, tokens: ArraySlice<Token>
  ) {
    let line = tokens[place.start].line + 1
    let points = target.weight * place.factor
    let nice = place.factor < 2
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
