import GuideContent

/// Turns answers into scores. Pure, so every number can be tested exactly.
public enum Scoring {
  /// 0–100 per dimension: the mean of its answered statements, each scaled so the lowest level
  /// is 0 and the highest 100 (reversed for reverse-scored ones). Skips do not count.
  public static func scores(_ quiz: Quiz, answers: [String: Answer]) -> [String: Int] {
    let top = max(1, quiz.scale.count - 1)
    var sums: [String: (total: Int, count: Int)] = [:]
    for question in quiz.questions {
      guard case .rating(let dimension, let reverse) = question.kind,
        case .chose(let level) = answers[question.id]
      else { continue }
      let clamped = min(max(level, 0), top)
      let points = (reverse ? top - clamped : clamped) * 100
      sums[dimension, default: (0, 0)].total += points
      sums[dimension, default: (0, 0)].count += top
    }
    return sums.mapValues { Int((Double($0.total) / Double($0.count)).rounded()) }
  }

  /// Right answers out of all knowledge questions (a skip counts as not right); nil if none.
  public static func knowledge(_ quiz: Quiz, answers: [String: Answer]) -> KnowledgeScore? {
    var score = KnowledgeScore(correct: 0, total: 0)
    for question in quiz.questions {
      guard case .knowledge(_, let answer, _, _) = question.kind else { continue }
      score.total += 1
      if answers[question.id] == .chose(answer) { score.correct += 1 }
    }
    return score.total > 0 ? score : nil
  }

  /// The mean of the dimension scores present, or nil when every statement was skipped.
  public static func overall(_ scores: [String: Int]) -> Int? {
    guard !scores.isEmpty else { return nil }
    return Int((Double(scores.values.reduce(0, +)) / Double(scores.count)).rounded())
  }

  /// The band with the highest `min` not above the score.
  public static func band(_ quiz: Quiz, overall: Int) -> Band? {
    quiz.bands.filter { $0.min <= overall }.max { $0.min < $1.min }
  }

  /// Dimensions with scores, strongest first; ties keep the pack's order.
  public static func ranked(_ quiz: Quiz, scores: [String: Int]) -> [Dimension] {
    let present = quiz.dimensions.filter { scores[$0.id] != nil }
    return present.enumerated().sorted { lhs, rhs in
      let (left, right) = (scores[lhs.element.id] ?? 0, scores[rhs.element.id] ?? 0)
      return left != right ? left > right : lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// A skill is named the strongest only when it leads the next skill by this many points.
  public static let clearLead = 10
  /// Skills scoring below this are growth areas (60 is where "a good match" begins).
  public static let growthBelow = 60

  /// What the scores say, in words that never contradict each other.
  public struct Verdict: Sendable, Equatable {
    /// The skill that clearly leads, if one does; never a growth area.
    public var strongest: Dimension?
    /// Skills below `growthBelow`, lowest first (pack order on ties).
    public var growth: [Dimension]
    /// Ways of working (`disposition: true`) with a score, reported on their own.
    public var dispositions: [Dimension]
  }

  /// Strongest skill, growth areas and dispositions. Dispositions are never ranked with the
  /// skills, a strongest skill leads by `clearLead` and is not below `growthBelow`, and a growth
  /// area is below `growthBelow`, so one skill can never be both.
  public static func verdict(_ quiz: Quiz, scores: [String: Int]) -> Verdict {
    let skills = ranked(quiz, scores: scores).filter { !$0.disposition }
    let points = skills.map { scores[$0.id] ?? 0 }
    var strongest: Dimension?
    if let top = points.first, top >= growthBelow,
      points.count == 1 || top - points[1] >= clearLead
    {
      strongest = skills.first
    }
    let below = quiz.dimensions.enumerated().filter { _, dimension in
      !dimension.disposition && (scores[dimension.id] ?? growthBelow) < growthBelow
    }
    let growth = below.sorted { lhs, rhs in
      let (left, right) = (scores[lhs.element.id] ?? 0, scores[rhs.element.id] ?? 0)
      return left != right ? left < right : lhs.offset < rhs.offset
    }
    return Verdict(
      strongest: strongest, growth: growth.map(\.element),
      dispositions: quiz.dimensions.filter { $0.disposition && scores[$0.id] != nil })
  }

  /// A finished quiz as an attempt. With an assessment, the answers rate activities: the 4C's
  /// come from them, and the attempt is marked as an assessment.
  public static func attempt(
    _ quiz: Quiz, progress: QuizProgress, date: String = "", assessment: Assessment? = nil
  ) -> Attempt {
    if let assessment {
      return Attempt(
        date: date, packID: progress.packID, packVersion: progress.packVersion,
        answers: progress.answers,
        scores: RoleScoring.dimensionScores(assessment, answers: progress.answers),
        knowledge: nil, form: Attempt.assessmentForm)
    }
    return Attempt(
      date: date, packID: progress.packID, packVersion: progress.packVersion,
      answers: progress.answers, scores: scores(quiz, answers: progress.answers),
      knowledge: knowledge(quiz, answers: progress.answers))
  }

  /// A finished knowledge check: its answers and right answers out of the questions asked,
  /// marked as a check so it never counts toward a fit.
  public static func check(_ quiz: Quiz, progress: QuizProgress, date: String = "") -> Attempt {
    Attempt(
      date: date, packID: progress.packID, packVersion: progress.packVersion,
      answers: progress.answers, scores: [:],
      knowledge: knowledge(quiz, answers: progress.answers), form: Attempt.checkForm)
  }
}
