import GuideContent

/// How well one role fits the person who answered: fit from enjoyment, readiness from
/// experience, never mixed, and the reasons behind the fit.
public struct RoleFit: Sendable, Equatable {
  public var role: JobRole
  /// 0–100: the role's weighted mean of how much the activities it weighs would be enjoyed.
  public var fit: Int
  /// 0–100: the same mean over how often they have been done; nil when none was answered.
  public var readiness: Int?
  /// Activities the role weighs that the person enjoys, heaviest first.
  public var enjoyed: [Activity]
  /// Activities the role weighs 2 or more that drain the person, heaviest first.
  public var draining: [Activity]

  /// The reasons as sentences: what it needs that you enjoy, and what it needs that drains you.
  public var reasons: [String] {
    var reasons: [String] = []
    if !enjoyed.isEmpty {
      reasons.append("You enjoy: " + RoleScoring.list(enjoyed.prefix(3)) + ".")
    }
    if !draining.isEmpty {
      reasons.append("Drains you: " + RoleScoring.list(draining.prefix(3)) + ".")
    }
    if reasons.isEmpty {
      reasons.append("Nothing it weighs stands out for you either way.")
    }
    return reasons
  }
}

/// What the answers say about roles, in words that never contradict each other.
public struct FitReading: Sendable, Equatable {
  public enum Outcome: Sendable, Equatable {
    /// No activity was rated for enjoyment.
    case noAnswers
    /// Every role fits within `RoleScoring.clearLean` points: the answers carry no signal, so
    /// no ranking is offered.
    case noClearLean
    /// A DevRel role fits well, and fits best.
    case devrel
    /// A DevRel role fits well, but a neighbour outside DevRel fits better.
    case neighbourFitsBetter
    /// Nothing in DevRel fits well; a neighbour does.
    case notDevRel
    /// Nothing fits well yet; the closest roles are listed.
    case nothingStrong
  }

  public var outcome: Outcome
  /// Every role with a fit, best first (ties keep the pack's order).
  public var roles: [RoleFit]
  /// Roles below `RoleScoring.avoidBelow`, never the best fit, and none without a clear lean.
  public var avoid: [RoleFit]
  public var groups: ActivityGroups

  /// The role the answers point to, when they point anywhere.
  public var best: RoleFit? {
    switch outcome {
    case .noAnswers, .noClearLean: return nil
    default: return roles.first
    }
  }

  /// The best-fitting role inside DevRel.
  public var bestDevRel: RoleFit? { roles.first { !$0.role.outside } }
}

/// The person's activities in four groups, by the two ratings.
public struct ActivityGroups: Sendable, Equatable {
  /// Enjoyed and done a few times or more.
  public var thrive: [Activity] = []
  /// Enjoyed, not yet done much: where a plan helps most.
  public var grow: [Activity] = []
  /// Done, but not enjoyed.
  public var drains: [Activity] = []
  /// Neither enjoyed nor done.
  public var avoid: [Activity] = []
}

/// Turns assessment answers into role fits. Pure, so every property can be tested.
public enum RoleScoring {
  /// A role fits well from this fit up.
  public static let fitsWell = 60
  /// Roles below this fit are the ones to avoid.
  public static let avoidBelow = 40
  /// Fits closer together than this carry no signal.
  public static let clearLean = 10

  /// A rating as 0…1 along its scale, or nil when skipped or not answered.
  static func level(
    _ assessment: Assessment, _ answers: [String: Answer], _ activity: String, _ facet: Facet
  ) -> Double? {
    guard case .chose(let chosen) = answers[Assessment.answerID(activity, facet)] else {
      return nil
    }
    let top = max(1, assessment.scale(facet).count - 1)
    return Double(min(max(chosen, 0), top)) / Double(top)
  }

  /// The weighted mean of one facet over the activities a role weighs, 0–100; nil when none
  /// of them was answered.
  static func mean(
    _ role: JobRole, _ facet: Facet, _ assessment: Assessment, _ answers: [String: Answer]
  ) -> Int? {
    var (sum, weights) = (0.0, 0)
    for (activity, weight) in role.weights {
      guard let value = level(assessment, answers, activity, facet) else { continue }
      sum += Double(weight) * value
      weights += weight
    }
    guard weights > 0 else { return nil }
    return min(100, max(0, Int((100 * sum / Double(weights)).rounded())))
  }

