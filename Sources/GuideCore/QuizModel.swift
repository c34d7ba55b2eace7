import GuideContent

/// One answer: the chosen scale level or option (from 0), or a skip.
public enum Answer: Sendable, Equatable, Codable {
  case chose(Int)
  case skipped

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    self = container.decodeNil() ? .skipped : .chose(try container.decode(Int.self))
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .chose(let value): try container.encode(value)
    case .skipped: try container.encodeNil()
    }
  }
}

/// A quiz being taken: saved after every answer so it survives a closed terminal.
public struct QuizProgress: Sendable, Equatable, Codable {
  public var packID: String
  public var packVersion: String
  public var answers: [String: Answer]
  /// The question to show next.
  public var current: Int

  public init(
    packID: String, packVersion: String, answers: [String: Answer] = [:], current: Int = 0
  ) {
    self.packID = packID
    self.packVersion = packVersion
    self.answers = answers
    self.current = current
  }
}

/// Right answers out of the knowledge questions asked.
public struct KnowledgeScore: Sendable, Equatable, Codable {
  public var correct: Int
  public var total: Int

  public init(correct: Int, total: Int) {
    self.correct = correct
    self.total = total
  }
}

/// A finished quiz as stored in the history.
public struct Attempt: Sendable, Equatable, Codable {
  /// ISO 8601, from the clock the guide was given when the quiz was finished.
  public var date: String
  public var packID: String
  public var packVersion: String
  public var answers: [String: Answer]
  /// Dimension id to 0–100; a dimension with every statement skipped has no score.
  public var scores: [String: Int]
  public var knowledge: KnowledgeScore?
  /// `assessment` for "Which job fits you?" (answers rate activities; roles are ranked from
  /// them when shown, never saved); absent in attempts of the earlier quiz of statements, which
  /// keep listing and opening with their 4C's as they were saved.
  public var form: String?

  /// The `form` of an assessment attempt.
  public static let assessmentForm = "assessment"
  /// The `form` of a knowledge check ("Check what you learnt"): only `knowledge` and the
  /// answers are filled in, and it never counts toward the fit, the plan or a posting's reading.
  public static let checkForm = "check"

  /// Whether this attempt rated activities (the assessment) rather than statements.
  public var isAssessment: Bool { form == Self.assessmentForm }
  /// Whether this attempt is a knowledge check rather than a quiz or an assessment.
  public var isCheck: Bool { form == Self.checkForm }

  /// The attempt of the same kind (check, or not) saved last before `index`, which results
  /// compare it with: a check is never compared with a quiz.
  public static func previous(_ index: Int, in all: [Attempt]) -> Attempt? {
    guard all.indices.contains(index) else { return nil }
    return all[all.startIndex..<index].last { $0.isCheck == all[index].isCheck }
  }

  /// The newest attempt that says something about fit (an assessment or the earlier quiz):
  /// the one the plan, home and a posting's reading follow.
  public static func latestFit(_ all: [Attempt]) -> Attempt? {
    all.last { !$0.isCheck }
  }

  public init(
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
public enum QuizForm: Sendable, Equatable {
  /// The assessment (or, in a pack without one, the quiz of statements and questions).
  case quiz
  /// "Check what you learnt": the pack's knowledge questions alone, scored apart.
  case check
}

/// Where the reader is in the quiz.
public struct QuizPosition: Sendable, Equatable {
  public enum Step: Sendable, Equatable {
    /// What the quiz measures, how long it takes, the keys; or "resume or start over".
    case intro
    case question(Int)
    /// After a knowledge answer: right or not, why, and a link to read more.
    case feedback(Int)
  }

  public var step: Step
  /// The highlighted option (scale level, option, or intro choice).
  public var selection: Int
  /// The first row of `QuizLayout` on screen, when the step is taller than the window.
  public var scroll: Int
  /// The assessment, or the knowledge check.
  public var form: QuizForm

  public init(step: Step, selection: Int = 0, scroll: Int = 0, form: QuizForm = .quiz) {
    self.step = step
    self.selection = selection
    self.scroll = scroll
    self.form = form
  }
}

/// The results screens: the list of attempts, or one attempt in full.
public struct ResultsPosition: Sendable, Equatable {
  /// Index into `GuideState.attempts`, or nil for the list.
  public var attempt: Int?
  public var selection: Int
  public var scroll: Int
  public var focusedLink: Int?

  public init(attempt: Int? = nil, selection: Int = 0, scroll: Int = 0, focusedLink: Int? = nil) {
    self.attempt = attempt
    self.selection = selection
    self.scroll = scroll
    self.focusedLink = focusedLink
  }
}
