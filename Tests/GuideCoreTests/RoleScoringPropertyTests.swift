import GuideContent
import PropertyBased
import Testing

@testable import GuideCore

/// The rules role fits keep for any assessment and any answers (issue "Which job fits me",
/// item 8), so a ranking never contradicts itself.
@Suite("Role fit rules")
struct RoleScoringPropertyTests {
  /// An assessment of `activities` activities and one role per list of `weights` (each
  /// weight 0–3 for activity `i`, 0 left out; a role with none weighs the first activity 1).
  static func assessment(activities: Int, weights: [[Int]]) -> Assessment {
    let ids = (0..<activities).map { "a\($0)" }
    let roles = weights.enumerated().map { index, row in
      var pairs = zip(ids, row).filter { $0.1 > 0 }.map { (activity: $0.0, weight: $0.1) }
      if pairs.isEmpty { pairs = [(ids[0], 1)] }
      return JobRole(
        id: "r\(index)", title: "Role \(index)", summary: "", basis: "", topic: "t",
        outside: index.isMultiple(of: 3), weights: pairs)
    }
    return Assessment(
      enjoyment: ["0", "1", "2", "3", "4"], experience: ["0", "1", "2", "3"],
      activities: ids.map { Activity(id: $0, text: "Doing \($0)", dimension: "d", topic: "t") },
      roles: roles)
  }

  /// Enjoyment and experience answers from two lists of levels, cycled over the activities.
  static func answers(_ assessment: Assessment, enjoy: [Int], done: [Int]) -> [String: Answer] {
    var answers: [String: Answer] = [:]
    for (index, activity) in assessment.activities.enumerated() {
      answers[Assessment.answerID(activity.id, .enjoyment)] = .chose(enjoy[index % enjoy.count])
      answers[Assessment.answerID(activity.id, .experience)] = .chose(done[index % done.count])
    }
    return answers
  }

  static let weights = Gen.int(in: 0...3).array(of: 8...8).array(of: 2...8)
  static let enjoy = Gen.int(in: 0...4).array(of: 1...8)
  static let done = Gen.int(in: 0...3).array(of: 1...8)

  @Test func theSameAnswersAlwaysGiveTheSameRanking() async {
    await propertyCheck(
      count: 300, input: Gen.int(in: 1...8), Self.weights, Self.enjoy, Self.done
    ) { count, weights, enjoy, done in
      let assessment = Self.assessment(activities: count, weights: weights)
      let answers = Self.answers(assessment, enjoy: enjoy, done: done)
      // The same answers built again in another order.
      let again = Dictionary(uniqueKeysWithValues: answers.sorted { $0.key > $1.key })
      let first = RoleScoring.reading(assessment, answers: answers)
      #expect(first == RoleScoring.reading(assessment, answers: again))
      #expect(
        first.roles.map(\.role.id)
          == RoleScoring.reading(assessment, answers: answers)
          .roles.map(\.role.id))
    }
  }

  @Test func answeringEverythingAlikeGivesFitsWithinTenPointsAndNoClearLean() async {
    await propertyCheck(
      count: 300, input: Gen.int(in: 1...8), Self.weights, Gen.int(in: 0...4), Self.done
    ) { count, weights, level, done in
      let assessment = Self.assessment(activities: count, weights: weights)
      let reading = RoleScoring.reading(
        assessment, answers: Self.answers(assessment, enjoy: [level], done: done))
      let fits = reading.roles.map(\.fit)
      #expect((fits.max() ?? 0) - (fits.min() ?? 0) < RoleScoring.clearLean)
      #expect(reading.outcome == .noClearLean)
      #expect(reading.best == nil && reading.avoid.isEmpty)
      #expect(FitWords.headline(reading).hasPrefix("No clear lean"))
    }
  }

  @Test func raisingTheEnjoymentOfAnActivityNeverLowersTheFitOfARoleThatWeighsIt() async {
    await propertyCheck(
      count: 500, input: Gen.int(in: 1...8), Self.weights, Self.enjoy, Gen.int(in: 0...7)
    ) { count, weights, enjoy, pick in
      let assessment = Self.assessment(activities: count, weights: weights)
      var answers = Self.answers(assessment, enjoy: enjoy, done: [0])
      let activity = assessment.activities[pick % count].id
      let key = Assessment.answerID(activity, .enjoyment)
      guard case .chose(let level) = answers[key], level < 4 else { return }
      let before = RoleScoring.reading(assessment, answers: answers).roles
      answers[key] = .chose(level + 1)
      let after = RoleScoring.reading(assessment, answers: answers).roles
      for role in assessment.roles where role.weight(activity) > 0 {
        let old = before.first { $0.role.id == role.id }?.fit ?? 0
        let new = after.first { $0.role.id == role.id }?.fit ?? 0
        #expect(new >= old, "\(role.id): \(old) -> \(new)")
      }
    }
  }

  @Test func fitsAndReadinessStayWithinZeroToAHundredAndTheBestIsNeverToAvoid() async {
    await propertyCheck(
      count: 500, input: Gen.int(in: 1...8), Self.weights, Self.enjoy, Self.done
    ) { count, weights, enjoy, done in
      let assessment = Self.assessment(activities: count, weights: weights)
      let reading = RoleScoring.reading(
        assessment, answers: Self.answers(assessment, enjoy: enjoy, done: done))
      for fit in reading.roles {
        #expect((0...100).contains(fit.fit))
        #expect((0...100).contains(fit.readiness ?? 0))
      }
      if let best = reading.best {
        #expect(!reading.avoid.contains { $0.role.id == best.role.id })
      }
      #expect(!reading.avoid.contains { $0.role.id == reading.roles.first?.role.id })
      // Best first: the list never goes up.
      #expect(zip(reading.roles, reading.roles.dropFirst()).allSatisfy { $0.fit >= $1.fit })
    }
  }
}
