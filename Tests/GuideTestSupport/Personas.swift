import GuideContent
import GuideCore

/// The three people of "which job fits me" (issue 27's "done when"), as each would rate the
/// bundled assessment's activities, in roles.yaml's order: enjoyment 1–5, then experience 1–4,
/// as typed. The frame tests, the line-mode tests and the end-to-end tests share them.
public enum Persona: CaseIterable {
  /// A backend developer who avoids the stage: loves building and tooling, drained by talks,
  /// travel and public criticism.
  case backend
  /// A writer who runs a meetup: loves tutorials, docs and the meetup, has done them often.
  case writer
  /// Someone unsure of everything: no strong feeling about any activity, done none.
  case unsure

  /// Enjoyment then experience per activity, as typed (from 1).
  public var ratings: [(enjoy: Int, done: Int)] {
    switch self {
    case .backend:
      [
        (1, 1), (3, 2), (5, 4), (4, 3), (2, 1), (2, 1), (2, 1), (3, 2), (1, 1), (2, 1), (2, 1),
        (4, 3), (3, 2), (1, 1), (2, 1), (3, 1), (5, 4), (2, 1),
      ]
    case .writer:
      [
        (3, 2), (5, 4), (2, 2), (4, 3), (4, 3), (5, 4), (3, 1), (4, 2), (2, 1), (2, 1), (4, 1),
        (3, 1), (5, 4), (2, 1), (4, 2), (2, 1), (1, 1), (2, 1),
      ]
    case .unsure:
      Array(repeating: (3, 1), count: 18)
    }
  }

  /// The keys typed, one answer a line: what `quiz --plain` reads.
  public var typed: String {
    ratings.map { "\($0.enjoy)\n\($0.done)\n" }.joined()
  }

  /// The person's finished assessment of `assessment`, saved at `date`.
  public func attempt(_ assessment: Assessment, date: String = "2026-12-01T10:00:00Z")
    -> Attempt
  {
    var answers: [String: Answer] = [:]
    for (activity, rating) in zip(assessment.activities, ratings) {
      answers[Assessment.answerID(activity.id, .enjoyment)] = .chose(rating.enjoy - 1)
      answers[Assessment.answerID(activity.id, .experience)] = .chose(rating.done - 1)
    }
    return Attempt(
      date: date, packID: "devrel-guide", packVersion: "1", answers: answers,
      scores: RoleScoring.dimensionScores(assessment, answers: answers), knowledge: nil,
      form: Attempt.assessmentForm)
  }
}
