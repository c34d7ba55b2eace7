import FoundationEssentials
import GuideContent
import GuideCore

/// Saved quiz attempts as text, Markdown or JSON, for `devrel-guide results`.
///
/// Each attempt is compared with the one saved before it, so `chosen` is a slice of `all`
/// (all of them, or `--last`'s one) whose indices say which attempt came before.
public enum ResultsText {
  /// The attempts as the results screen lays them out, 78 columns wide, a blank line between.
  public static func text(
    _ chosen: ArraySlice<Attempt>, of all: [Attempt], quiz: Quiz, pack: ContentPack,
    unicode: Bool, width: Int = 78
  ) -> String {
    let glyphs = Glyphs(unicode: unicode)
    return chosen.indices.map { index in
      let page = ResultsLayout.layout(
        all[index], previous: previous(index, in: all), quiz: quiz, pack: pack, width: width,
        glyphs: glyphs, medium: .printed)
      return page.lines.map(glyphs.line).joined(separator: "\n") + "\n"
    }.joined(separator: "\n")
  }

  /// The attempts as Markdown sections, a blank line between.
  public static func markdown(
    _ chosen: ArraySlice<Attempt>, of all: [Attempt], quiz: Quiz, pack: ContentPack
  ) -> String {
    chosen.indices.map { index in
      markdown(all[index], previous: previous(index, in: all), quiz: quiz, pack: pack) + "\n"
    }.joined(separator: "\n")
  }

  /// The attempts as saved, as a JSON array with sorted keys (answers count options from 0),
  /// each with `missed`: the knowledge questions it did not get right, when `quiz` is known.
  /// An assessment also gets `roles` (best first, each with `id`, `title`, `fit`, `readiness`
  /// and `reasons`), `readiness` (role id to readiness) and `outcome`, from `assessment`.
  public static func json(
    _ attempts: ArraySlice<Attempt>, quiz: Quiz? = nil, assessment: Assessment? = nil
  ) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let reports = attempts.map { AttemptReport(attempt: $0, quiz: quiz, assessment: assessment) }
    return String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n"
  }

  /// An attempt's saved fields, plus the questions it missed (derived, never saved).
  private struct AttemptReport: Encodable {
    let attempt: Attempt
    let quiz: Quiz?
    let assessment: Assessment?

    enum Keys: String, CodingKey { case missed, roles, readiness, outcome, reread }

    struct RoleReport: Encodable {
      var id, title: String
      var fit: Int
      var readiness: Int?
      var outside: Bool
      var reasons: [String]
    }

    func encode(to encoder: Encoder) throws {
      try attempt.encode(to: encoder)
      var container = encoder.container(keyedBy: Keys.self)
      if let assessment, attempt.isAssessment {
        let reading = RoleScoring.reading(assessment, answers: attempt.answers)
        try container.encode(
          reading.roles.map {
            RoleReport(
              id: $0.role.id, title: $0.role.title, fit: $0.fit, readiness: $0.readiness,
              outside: $0.role.outside, reasons: $0.reasons)
          }, forKey: .roles)
        try container.encode(
          Dictionary(reading.roles.map { ($0.role.id, $0.readiness) }) { first, _ in first },
          forKey: .readiness)
        try container.encode(FitWords.headline(reading), forKey: .outcome)
      }
      guard let quiz else { return }
      let missed = MissedQuestion.all(quiz, answers: attempt.answers)
      try container.encode(missed, forKey: .missed)
      if attempt.isCheck { try container.encode(MissedQuestion.pages(missed), forKey: .reread) }
    }
  }

  private static func previous(_ index: Int, in all: [Attempt]) -> Attempt? {
    Attempt.previous(index, in: all)
  }

  /// An assessment's answer: the headline, roles best first with fit, readiness and reasons.
  static func fitMarkdown(_ reading: FitReading) -> [String] {
    var lines = ["**\(FitWords.headline(reading))** \(FitWords.advice(reading))", ""]
    guard !reading.roles.isEmpty else { return lines }
    lines += ["| Role | Fit | Readiness | Reasons |", "| --- | ---: | ---: | --- |"]
    for fit in reading.roles {
      let title = fit.role.title + (fit.role.outside ? " (outside DevRel)" : "")
      lines.append(
        "| \(title) | \(fit.fit) | \(fit.readiness.map(String.init) ?? "-") | "
          + fit.reasons.joined(separator: " ") + " |")
    }
    if !reading.avoid.isEmpty {
      lines += [
        "",
        "Roles to avoid: "
          + reading.avoid.map { "\($0.role.title) (\($0.fit))" }
          .joined(separator: ", ") + ".",
      ]
    }
    return lines + ["", "The 4C's, from your activities:", ""]
  }

  /// One attempt as a Markdown section with a score table.
  static func markdown(_ attempt: Attempt, previous: Attempt?, quiz: Quiz, pack: ContentPack)
    -> String
  {
    var lines = [
      "## \(attempt.isCheck ? "Check" : "Results") of \(Guide.shortDate(attempt.date))", "",
    ]
    if attempt.isCheck {
      lines += ["*A knowledge check; it does not count toward which job fits you.*", ""]
    } else if attempt.isAssessment, let assessment = pack.assessment {
      lines += fitMarkdown(RoleScoring.reading(assessment, answers: attempt.answers))
    } else if pack.assessment != nil {
      lines += ["*From the earlier quiz of statements about you.*", ""]
    }
    if !attempt.isAssessment, let overall = Scoring.overall(attempt.scores) {
      let band = Scoring.band(quiz, overall: overall).map { " (\($0.label))" } ?? ""
      lines += ["Overall fit: **\(overall)** of 100\(band)", ""]
    }
    if !attempt.isCheck { lines += ["| Area | Score | Change |", "| --- | ---: | ---: |"] }
    for dimension in quiz.dimensions where !attempt.isCheck {
      let score = attempt.scores[dimension.id].map(String.init) ?? "skipped"
      var change = ""
      if let now = attempt.scores[dimension.id], let then = previous?.scores[dimension.id] {
        change = now == then ? "0" : (now > then ? "+" : "") + String(now - then)
      }
      lines.append("| \(dimension.title) | \(score) | \(change) |")
    }
    if let knowledge = attempt.knowledge {
      if !attempt.isCheck { lines.append("") }
      lines.append("Knowledge: \(knowledge.correct) of \(knowledge.total) right")
    }
    let missed = MissedQuestion.all(quiz, answers: attempt.answers)
    if attempt.isCheck, !missed.isEmpty {
      let titles = MissedQuestion.pages(missed).map { pack.topics[$0]?.title ?? $0 }
      lines += ["", "Pages worth reading again: " + titles.joined(separator: ", ") + "."]
    }
    if !missed.isEmpty {
      lines += ["", "### Questions to revisit", ""]
      for question in missed {
        let title = pack.topics[question.topic]?.title ?? question.topic
        lines.append(
          "- \(question.question) Answer: **\(question.answer)**. Read \(title)"
            + " (`devrel-guide show \(question.topic)`).")
      }
    }
    return lines.joined(separator: "\n")
  }
}
