/// "Which job fits you?": concrete activities rated for enjoyment and experience, and the
/// roles that weigh them, from a pack's optional `roles.yaml`.
///
/// Enjoyment says whether a job suits someone; experience says how far they are from it, so
/// each activity is asked twice and the two are never mixed into one number.
public struct Assessment: Sendable, Equatable {
  /// The enjoyment scale, lowest ("drains me") first.
  public var enjoyment: [String]
  /// The experience scale, lowest ("never") first.
  public var experience: [String]
  /// In the order asked.
  public var activities: [Activity]
  /// DevRel roles and the neighbours outside it, in the pack's order (ties keep it).
  public var roles: [JobRole]
  /// Two questions per activity, enjoyment then experience, worked out once: the quiz screens
  /// step through them like any other questions.
  public let questions: [Question]

  public init(enjoyment: [String], experience: [String], activities: [Activity], roles: [JobRole]) {
    self.enjoyment = enjoyment
    self.experience = experience
    self.activities = activities
    self.roles = roles
    questions = activities.flatMap { activity in
      Facet.allCases.map { facet in
        Question(
          id: Self.answerID(activity.id, facet), text: activity.text + ": " + facet.prompt,
          kind: .activity(activity: activity.id, facet: facet))
      }
    }
  }

  /// The key an answer is saved under. Ids cannot hold `:`, so these never meet a quiz
  /// question's id in saved answers.
  public static func answerID(_ activity: String, _ facet: Facet) -> String {
    facet.rawValue + ":" + activity
  }

  public func activity(_ id: String) -> Activity? { activities.first { $0.id == id } }
  public func role(_ id: String) -> JobRole? { roles.first { $0.id == id } }
  /// The scale a facet is rated on.
  public func scale(_ facet: Facet) -> [String] {
    facet == .enjoyment ? enjoyment : experience
  }
}

/// Which of the two ratings of an activity.
public enum Facet: String, Sendable, Equatable, CaseIterable {
  /// How much the reader would enjoy it: fit.
  case enjoyment = "enjoy"
  /// How often the reader has done it: readiness.
  case experience = "done"

  /// The question put after the activity's words.
  public var prompt: String {
    switch self {
    case .enjoyment: return "how much would you enjoy it?"
    case .experience: return "how often have you done it?"
    }
  }
}

/// One concrete piece of work, such as "giving a talk at a conference or meetup".
public struct Activity: Sendable, Equatable {
  public var id: String
  /// What it is, as a noun phrase starting with a capital ("Writing a step-by-step tutorial").
  public var text: String
  /// The quiz dimension (one of the 4C's) it exercises: the 4C's chart is computed from these.
  public var dimension: String
  /// The page that explains it.
  public var topic: String
  /// Plan actions (ids in `plan.yaml`) that build it, for the plan of a chosen role.
  public var actions: [String]

  public init(id: String, text: String, dimension: String, topic: String, actions: [String] = []) {
    self.id = id
    self.text = text
    self.dimension = dimension
    self.topic = topic
    self.actions = actions
  }
}

/// A job the assessment can recommend: a DevRel role, or a neighbour outside DevRel.
public struct JobRole: Sendable, Equatable {
  public var id: String
  public var title: String
  /// One line on what the job is.
  public var summary: String
  /// Where the weights and summary come from: the page and its sources.
  public var basis: String
  /// The page that describes it.
  public var topic: String
  /// A neighbour outside DevRel (platform engineer, product manager, staying in engineering).
  public var outside: Bool
  /// Activity id to weight, 1 (a part of the job) to 3 (its heart), in the pack's order.
  public var weights: [(activity: String, weight: Int)]

  public init(
    id: String, title: String, summary: String, basis: String, topic: String, outside: Bool,
    weights: [(activity: String, weight: Int)]
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.basis = basis
    self.topic = topic
    self.outside = outside
    self.weights = weights
  }

  public func weight(_ activity: String) -> Int {
    weights.first { $0.activity == activity }?.weight ?? 0
  }

  public static func == (lhs: JobRole, rhs: JobRole) -> Bool {
    lhs.id == rhs.id && lhs.title == rhs.title && lhs.summary == rhs.summary
      && lhs.basis == rhs.basis && lhs.topic == rhs.topic && lhs.outside == rhs.outside
      && lhs.weights.elementsEqual(rhs.weights) { $0 == $1 }
  }
}
