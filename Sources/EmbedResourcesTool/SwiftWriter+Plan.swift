import GuideContent

extension SwiftWriter {
  /// The plan's actions, as a function that rebuilds them (nil when the pack has none).
  mutating func write(_ plan: Plan?) {
    line("")
    line("  static func plan() -> Plan? {")
    guard let plan else {
      line("    nil")
      line("  }")
      return
    }
    line("    let actions: [PlanAction] = [")
    for action in plan.actions {
      line(
        "      PlanAction(id: \(literal(action.id)), text: \(literal(action.text)), "
          + "dimension: \(literal(action.dimension)), effort: .\(action.effort.rawValue), "
          + "topic: \(literal(action.topic))),")
    }
    line("    ]")
    line("    return Plan(actions: actions)")
    line("  }")
  }
}