  /// The fit of one role for these answers; nil when nothing it weighs was rated. This is the
  /// one function other readings (a job posting's closest role) call, so they agree.
  public static func fit(_ role: JobRole, _ assessment: Assessment, answers: [String: Answer])
    -> RoleFit?
  {
    guard let fit = mean(role, .enjoyment, assessment, answers) else { return nil }
    let weighed = role.weights.sorted { $0.weight > $1.weight }.compactMap { entry in
      assessment.activity(entry.activity).map { ($0, entry.weight) }
    }
    let enjoyed = weighed.filter { activity, _ in
      (level(assessment, answers, activity.id, .enjoyment) ?? 0) > 0.5
    }
    let draining = weighed.filter { activity, weight in
      weight >= 2 && (level(assessment, answers, activity.id, .enjoyment) ?? 1) < 0.5
    }
    return RoleFit(
      role: role, fit: fit, readiness: mean(role, .experience, assessment, answers),
      enjoyed: enjoyed.map(\.0), draining: draining.map(\.0))
  }

  /// The fit of the role with id `roleID` for a saved attempt, or nil when the attempt is not
  /// an assessment or the role is unknown.
  public static func fit(ofRole roleID: String, _ assessment: Assessment, attempt: Attempt)
    -> RoleFit?
  {
    guard attempt.isAssessment, let role = assessment.role(roleID) else { return nil }
    return fit(role, assessment, answers: attempt.answers)
  }

  /// Every role ranked, the outcome in words, the roles to avoid and the activity groups.
  public static func reading(_ assessment: Assessment, answers: [String: Answer]) -> FitReading {
    let ranked = assessment.roles.enumerated().compactMap { index, role in
      fit(role, assessment, answers: answers).map { (index, $0) }
    }.sorted { lhs, rhs in
      lhs.1.fit != rhs.1.fit ? lhs.1.fit > rhs.1.fit : lhs.0 < rhs.0
    }.map(\.1)
    let groups = self.groups(assessment, answers: answers)
    guard let top = ranked.first, let bottom = ranked.last else {
      return FitReading(outcome: .noAnswers, roles: [], avoid: [], groups: groups)
    }
    guard top.fit - bottom.fit >= clearLean else {
      return FitReading(outcome: .noClearLean, roles: ranked, avoid: [], groups: groups)
    }
    let devrel = ranked.first { !$0.role.outside }?.fit ?? 0
    let outside = ranked.first { $0.role.outside }?.fit ?? 0
    let outcome: FitReading.Outcome =
      devrel >= fitsWell
      ? (outside > devrel ? .neighbourFitsBetter : .devrel)
      : (outside >= fitsWell ? .notDevRel : .nothingStrong)
    let avoid = ranked.dropFirst().filter { $0.fit < avoidBelow }
    return FitReading(outcome: outcome, roles: ranked, avoid: Array(avoid), groups: groups)
  }

  /// Thrive, grow, drains and avoid, in the pack's order. "No strong feeling" belongs to none.
  public static func groups(_ assessment: Assessment, answers: [String: Answer])
    -> ActivityGroups
  {
    var groups = ActivityGroups()
    for activity in assessment.activities {
      guard let enjoy = level(assessment, answers, activity.id, .enjoyment), enjoy != 0.5 else {
        continue
      }
      let done = (level(assessment, answers, activity.id, .experience) ?? 0) >= 0.5
      switch (enjoy > 0.5, done) {
      case (true, true): groups.thrive.append(activity)
      case (true, false): groups.grow.append(activity)
      case (false, true): groups.drains.append(activity)
      case (false, false): groups.avoid.append(activity)
      }
    }
    return groups
  }

  /// The 4C's from the activities: per dimension, the mean of every rating (enjoyment and
  /// experience alike) of its activities, 0–100; a dimension with none answered has no score.
  /// So the chart, the earlier pages and the posting reader keep their meaning.
  public static func dimensionScores(_ assessment: Assessment, answers: [String: Answer])
    -> [String: Int]
  {
    var sums: [String: (total: Double, count: Int)] = [:]
    for activity in assessment.activities {
      for facet in Facet.allCases {
        guard let value = level(assessment, answers, activity.id, facet) else { continue }
        sums[activity.dimension, default: (0, 0)].total += value
        sums[activity.dimension, default: (0, 0)].count += 1
      }
    }
    return sums.mapValues { min(100, max(0, Int((100 * $0.total / Double($0.count)).rounded()))) }
  }

  /// "giving a talk; writing a tutorial; editing docs": the activities' words, lower-cased at
  /// the start.
  static func list(_ activities: ArraySlice<Activity>) -> String {
    let words = activities.map { activity in
      activity.text.prefix(1).lowercased() + activity.text.dropFirst()
    }
    // Activities hold commas of their own ("an app, SDK or tool"), so semicolons part them.
    return words.joined(separator: "; ")
  }
}
