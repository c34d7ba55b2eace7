/// What a job posting's words say, with the words that say it.
public struct PostingReading: Sendable, Equatable, Encodable {
  /// What the pack is about ("DevRel").
  public var subject: String
  /// The one line said first: what the posting reads as, and why.
  public var verdict: Verdict
  /// Every dimension of the lexicon, in its order; percentages add up to 100 when any matched.
  public var emphasis: [Emphasis]
  /// The closest roles, closest first (at most `PostingReader.closestRoles`).
  public var roles: [RoleMatch]
  /// The things worth asking about that the posting mentions, in the lexicon's order, then
  /// pay when it is only "competitive" or not posted.
  public var askAbout: [FlagMatch]
  /// The numbers that matter before applying, as posted.
  public var figures: Figures
  /// Phrases found only in sections set apart (benefits, about the company): shown, never
  /// counted toward the work.
  public var setApart: [Evidence]

  public init(
    subject: String, verdict: Verdict, emphasis: [Emphasis], roles: [RoleMatch],
    askAbout: [FlagMatch], figures: Figures = Figures(), setApart: [Evidence] = []
  ) {
    self.subject = subject
    self.verdict = verdict
    self.emphasis = emphasis
    self.roles = roles
    self.askAbout = askAbout
    self.figures = figures
    self.setApart = setApart
  }

  /// Said with every reading: what it is, and what it is not.
  public static let disclaimer =
    "This is a reading of the posting's words, not a judgement of the job."

  /// Whether the rest of the reading (shares, roles, questions) is worth showing: the posting
  /// reads as a job of the subject, or of a neighbour of it.
  public var relatesToSubject: Bool { verdict.kind == .subject || verdict.kind == .neighbour }

  /// The dimension with the most points (the first listed on a tie); nil when none matched.
  public var leadingDimension: Emphasis? {
    emphasis.reduce(nil) { best, next in
      next.points > (best?.points ?? 0) ? next : best
    }
  }
}

/// What the posting reads as, in one line, and why when it is not a job of the subject.
public struct Verdict: Sendable, Equatable, Encodable {
  public enum Kind: String, Sendable, Equatable, Encodable {
    /// "Reads as: a developer advocate job (code-heavy)".
    case subject
    /// A neighbouring job outside the subject, such as internal developer experience.
    case neighbour
    /// Not a job of the subject.
    case unrelated
    /// No words at all.
    case empty
  }

  public var kind: Kind
  /// The whole sentence, as every form of the reading shows it first.
  public var line: String
  /// Why, when it is not a job of the subject (also part of `line`).
  public var why: String?
  /// The role it reads as (the closest role), if any.
  public var role: String?
  /// The page to read for a neighbour's job ("The neighbours").
  public var topic: String?

  public init(
    kind: Kind, line: String, why: String? = nil, role: String? = nil, topic: String? = nil
  ) {
    self.kind = kind
    self.line = line
    self.why = why
    self.role = role
    self.topic = topic
  }
}

/// A number of the posting as written, and its line (from 1).
public struct Figure: Sendable, Equatable, Encodable {
  public var text: String
  public var line: Int

  public init(_ text: String, line: Int) {
    self.text = text
    self.line = line
  }

  /// "5+ years as a software engineer (line 12)".
  public var shown: String { "\(text) (line \(line))" }
}

/// The numbers that matter before applying, each as posted.
public struct Figures: Sendable, Equatable, Encodable {
  /// Every years-of-experience figure with what it is of.
  public var years: [Figure] = []
  /// Shares of travel ("up to 30%").
  public var travel: [Figure] = []
  /// Posted pay, currency and period as written, never converted.
  public var pay: [Figure] = []

  public init(years: [Figure] = [], travel: [Figure] = [], pay: [Figure] = []) {
    self.years = years
    self.travel = travel
    self.pay = pay
  }

  /// At most this many of each kind are kept: a posting repeated a thousand times lists its
  /// figures once, and the reading stays short.
  public static let maxEach = 12

  public var isEmpty: Bool { years.isEmpty && travel.isEmpty && pay.isEmpty }
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
  /// Whether the role is a neighbour outside the subject.
  public var outside: Bool
}

/// Something the posting mentions that is worth asking about.
public struct FlagMatch: Sendable, Equatable, Encodable {
  public var id: String
  public var title: String
  public var ask: String
  public var evidence: [Evidence]
  /// The posting's numbers behind the question ("up to 30%" for travel), as posted.
  public var figures: [Figure] = []
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
