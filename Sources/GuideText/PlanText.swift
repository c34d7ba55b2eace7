import FoundationEssentials
import GuideContent
import GuideCore

/// "Your plan" for printing (`devrel-guide plan`): wrapped text, Markdown, or JSON.
///
/// Marks show as `[x]` done, `[~]` learning, `[-]` skipped and `[ ]` not yet: ASCII, so they
/// read the same in any terminal, file or pipe.
public enum PlanText {
  /// The plan at most `width` columns wide, ending with a line break.
  public static func text(
    _ plan: PlanView, attempt: Attempt, marks: [String: TopicMark], pack: ContentPack,
    width: Int = 78
  ) -> String {
    var lines = Wrap.text(title(plan, attempt: attempt, marks: marks), width: width) + [""]
    lines += Wrap.text(basis(plan), width: width)
    for section in plan.sections {
      lines += ["", heading(section)]
      for action in section.actions {
        let body = Wrap.text(action.text, width: max(10, width - 6))
        for (index, line) in body.enumerated() {
          lines.append(
            (index == 0 ? "  " + box(marks[PlanView.markID(of: action)]) + " " : "      ") + line)
        }
        lines += Wrap.text(detail(action, pack), width: max(10, width - 6)).map { "      " + $0 }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The plan as a Markdown section with a task list, as GitHub and most editors show it.
  public static func markdown(
    _ plan: PlanView, attempt: Attempt, marks: [String: TopicMark], pack: ContentPack
  ) -> String {
    var lines = ["## " + title(plan, attempt: attempt, marks: marks), "", basis(plan)]
    for section in plan.sections {
      lines += ["", "### " + heading(section), ""]
      for action in section.actions {
        let done = marks[PlanView.markID(of: action)] == .done ? "x" : " "
        lines.append("- [\(done)] \(action.text) *\(detail(action, pack))*")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The plan for scripts: the attempt's date, why these areas, and every action with its
  /// dimension, score, effort, topic and mark (null when unmarked), keys sorted.
  public static func json(
    _ plan: PlanView, attempt: Attempt, marks: [String: TopicMark]
  ) throws -> String {
    let report = Report(
      attempt: attempt.date,
      basis: {
        switch plan.basis {
        case .growthAreas: return "growth-areas"
        case .lowestSkills: return "lowest-skills"
        case .noScores: return "no-scores"
        case .role: return "role"
        case .chooseRole: return "choose-role"
        }
      }(),
      role: plan.role?.role.id,
      done: plan.progress(marks).done,
      total: plan.progress(marks).total,
      actions: plan.sections.flatMap { section in
        section.actions.map {
          Report.Action(
            id: $0.id, text: $0.text, dimension: section.dimension.id, score: section.score,
            effort: $0.effort.rawValue, topic: $0.topic,
            mark: marks[PlanView.markID(of: $0)]?.rawValue)
        }
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
  }

  private struct Report: Encodable {
    struct Action: Encodable {
      var id, text, dimension: String
      var score: Int
      var effort, topic: String
      var mark: String?

      func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(dimension, forKey: .dimension)
        try container.encode(score, forKey: .score)
        try container.encode(effort, forKey: .effort)
        try container.encode(topic, forKey: .topic)
        try container.encode(mark, forKey: .mark)
      }

      enum Keys: String, CodingKey { case id, text, dimension, score, effort, topic, mark }
    }

    var attempt, basis: String
    var role: String?
    var done, total: Int
    var actions: [Action]
  }

  static func title(_ plan: PlanView, attempt: Attempt, marks: [String: TopicMark]) -> String {
    let (done, total) = plan.progress(marks)
    let what = attempt.isAssessment ? "assessment" : "quiz"
    let date =
      attempt.date.isEmpty ? "" : " (from your \(what) of \(Guide.shortDate(attempt.date)))"
    let role = plan.role.map { " for \($0.role.title)" } ?? ""
    return "Your plan\(role)\(date): \(done) of \(total) done"
  }

  static func basis(_ plan: PlanView) -> String {
    switch plan.basis {
    case .growthAreas:
      return "For each growth area (below \(Scoring.growthBelow)), things to do next."
    case .lowestSkills:
      return
        "No skill scored below \(Scoring.growthBelow), so there are no growth areas. "
        + "These are for your lowest-scoring skills, to keep growing."
    case .noScores:
      return "Every statement was skipped, so there is nothing to plan from yet."
    case .role, .chooseRole:
      return PlanView.basisWords(plan)
    }
  }

  static func heading(_ section: PlanView.Section) -> String {
    if let heading = section.heading { return heading }
    return "\(section.dimension.title): \(section.score) of 100"
      + (section.dimension.disposition ? " (a way of working)" : "")
  }

  /// `a weekend; read Code (devrel-guide show skills/code)`.
  static func detail(_ action: PlanAction, _ pack: ContentPack) -> String {
    let title = pack.topics[action.topic]?.title ?? action.topic
    return "\(action.effort.label); read \(title) (devrel-guide show \(action.topic))"
  }

  static func box(_ mark: TopicMark?) -> String {
    switch mark {
    case .done: return "[x]"
    case .learning: return "[~]"
    case .skipped: return "[-]"
    case nil: return "[ ]"
    }
  }
}
