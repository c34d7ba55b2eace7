import GuideContent

/// One answer: the chosen scale level or option (from 0), or a skip.
package enum Answer: Sendable, Equatable, Codable {
  case chose(Int)
  case skipped

  package init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    self = container.decodeNil() ? .skipped : .chose(try container.decode(Int.self))
  }

  package func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .chose(let value): try container.encode(value)
    case .skipped: try container.encodeNil()
    }
  }
}

/// A quiz being taken: saved after every answer so it survives a closed terminal.
package struct QuizProgress: Sendable, Equatable, Codable {
  package var packID: String
  package var packVersion: String
  package var answers: [String: Answer]
  /// The question to show next.
  package var current: Int

  package init(
    packID: String, packVersion: String, answers: [String: Answer] = [:], current: Int = 0
  ) {
    self.packID = packID
    self.packVersion = packVersion
    self.answers = answers
    self.current = current
  }
}

/// Right answers out of the knowledge questions asked.
package struct KnowledgeScore: Sendable, Equatable, Codable {
  package var correct: Int
  package var total: Int

  package init(correct: Int, total: Int) {
    self.correct = correct
    self.total = total
  }
}

/// A finished quiz as stored in the history.
package struct Attempt: Sendable, Equatable, Codable {
  /// ISO 8601, from the clock the guide was given when the quiz was finished.
  package var date: String
  package var packID: String
  package var packVersion: String
  package var answers: [String: Answer]
  /// Dimension id to 0–100; a dimension with every statement skipped has no score.
  package var scores: [String: Int]
  package var knowledge: KnowledgeScore?
  /// `assessment` for "Which job fits you?" (answers rate activities; roles are ranked from
  /// them when shown, never saved); absent in attempts of the earlier quiz of statements, which
  /// keep listing and opening with their 4C's as they were saved.
  package var form: String?

  /// The `form` of an assessment attempt.
  package static let assessmentForm = "assessment"
  /// The `form` of a knowledge check ("Check what you learnt"): only `knowledge` and the
  /// answers are filled in, and it never counts toward the fit, the plan or a posting's reading.
  package static let checkForm = "check"

  /// Whether this attempt rated activities (the assessment) rather than statements.
  package var isAssessment: Bool { form == Self.assessmentForm }
  /// Whether this attempt is a knowledge check rather than a quiz or an assessment.
  package var isCheck: Bool { form == Self.checkForm }

  /// The attempt of the same kind (check, or not) saved last before `index`, which results
  /// compare it with: a check is never compared with a quiz.
  package static func previous(_ index: Int, in all: [Attempt]) -> Attempt? {
    guard all.indices.contains(index) else { return nil }
    return all[all.startIndex..<index].last { $0.isCheck == all[index].isCheck }
  }

  /// The newest attempt that says something about fit (an assessment or the earlier quiz):
  /// the one the plan, home and a posting's reading follow.
  package static func latestFit(_ all: [Attempt]) -> Attempt? {
    all.last { !$0.isCheck }
  }

  package init(
    date: String, packID: String, packVersion: String, answers: [String: Answer],
    scores: [String: Int], knowledge: KnowledgeScore?, form: String? = nil
  ) {
    self.date = date
    self.packID = packID
    self.packVersion = packVersion
    self.answers = answers
    self.scores = scores
    self.knowledge = knowledge
    self.form = form
  }
}

/// Which questions the quiz screen asks.
package enum QuizForm: Sendable, Equatable {
  /// The assessment (or, in a pack without one, the quiz of statements and questions).
  case quiz
  /// "Check what you learnt": the pack's knowledge questions alone, scored apart.
  case check
}

/// Where the reader is in the quiz.
package struct QuizPosition: Sendable, Equatable {
  package enum Step: Sendable, Equatable {
    /// What the quiz measures, how long it takes, the keys; or "resume or start over".
    case intro
    case question(Int)
    /// After a knowledge answer: right or not, why, and a link to read more.
    case feedback(Int)
  }

  package var step: Step
  /// The highlighted option (scale level, option, or intro choice).
  package var selection: Int
  /// The first row of `QuizLayout` on screen, when the step is taller than the window.
  package var scroll: Int
  /// The assessment, or the knowledge check.
  package var form: QuizForm

  package init(step: Step, selection: Int = 0, scroll: Int = 0, form: QuizForm = .quiz) {
    self.step = step
    self.selection = selection
    self.scroll = scroll
    self.form = form
  }
}

/// The results screens: the list of attempts, or one attempt in full.
package struct ResultsPosition: Sendable, Equatable {
  /// Index into `GuideState.attempts`, or nil for the list.
  package var attempt: Int?
  package var selection: Int
  package var scroll: Int
  package var focusedLink: Int?

  package init(attempt: Int? = nil, selection: Int = 0, scroll: Int = 0, focusedLink: Int? = nil) {
    self.attempt = attempt
    self.selection = selection
    self.scroll = scroll
    self.focusedLink = focusedLink
  }
}
