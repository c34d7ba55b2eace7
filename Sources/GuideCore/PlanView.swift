import GuideContent

/// "Your plan" for one attempt: the dimensions to work on, each with its actions from the pack.
///
/// The growth areas of the attempt come first (skills below `Scoring.growthBelow`, lowest
/// first); when there are none, the lowest-scoring skills instead, and the plan says so. A way
/// of working (`disposition: true`) below the same line follows on its own. Pure, so tests
/// compare it whole.
public struct PlanView: Sendable, Equatable {
  /// Why these dimensions were chosen.
  public enum Basis: Sendable, Equatable {
    /// The attempt's growth areas.
    case growthAreas
    /// No skill was a growth area: these are the lowest-scoring skills.
    case lowestSkills
    /// Every statement was skipped, so nothing can be chosen.
    case noScores
  }

  /// One dimension to work on, its score in the attempt, and its actions in pack order.
  public struct Section: Sendable, Equatable {
    public var dimension: Dimension
    public var score: Int
    public var actions: [PlanAction]
  }

  public var basis: Basis
  /// Only dimensions with actions in the pack.
  public var sections: [Section]

  /// Every action listed, in screen order.
  public var actions: [PlanAction] { sections.flatMap(\.actions) }

  public init(attempt: Attempt, quiz: Quiz, plan: Plan) {
    let scores = attempt.scores
    let verdict = Scoring.verdict(quiz, scores: scores)
    var chosen = verdict.growth
    if scores.isEmpty {
      basis = .noScores
    } else if chosen.isEmpty {
      basis = .lowestSkills
      let skills = quiz.dimensions.filter { !$0.disposition && scores[$0.id] != nil }
      let lowest = skills.compactMap { scores[$0.id] }.min()
      chosen = skills.filter { scores[$0.id] == lowest }
    } else {
      basis = .growthAreas
    }
    chosen += verdict.dispositions.filter { (scores[$0.id] ?? 0) < Scoring.growthBelow }
    sections = chosen.compactMap { dimension in
      let actions = plan.actions(for: dimension.id)
      guard !actions.isEmpty else { return nil }
      return Section(dimension: dimension, score: scores[dimension.id] ?? 0, actions: actions)
    }
  }

  /// The key an action's mark is saved under, beside the topics' marks. Topic ids cannot hold
  /// `:`, so the two never meet.
  public static func markID(of action: PlanAction) -> String { "plan:" + action.id }

  /// Whether a saved mark belongs to a plan action rather than a topic.
  public static func isActionMark(_ id: String) -> Bool { id.hasPrefix("plan:") }

  /// Actions marked done, out of all listed.
  public func progress(_ marks: [String: TopicMark]) -> (done: Int, total: Int) {
    let all = actions
    return (all.filter { marks[Self.markID(of: $0)] == .done }.count, all.count)
  }
}
