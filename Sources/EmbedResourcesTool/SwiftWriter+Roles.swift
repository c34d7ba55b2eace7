import GuideContent

extension SwiftWriter {
  /// The assessment's activities and roles, as a function that rebuilds them (nil when the
  /// pack has no `roles.yaml`).
  mutating func write(_ assessment: Assessment?) {
    line("")
    line("  static func assessment() -> Assessment? {")
    guard let assessment else {
      line("    nil")
      line("  }")
      return
    }
    line("    let activities: [Activity] = [")
    for activity in assessment.activities {
      line(
        "      Activity(id: \(literal(activity.id)), text: \(literal(activity.text)), "
          + "dimension: \(literal(activity.dimension)), topic: \(literal(activity.topic)), "
          + "actions: \(strings(activity.actions))),")
    }
    line("    ]")
    line("    let roles: [JobRole] = [")
    for role in assessment.roles {
      let weights = role.weights.map { "(\(literal($0.activity)), \($0.weight))" }
      line(
        "      JobRole(id: \(literal(role.id)), title: \(literal(role.title)), "
          + "summary: \(literal(role.summary)), basis: \(literal(role.basis)), "
          + "topic: \(literal(role.topic)), outside: \(role.outside), "
          + "weights: [\(weights.joined(separator: ", "))]),")
    }
    line("    ]")
    line("    return Assessment(")
    line(
      "      enjoyment: \(strings(assessment.enjoyment)), "
        + "experience: \(strings(assessment.experience)),")
    line("      activities: activities, roles: roles)")
    line("  }")
  }
}
