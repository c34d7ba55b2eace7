/// What a job posting's words say, with the words that say it.
public struct PostingReading: Sendable, Equatable, Encodable {
  /// What the pack is about ("DevRel").
  public var subject: String
  /// Every dimension of the lexicon, in its order; percentages add up to 100 when any matched.
  public var emphasis: [Emphasis]
  /// The closest roles, closest first (at most `PostingReader.closestRoles`).
  public var roles: [RoleMatch]
  /// The things worth asking about that the posting mentions, in the lexicon's order.
  public var askAbout: [FlagMatch]

  public init(subject: String, emphasis: [Emphasis], roles: [RoleMatch], askAbout: [FlagMatch]) {
    self.subject = subject
    self.emphasis = emphasis
    self.roles = roles
    self.askAbout = askAbout
  }

  /// Said with every reading: what it is, and what it is not.
  public static let disclaimer =
    "This is a reading of the posting's words, not a judgement of the job."

  /// False when no phrase of any dimension or role occurs in the posting.
  public var relatesToSubject: Bool {
    emphasis.contains { $0.points > 0 } || !roles.isEmpty
  }

  /// "Nothing in this posting relates to DevRel."
  public var unrelatedNotice: String { "Nothing in this posting relates to \(subject)." }

  /// The dimension with the most points (the first listed on a tie); nil when none matched.
  public var leadingDimension: Emphasis? {
    emphasis.reduce(nil) { best, next in
      next.points > (best?.points ?? 0) ? next : best
    }
  }
}

/// How much of the posting points to one dimension.
public struct Emphasis: Sendable, Equatable, Encodable {
  public var id: String
  public var title: String
  public var percent: Int
  public var points: Int
  public var evidence: [Evidence]
}

/// A role whose signature the posting matches.
public struct RoleMatch: Sendable, Equatable, Encodable {
  public var id: String
  public var title: String
  public var topic: String?
  public var points: Int
  public var evidence: [Evidence]
}

/// Something the posting mentions that is worth asking about.
public struct FlagMatch: Sendable, Equatable, Encodable {
  public var id: String
  public var title: String
  public var ask: String
  public var evidence: [Evidence]
}

/// One phrase of the lexicon as the posting wrote it, and where.
public struct Evidence: Sendable, Equatable, Encodable {
  /// The posting's words, as first written.
  public var phrase: String
  /// The line numbers (from 1) of the paragraphs it counted in, the first `maxLines` of them.
  public var lines: [Int]
  /// How many paragraphs it counted in: a phrase counts once per paragraph.
  public var paragraphs: Int
  /// The phrase's weight, twice in requirements and once in "nice to have", over paragraphs.
  public var points: Int
  /// Whether it occurred only in "nice to have" lines.
  public var onlyNiceToHave: Bool

  public static let maxLines = 12
}
