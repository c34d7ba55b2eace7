/// What the job-posting reader looks for, from a pack's optional `posting.yaml`.
///
/// The signals are content, not code: which words point to which dimension of the quiz, which
/// words make up each role's signature, and which words are worth a question before applying.
public struct PostingLexicon: Sendable, Equatable {
  /// What the pack is about, as in "Nothing in this posting relates to DevRel."
  public var subject: String
  /// Dimensions of the pack's quiz (same ids and titles), each with the phrases that point to it.
  public var dimensions: [PostingDimension]
  public var roles: [PostingRole]
  public var askAbout: [PostingFlag]
  /// Words that mark a "nice to have" line or section, whose phrases weigh half.
  public var niceToHave: [String]

  public init(
    subject: String, dimensions: [PostingDimension], roles: [PostingRole],
    askAbout: [PostingFlag], niceToHave: [String]
  ) {
    self.subject = subject
    self.dimensions = dimensions
    self.roles = roles
    self.askAbout = askAbout
    self.niceToHave = niceToHave
  }
}

/// A phrase to find in a posting and how much it counts.
///
/// A word `#` in a phrase stands for any number, so `# years` finds "5 years".
public struct WeightedPhrase: Sendable, Equatable {
  public var text: String
  public var weight: Int

  public init(_ text: String, weight: Int = 1) {
    self.text = text
    self.weight = weight
  }
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

  public init(id: String, title: String, topic: String?, signature: [WeightedPhrase]) {
    self.id = id
    self.title = title
    self.topic = topic
    self.signature = signature
  }
}

/// Something worth asking the employer about when a posting mentions it.
public struct PostingFlag: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: String
  /// The question to ask, in one sentence.
  public var ask: String
  public var phrases: [String]

  public init(id: String, title: String, ask: String, phrases: [String]) {
    self.id = id
    self.title = title
    self.ask = ask
    self.phrases = phrases
  }
}
