import GuideContent

/// Reads a job posting against a pack's lexicon: a verdict, emphasis per dimension, closest
/// roles, the numbers that matter and what to ask about, each with the posting's words that
/// led to it.
///
/// Paragraphs are separated by blank lines (and a heading starts a new one); a phrase counts
/// once per paragraph, so repeating a word cannot swamp the reading. A line that holds a "nice
/// to have" marker, and every line under a heading that holds one, weighs half; a section
/// whose heading is set apart (benefits, about the company) does not count at all. A section
/// ends at the next heading; a "nice to have" list also ends at a paragraph that is no list.
public struct PostingReader: Sendable {
  public let lexicon: PostingLexicon
  let vocabulary: Vocabulary
  private let dimensions: PhraseIndex
  private let roles: PhraseIndex
  private let flags: PhraseIndex
  /// "Nice to have" markers, looked for on every line.
  let niceToHave: PhraseIndex
  /// Heading words: entry 0 known headings, 1 "nice to have" markers, 2 sections set apart.
  /// They have their own vocabulary, looked up only on lines short enough to be headings: in
  /// the main one, words as common as "the" and "you" would become tokens of every paragraph.
  let headingWords: PhraseIndex
  let headingVocabulary: Vocabulary
  let payWords: PhraseIndex
  /// The word id of "travel" (and "travelling"), whose lines are looked at for a share.
  let travel: Int32

  /// How many roles a reading names at most.
  public static let closestRoles = 3
  /// The points a role needs for the posting to read as that job: its title once in the
  /// requirements (weight 6, twice), or a few of its signature's phrases.
  public static let minimumRolePoints = 8
  /// The share a dimension needs to name the job after it ("code-heavy").
  public static let heavyShare = 40
  /// The most words of a line that opens with a heading word and is taken as a heading
  /// without a blank line before it: "Compensation and benefits", not a sentence.
  static let longestKnownHeading = 5

  private enum Kind {
    static let dimensions = 0
    static let roles = 1
    /// The questions to ask, and after them (as one more entry) pay described as
    /// "competitive": one pass over the posting finds both.
    static let flags = 2
  }

  enum Section: Int {
    case work = 0
    case niceToHave = 1
    case setApart = 2
  }

  public init(lexicon: PostingLexicon) {
    self.lexicon = lexicon
    var vocabulary = Vocabulary()
    var dimensions = PhraseIndex()
    for (entry, dimension) in lexicon.dimensions.enumerated() {
      for phrase in dimension.phrases {
        dimensions.add(phrase, entry: entry, vocabulary: &vocabulary)
      }
    }
    var roles = PhraseIndex()
    for (entry, role) in lexicon.roles.enumerated() {
      for phrase in role.signature { roles.add(phrase, entry: entry, vocabulary: &vocabulary) }
    }
    var flags = PhraseIndex()
    for (entry, flag) in lexicon.askAbout.enumerated() {
      for phrase in flag.phrases {
        flags.add(
          WeightedPhrase(
            phrase.text, weight: 1, notBeside: phrase.notBeside, onlyBeside: phrase.onlyBeside),
          entry: entry, vocabulary: &vocabulary)
      }
    }
    var payWords = PhraseIndex()
    if let pay = lexicon.pay {
      for phrase in pay.vague {
        flags.add(phrase, entry: lexicon.askAbout.count, vocabulary: &vocabulary)
      }
      for word in pay.words { payWords.add(word, entry: 0, weight: 1, vocabulary: &vocabulary) }
    }
    var niceToHave = PhraseIndex()
    for marker in lexicon.niceToHave {
      niceToHave.add(marker, entry: 0, weight: 1, vocabulary: &vocabulary)
    }
    var headingVocabulary = Vocabulary()
    var headingWords = PhraseIndex()
    for (entry, words) in [lexicon.headings, lexicon.niceToHave, lexicon.setApart].enumerated() {
      for word in words {
        headingWords.add(word, entry: entry, weight: 1, vocabulary: &headingVocabulary)
      }
    }
    self.vocabulary = vocabulary
    self.dimensions = dimensions
    self.roles = roles
    self.flags = flags
    self.niceToHave = niceToHave
    self.headingWords = headingWords
    self.headingVocabulary = headingVocabulary
    self.payWords = payWords
    travel = vocabulary.id(of: WordScanner.key("travel", isNumber: false))
  }

  public func read(_ text: String) -> PostingReading {
    var text = text
    return text.withUTF8 { read($0) }
  }

  private func read(_ postingText: UnsafeBufferPointer<UInt8>) -> PostingReading {
    var lines: [PostingText.Line] = []
    PostingText.forEachLine(postingText) { lines.append($0) }
    let tally = Tally(
      text: postingText, lines: lines, indexes: [dimensions, roles, flags],
      entries: [lexicon.dimensions.count, lexicon.roles.count, lexicon.askAbout.count + 1])
    var pass = Pass(tally: tally)
    for (number, posted) in lines.enumerated() {
      PostingText.withBytes(of: posted, in: postingText) { bytes in
        pass.read(bytes, number: number, with: self)
      }
    }
    pass.tally.count(pass.paragraph)
    return reading(pass.tally, figures: pass.figures, words: pass.words)
  }

