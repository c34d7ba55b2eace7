import GuideContent

/// Lays an assessment attempt out as a readable page: the answer in one sentence, "Roles that
/// fit you" best first with fit, readiness and reasons, the roles to avoid, the activities in
/// four groups, and the 4C's computed from them.
///
/// Each listed role's title is a link to `role:ID` (Tab and Enter, or its number): following it
/// opens the plan for that role.
package enum FitLayout {
  /// Roles listed with their reasons; the rest get one line each.
  static let withReasons = 5

  /// The link target that chooses a role for the plan. Topic ids cannot hold `:`.
  package static func target(_ roleID: String) -> String { "role:" + roleID }

  /// The role a link target chooses, if it is one.
  package static func roleID(_ target: String) -> String? {
    target.hasPrefix("role:") ? String(target.dropFirst(5)) : nil
  }

  /// The roles in the order listed, which the number keys count: best first, or the pack's
  /// order when the answers carry no lean (so the list is not read as a ranking).
  package static func listed(_ reading: FitReading, _ assessment: Assessment) -> [RoleFit] {
    guard reading.outcome == .noClearLean else { return reading.roles }
    return assessment.roles.compactMap { role in reading.roles.first { $0.role.id == role.id } }
  }

  static func layout(
    _ attempt: Attempt, previous: Attempt?, quiz: Quiz, assessment: Assessment,
    pack: ContentPack, width: Int, glyphs: Glyphs
  ) -> PageView {
    let reading = RoleScoring.reading(assessment, answers: attempt.answers)
    var builder = ResultsLayout.titled(attempt, width: width, glyphs: glyphs)
    builder.paragraph([(FitWords.headline(reading), .heading)])
    builder.paragraph([(FitWords.advice(reading), .plain)])
    roles(reading, listed(reading, assessment), &builder)
    groups(reading.groups, &builder)
    builder.blank()
    builder.paragraph([("The 4C's, from your activities", .heading)])
    let labelWidth = min(16, quiz.dimensions.map { CellWidth.of($0.title) }.max() ?? 8)
    let earlier = previous?.isAssessment == true ? previous : nil
    for dimension in quiz.dimensions where !dimension.disposition {
      builder.lines.append(
        ResultsLayout.bar(dimension, attempt, earlier, labelWidth: labelWidth, width: width))
    }
    return PageView(width: width, lines: builder.lines, links: builder.links)
  }

  /// The roles, best first (in the pack's order when the answers carry no lean), numbered for
  /// the key that chooses one, then the roles to avoid.
  static func roles(_ reading: FitReading, _ listed: [RoleFit], _ builder: inout PageBuilder) {
    guard !listed.isEmpty else { return }
    let noLean = reading.outcome == .noClearLean
    builder.blank()
    builder.paragraph([(noLean ? "Roles to choose from" : "Roles that fit you", .heading)])
    for (index, fit) in listed.enumerated() {
      let number = index < 9 ? "\(index + 1)" : " "
      var runs: [(String, SpanStyle)] = [(number + " ", .dim)]
      runs += builder.runs([.link(label: fit.role.title, target: target(fit.role.id))])
      if fit.role.outside { runs.append((" (outside DevRel)", .dim)) }
      runs.append(("  " + FitWords.numbers(fit), fit.fit >= RoleScoring.fitsWell ? .good : .plain))
      builder.paragraph(runs)
      guard index < withReasons, !noLean else { continue }
      for reason in fit.reasons { builder.paragraph([(reason, .dim)], indent: 2) }
    }
    builder.paragraph([
      ("Press a role's number (or Tab to it and Enter) for a plan to grow into it.", .dim)
    ])
    if !reading.avoid.isEmpty {
      builder.blank()
      builder.paragraph([("Roles to avoid (fit below \(RoleScoring.avoidBelow))", .heading)])
      for fit in reading.avoid {
        let drains =
          fit.draining.isEmpty ? "" : ": drains you: " + RoleScoring.list(fit.draining[...])
        builder.bullet([("\(fit.role.title) (\(fit.fit))", .plain), (drains, .dim)])
      }
    }
  }

  /// Thrive, grow, drains you and avoid, each a line when it has activities.
  static func groups(_ groups: ActivityGroups, _ builder: inout PageBuilder) {
    let named: [(String, [Activity])] = [
      ("Thrive (you enjoy it and have done it)", groups.thrive),
      ("Grow (you would enjoy it, not done much yet)", groups.grow),
      ("Drains you (done, not enjoyed)", groups.drains),
      ("Avoid (neither enjoyed nor done)", groups.avoid),
    ]
    guard named.contains(where: { !$0.1.isEmpty }) else { return }
    builder.blank()
    builder.paragraph([("Your activities", .heading)])
    for (title, activities) in named where !activities.isEmpty {
      builder.bullet([
        (title + ": ", .plain), (RoleScoring.list(activities[...]) + ".", .dim),
      ])
    }
  }
}
