/// The self-assessment quiz of a pack: statements rated on a scale, and knowledge questions.
package struct Quiz: Sendable, Equatable {
  package var title: String
  package var intro: String
  /// The scored dimensions, in display order (the 4C's, plus any the pack adds).
  package var dimensions: [Dimension]
  /// The labels of the rating scale, lowest first.
  package var scale: [String]
  package var questions: [Question]
  /// Overall readings, any order; the one with the highest `min` not above the score applies.
  package var bands: [Band]

  package init(
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

package struct Dimension: Sendable, Equatable {
  package var id: String
  package var title: String
  /// Topics to read when this dimension is a growth area.
  package var topics: [String]
  /// A way of working rather than a skill (the guide's "many hats"): reported on a line of its
  /// own, never named the strongest skill or a growth area.
  package var disposition: Bool

  package init(id: String, title: String, topics: [String], disposition: Bool = false) {
    self.id = id
    self.title = title
    self.topics = topics
    self.disposition = disposition
  }
}

package struct Question: Sendable, Equatable {
  package enum Kind: Sendable, Equatable {
    /// A statement rated on the quiz scale, scored to a dimension; `reverse` scores it backwards.
    case rating(dimension: String, reverse: Bool)
    /// A question with options, one of them right (index into `options`).
    case knowledge(options: [String], answer: Int, explanation: String, topic: String)
    /// One rating of an assessment activity (`roles.yaml`), on that facet's scale.
    case activity(activity: String, facet: Facet)
  }

  package var id: String
  package var text: String
  package var kind: Kind

  package init(id: String, text: String, kind: Kind) {
    self.id = id
    self.text = text
    self.kind = kind
  }
}

package struct Band: Sendable, Equatable {
  package var min: Int
  package var label: String
  package var text: String

  package init(min: Int, label: String, text: String) {
    self.min = min
    self.label = label
    self.text = text
  }
}