  private func reading(_ tally: Tally, figures: Figures, words: Int) -> PostingReading {
    let dimensionEvidence = tally.evidence[Kind.dimensions]
    let points = lexicon.dimensions.indices.map { Self.points(dimensionEvidence[$0]) }
    let percents = Percentages.of(points)
    let emphasis = lexicon.dimensions.enumerated().map { entry, dimension in
      Emphasis(
        id: dimension.id, title: dimension.title, percent: percents[entry], points: points[entry],
        evidence: Self.strongestFirst(dimensionEvidence[entry]))
    }
    let roles = lexicon.roles.enumerated().compactMap { entry, role -> RoleMatch? in
      let evidence = tally.evidence[Kind.roles][entry]
      guard !evidence.isEmpty else { return nil }
      return RoleMatch(
        id: role.id, title: role.title, topic: role.topic, points: Self.points(evidence),
        evidence: Self.strongestFirst(evidence), outside: role.outside != nil)
    }
    let closest = roles.enumerated().sorted {
      $0.element.points > $1.element.points
        || ($0.element.points == $1.element.points && $0.offset < $1.offset)
    }.map(\.element)
    var flags = lexicon.askAbout.enumerated().compactMap { entry, flag -> FlagMatch? in
      let evidence = tally.evidence[Kind.flags][entry]
      guard !evidence.isEmpty else { return nil }
      var match = FlagMatch(id: flag.id, title: flag.title, ask: flag.ask, evidence: evidence)
      if flag.id == "travel" { match.figures = figures.travel }
      return match
    }
    let verdict = self.verdict(emphasis: emphasis, roles: closest, words: words)
    // Pay is asked about only when the rest of the reading is shown.
    if let pay = lexicon.pay, figures.pay.isEmpty,
      verdict.kind == .subject || verdict.kind == .neighbour
    {
      let vague = tally.evidence[Kind.flags][lexicon.askAbout.count]
      flags.append(
        FlagMatch(
          id: vague.isEmpty ? "pay-missing" : "pay-vague",
          title: vague.isEmpty ? pay.missingTitle : pay.vagueTitle, ask: pay.ask,
          evidence: vague))
    }
    return PostingReading(
      subject: lexicon.subject, verdict: verdict, emphasis: emphasis,
      roles: Array(closest.prefix(Self.closestRoles)), askAbout: flags, figures: figures,
      setApart: tally.apart)
  }

  /// The line said first. A neighbour's signature that leads says so; a job of the subject
  /// needs one of its roles to reach `minimumRolePoints`.
  private func verdict(emphasis: [Emphasis], roles: [RoleMatch], words: Int) -> Verdict {
    guard words > 0 else { return Verdict(kind: .empty, line: "The posting is empty.") }
    let notSubject = "This does not read as \(article(lexicon.subject)) \(lexicon.subject) job"
    if let first = roles.first, first.points >= Self.minimumRolePoints,
      let line = lexicon.roles.first(where: { $0.id == first.id })?.outside
    {
      return Verdict(kind: .neighbour, line: line, role: first.id, topic: first.topic)
    }
    guard let role = roles.first(where: { !$0.outside && $0.points >= Self.minimumRolePoints })
    else {
      let found = emphasis.flatMap(\.evidence).map(\.phrase)
      let why =
        found.isEmpty
        ? "none of its words are ones a \(lexicon.subject) job uses"
        : "no \(lexicon.subject) role's words stand out; the few it shares are "
          + Self.listed(Array(Set(found.map { $0.lowercased() })).sorted().prefix(5))
      return Verdict(kind: .unrelated, line: notSubject + ": " + why + ".", why: why)
    }
    let sorted = emphasis.sorted { $0.percent > $1.percent }
    let lean: String
    if let top = sorted.first, top.percent >= Self.heavyShare {
      lean = " (\(top.title.lowercased())-heavy)"
    } else if sorted.count > 1, sorted[0].points > 0 {
      lean = " (a mix of \(sorted[0].title) and \(sorted[1].title))"
    } else {
      lean = ""
    }
    let title = Self.inSentence(role.title)
    return Verdict(
      kind: .subject, line: "Reads as: \(article(title)) \(title) job\(lean)", role: role.id)
  }

  /// "Developer advocate" is "developer advocate" in a sentence; "DevRel …" stays.
  static func inSentence(_ title: String) -> String {
    guard let first = title.split(separator: " ").first,
      first.dropFirst().allSatisfy({ !$0.isUppercase })
    else { return title }
    return title.prefix(1).lowercased() + title.dropFirst()
  }

  private func article(_ word: String) -> String {
    "aeiouAEIOU".contains(word.first ?? "x") ? "an" : "a"
  }

  private static func listed<Words: Collection<String>>(_ words: Words) -> String {
    words.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
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
