/// The self-assessment quiz of a pack: statements rated on a scale, and knowledge questions.
public struct Quiz: Sendable, Equatable {
  public var title: String
  public var intro: String
  /// The scored dimensions, in display order (the 4C's, plus any the pack adds).
  public var dimensions: [Dimension]
  /// The labels of the rating scale, lowest first.
  public var scale: [String]
  public var questions: [Question]
  /// Overall readings, any order; the one with the highest `min` not above the score applies.
  public var bands: [Band]

  public init(
    title: String, intro: String, dimensions: [Dimension], scale: [String],
    questions: [Question], bands: [Band]
  ) {
    self.title = title
    self.intro = intro
    self.dimensions = dimensions
    self.scale = scale
    self.questions = questions
    self.bands = bands
  }
}

public struct Dimension: Sendable, Equatable {
  public var id: String
  public var title: String
  /// Topics to read when this dimension is a growth area.
  public var topics: [String]
  /// A way of working rather than a skill (the guide's "many hats"): reported on a line of its
  /// own, never named the strongest skill or a growth area.
  public var disposition: Bool

  public init(id: String, title: String, topics: [String], disposition: Bool = false) {
    self.id = id
    self.title = title
    self.topics = topics
    self.disposition = disposition
  }
}

public struct Question: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// A statement rated on the quiz scale, scored to a dimension; `reverse` scores it backwards.
    case rating(dimension: String, reverse: Bool)
    /// A question with options, one of them right (index into `options`).
    case knowledge(options: [String], answer: Int, explanation: String, topic: String)
    /// One rating of an assessment activity (`roles.yaml`), on that facet's scale.
    case activity(activity: String, facet: Facet)
  }

  public var id: String
  public var text: String
  public var kind: Kind

  public init(id: String, text: String, kind: Kind) {
    self.id = id
    self.text = text
    self.kind = kind
  }
}

public struct Band: Sendable, Equatable {
  public var min: Int
  public var label: String
  public var text: String

  public init(min: Int, label: String, text: String) {
    self.min = min
    self.label = label
    self.text = text
  }
}
