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
    /// An assessment: the activities of one role that the reader would enjoy but has not done
    /// much (`growing`), or, when there are none, the ones not done much yet. `chosen` when the
    /// reader picked the role on the results; else it is their best fit.
    case role(chosen: Bool, growing: Bool)
    /// An assessment with no clear lean and no role chosen: nothing to plan for yet.
    case chooseRole
  }

  /// One dimension to work on, its score in the attempt, and its actions in pack order.
  public struct Section: Sendable, Equatable {
    public var dimension: Dimension
    public var score: Int
    public var actions: [PlanAction]
    /// The heading instead of the dimension and score: an activity of the role planned for.
    public var heading: String? = nil
  }

  public var basis: Basis
  /// Only dimensions with actions in the pack.
  public var sections: [Section]
  /// The role the plan is for, after an assessment.
  public var role: RoleFit? = nil

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

  /// The plan for one role of an assessment: `roleID` when the reader chose one, else the best
  /// fit. Each activity the role weighs (heaviest first) that the reader would enjoy but has
  /// not done much gets its actions; an activity without actions in the pack gets one that
  /// points at its page.
  public init(
    attempt: Attempt, assessment: Assessment, quiz: Quiz, plan: Plan, role roleID: String?
  ) {
    let answers = attempt.answers
    let reading = RoleScoring.reading(assessment, answers: answers)
    let chosen = roleID.flatMap { id in reading.roles.first { $0.role.id == id } }
    // When DevRel fits but a neighbour fits better, the guide plans for the DevRel role: its
    // actions are DevRel work, and the results already name the neighbour.
    let closest = reading.outcome == .neighbourFitsBetter ? reading.bestDevRel : reading.best
    guard let fit = chosen ?? closest else {
      basis = .chooseRole
      sections = []
      return
    }
    role = fit
    let weighed = fit.role.weights.sorted { $0.weight > $1.weight }.compactMap {
      assessment.activity($0.activity)
    }
    let notDone = weighed.filter {
      (RoleScoring.level(assessment, answers, $0.id, .experience) ?? 0) < 0.5
    }
    let grow = notDone.filter { reading.groups.grow.contains($0) }
    basis = .role(chosen: chosen != nil, growing: !grow.isEmpty)
    var listed = Set<String>()
    sections = (grow.isEmpty ? notDone : grow).map { activity in
      let dimension =
        quiz.dimensions.first { $0.id == activity.dimension }
        ?? Dimension(id: activity.dimension, title: activity.dimension, topics: [])
      var actions = activity.actions.compactMap { id in plan.actions.first { $0.id == id } }
      actions.removeAll { !listed.insert($0.id).inserted }
      if actions.isEmpty {
        actions = [Self.tryAction(activity)]
      }
      return Section(dimension: dimension, score: 0, actions: actions, heading: activity.text)
    }
  }

  /// An action for an activity the pack's plan has none for: read its page, then try it once.
  static func tryAction(_ activity: Activity) -> PlanAction {
    let words = activity.text.prefix(1).lowercased() + activity.text.dropFirst()
    return PlanAction(
      id: "try-" + activity.id,
      text: "Read the page below, then find one small way to try \(words), and note how it felt.",
      dimension: activity.dimension, effort: .evening, topic: activity.topic)
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

extension PlanView {
  /// What a role's plan is for, in one or two sentences, on screen and in print alike.
  public static func basisWords(_ view: PlanView) -> String {
    guard let fit = view.role else {
      return
        "Your answers show no clear lean, so there is no best fit to plan for. Choose a role on "
        + "your results (its number) and the plan follows it."
    }
    var chosen = false
    if case .role(true, _) = view.basis { chosen = true }
    let whose =
      "For the role of \(fit.role.title) (fit \(fit.fit))"
      + (chosen
        ? ", which you chose." : ", your closest in DevRel; choose another on your results.")
    switch view.basis {
    case .role(_, growing: true):
      return whose + " Actions for the work it needs that you would enjoy but have not done much."
    case .role where view.sections.isEmpty:
      return whose + " You have done all of its work a few times or more: you are ready to apply."
    default:
      return whose + " Actions for the work it needs that you have not done much yet."
    }
  }
}
