import GuideContent

/// Lays an assessment attempt out as a readable page: the answer in one sentence, "Roles that
/// fit you" best first with fit, readiness and reasons, the roles to avoid, the activities in
/// four groups, and the 4C's computed from them.
///
/// Each listed role's title is a link to `role:ID` (Tab and Enter): following it opens the
/// role's profile (`RoleProfile`); its number opens the plan for it.
public enum FitLayout {
  /// Where the results are read, which decides how a role is chosen from them: keys on the
  /// screen, a typed number in the line mode, a command in printed text.
  public enum Medium: Sendable {
    case screen, lineMode, printed
  }

  /// Roles listed with their reasons; the rest get one line each.
  static let withReasons = 5

  /// The link target that chooses a role for the plan. Topic ids cannot hold `:`.
  public static func target(_ roleID: String) -> String { "role:" + roleID }

  /// The role a link target chooses, if it is one.
  public static func roleID(_ target: String) -> String? {
    target.hasPrefix("role:") ? String(target.dropFirst(5)) : nil
  }

  /// The roles in the order listed, which the number keys count: best first, or the pack's
  /// order when the answers carry no lean (so the list is not read as a ranking).
  public static func listed(_ reading: FitReading, _ assessment: Assessment) -> [RoleFit] {
    guard reading.outcome == .noClearLean else { return reading.roles }
    return assessment.roles.compactMap { role in reading.roles.first { $0.role.id == role.id } }
  }

  static func layout(
    _ attempt: Attempt, previous: Attempt?, quiz: Quiz, assessment: Assessment,
    pack: ContentPack, width: Int, glyphs: Glyphs, medium: Medium = .screen
  ) -> PageView {
    let reading = RoleScoring.reading(assessment, answers: attempt.answers)
    var builder = ResultsLayout.titled(attempt, width: width, glyphs: glyphs)
    builder.paragraph([(FitWords.headline(reading), .heading)])
    builder.paragraph([(FitWords.advice(reading), .plain)])
    roles(reading, listed(reading, assessment), medium: medium, &builder)
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
  /// the key that chooses one (on the screen the first nine; every one in the line mode, where a
  /// number is typed, and in printed text, where the numbers are the order), then the roles to
  /// avoid.
  static func roles(
    _ reading: FitReading, _ listed: [RoleFit], medium: Medium = .screen,
    _ builder: inout PageBuilder
  ) {
    guard !listed.isEmpty else { return }
    let noLean = reading.outcome == .noClearLean
    let count = medium == .screen ? min(numbered, listed.count) : listed.count
    let indent = String(count).count + 1
    builder.blank()
    builder.paragraph([(noLean ? "Roles to choose from" : "Roles that fit you", .heading)])
    for (index, fit) in listed.enumerated() {
      let number = String(index + 1)
      let padded = String(repeating: " ", count: max(0, indent - 1 - number.count)) + number
      role(fit, number: index < count ? padded : nil, indent: indent, &builder)
      guard index < withReasons, !noLean else { continue }
      for reason in fit.reasons { builder.paragraph([(reason, .dim)], indent: indent) }
    }
    builder.paragraph([(choosing(listed.count, medium), .dim)])
    if !reading.avoid.isEmpty {
      builder.blank()
      builder.paragraph([("Roles to avoid (fit below \(RoleScoring.avoidBelow))", .heading)])
      for fit in reading.avoid {
        let drains =
          fit.draining.isEmpty ? "" : ": drains you: " + RoleScoring.list(fit.draining[...]) + "."
        builder.bullet([("\(fit.role.title) (\(fit.fit))", .plain), (drains, .dim)])
      }
    }
  }

  /// How many listed roles a number key chooses: the digits 1 to 9.
  public static let numbered = 9

  /// How to choose a role: on the screen its number for the first nine gives a plan, and Tab
  /// and Enter, for every one, its profile first (whose `p` gives the plan); in the line mode
  /// its number, typed; printed, there are no keys, so the command
  /// that gives a role's plan.
  static func choosing(_ count: Int, _ medium: Medium) -> String {
    switch medium {
    case .printed:
      "For a plan to grow into any of these: devrel-guide plan --role ID (the ids are in "
        + "devrel-guide results --format json)."
    case .lineMode: "Type a role's number for a plan to grow into it."
    case .screen where count > numbered:
      "Press 1-\(numbered) for a plan to grow into a numbered role, or Tab to any role and "
        + "Enter to read about it first."
    case .screen:
      "Press a role's number for a plan to grow into it, or Tab to it and Enter to read about "
        + "it first."
    }
  }

  /// One listed role: its number (none past the ninth on the screen), its title as the link
  /// that chooses it, then fit and readiness on the same line when they fit there, else on a
  /// line of their own, so a narrow window never splits "fit 86". Wrapped title lines hang
  /// under the title, `indent` columns in (past the widest number).
  static func role(
    _ fit: RoleFit, number: String?, indent: Int = 2, _ builder: inout PageBuilder
  ) {
    let first = builder.lines.count
    var runs = builder.runs([.link(label: fit.role.title, target: target(fit.role.id))])
    if fit.role.outside { runs.append((" (outside DevRel)", .dim)) }
    let numbers = (FitWords.numbers(fit), fit.fit >= RoleScoring.fitsWell ? SpanStyle.good : .plain)
    let oneLine =
      runs.map { CellWidth.of($0.0) }.reduce(indent, +) + 2 + CellWidth.of(numbers.0)
    if oneLine <= builder.width {
      builder.paragraph(runs + [("  " + numbers.0, numbers.1)], indent: indent)
    } else {
      builder.paragraph(runs, indent: indent)
      builder.paragraph([numbers], indent: indent)
    }
    if let number, first < builder.lines.count {
      builder.lines[first].spans.insert(Span(column: 0, .text(number, .dim)), at: 0)
    }
  }

  /// Thrive, grow, drains you and avoid, each a line when it has activities.
  static func groups(
    _ groups: ActivityGroups, heading: String = "Your activities", _ builder: inout PageBuilder
  ) {
    let named: [(String, [Activity])] = [
      ("Thrive (you enjoy it and have done it)", groups.thrive),
      ("Grow (you would enjoy it, not done much yet)", groups.grow),
      ("Drains you (done, not enjoyed)", groups.drains),
      ("Avoid (neither enjoyed nor done)", groups.avoid),
    ]
    guard named.contains(where: { !$0.1.isEmpty }) else { return }
    builder.blank()
    builder.paragraph([(heading, .heading)])
    for (title, activities) in named where !activities.isEmpty {
      builder.bullet([
        (title + ": ", .plain), (RoleScoring.list(activities[...]) + ".", .dim),
      ])
    }
  }
}
