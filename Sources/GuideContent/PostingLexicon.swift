/// What the job-posting reader looks for, from a pack's optional `posting.yaml`.
///
/// The signals are content, not code: which words point to which dimension of the quiz, which
/// words make up each role's signature, and which words are worth a question before applying.
public struct PostingLexicon: Sendable, Equatable {
  /// What the pack is about, as in "This does not read as a DevRel job."
  public var subject: String
  /// Dimensions of the pack's quiz (same ids and titles), each with the phrases that point to it.
  public var dimensions: [PostingDimension]
  public var roles: [PostingRole]
  public var askAbout: [PostingFlag]
  /// Words that mark a "nice to have" line or section, whose phrases weigh half.
  public var niceToHave: [String]
  /// Words of a heading whose section is not the work (benefits, about the company): phrases
  /// under it are shown apart and never counted.
  public var setApart: [String]
  /// Words that open a heading line wherever it stands ("Responsibilities", "What you'll do").
  public var headings: [String]
  /// How the posting's pay is read; nil: pay is not looked for.
  public var pay: PostingPay?

  public init(
    subject: String, dimensions: [PostingDimension], roles: [PostingRole],
    askAbout: [PostingFlag], niceToHave: [String], setApart: [String] = [],
    headings: [String] = [], pay: PostingPay? = nil
  ) {
    self.subject = subject
    self.dimensions = dimensions
    self.roles = roles
    self.askAbout = askAbout
    self.niceToHave = niceToHave
    self.setApart = setApart
    self.headings = headings
    self.pay = pay
  }
}

/// A phrase to find in a posting and how much it counts.
///
/// A word `#` in a phrase stands for any number, so `# years` finds "5 years". A phrase can
/// name words that must not stand near it (`event` not beside `streaming`) or of which one
/// must (`agents` only beside `AI`): near is within `PostingLexicon.besideWords` words.
public struct WeightedPhrase: Sendable, Equatable {
  public var text: String
  public var weight: Int
  /// The phrase does not count with any of these words near it.
  public var notBeside: [String]
  /// When not empty, the phrase counts only with one of these words near it.
  public var onlyBeside: [String]

  public init(
    _ text: String, weight: Int = 1, notBeside: [String] = [], onlyBeside: [String] = []
  ) {
    self.text = text
    self.weight = weight
    self.notBeside = notBeside
    self.onlyBeside = onlyBeside
  }
}

extension PostingLexicon {
  /// How many words either side of a phrase count as beside it.
  public static let besideWords = 3
}

public struct PostingDimension: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var phrases: [WeightedPhrase]

  public init(id: String, title: String, phrases: [WeightedPhrase]) {
    self.id = id
    self.title = title
    self.phrases = phrases
  }
}

/// A role from the pack's pages (for the DevRel guide, "Roles and titles") and its signature.
public struct PostingRole: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: String
  /// The page that describes the role, if any.
  public var topic: String?
  public var signature: [WeightedPhrase]
  /// Set for a neighbouring job outside the subject: the verdict when it is the closest role
  /// ("This reads as internal developer-experience work …").
  public var outside: String?

  public init(
    id: String, title: String, topic: String?, signature: [WeightedPhrase],
    outside: String? = nil
  ) {
    self.id = id
    self.title = title
    self.topic = topic
    self.signature = signature
    self.outside = outside
  }
}

/// Something worth asking the employer about when a posting mentions it.
public struct PostingFlag: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: String
  /// The question to ask, in one sentence.
  public var ask: String
  public var phrases: [WeightedPhrase]

  public init(id: String, title: String, ask: String, phrases: [WeightedPhrase]) {
    self.id = id
    self.title = title
    self.ask = ask
    self.phrases = phrases
  }

  public init(id: String, title: String, ask: String, phrases: [String]) {
    self.init(id: id, title: title, ask: ask, phrases: phrases.map { WeightedPhrase($0) })
  }
}

/// How a posting's pay is read: a posted amount is shown as written; a posting that gives
/// none, or only calls it "competitive", is raised with the question to ask.
public struct PostingPay: Sendable, Equatable {
  /// Words that make a single amount on a line pay ("salary", "base"); a range needs none.
  public var words: [String]
  /// Phrases that describe pay without a figure ("competitive salary").
  public var vague: [WeightedPhrase]
  public var vagueTitle: String
  public var missingTitle: String
  public var ask: String

  public init(
    words: [String], vague: [WeightedPhrase], vagueTitle: String, missingTitle: String,
    ask: String
  ) {
    self.words = words
    self.vague = vague
    self.vagueTitle = vagueTitle
    self.missingTitle = missingTitle
    self.ask = ask
  }
}
