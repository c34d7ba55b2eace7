import GuideContent
import PropertyBased
import Testing

@testable import GuideCore

/// The rules a quiz verdict must keep for any balanced quiz and any answers, so that it never
/// contradicts itself and a habit of answering cannot pass for a leaning.
@Suite("Scoring rules")
struct ScoringPropertyTests {
  /// A balanced quiz: `pairs[d]` normal and as many reversed statements for dimension `d`;
  /// the last dimension is a disposition when `withDisposition`.
  static func quiz(pairs: [Int], scaleLength: Int, withDisposition: Bool) -> Quiz {
    var dimensions: [Dimension] = []
    var questions: [Question] = []
    for (index, count) in pairs.enumerated() {
      let id = "d\(index)"
      let disposition = withDisposition && index == pairs.count - 1 && pairs.count > 1
      dimensions.append(Dimension(id: id, title: id, topics: [], disposition: disposition))
      for number in 0..<(2 * count) {
        questions.append(
          Question(
            id: "\(id)-\(number)", text: "",
            kind: .rating(dimension: id, reverse: number.isMultiple(of: 2))))
      }
    }
    return Quiz(
      title: "", intro: "", dimensions: dimensions,
      scale: (0..<scaleLength).map { "level \($0)" }, questions: questions,
      bands: [
        Band(min: 0, label: "low", text: ""), Band(min: 40, label: "middle", text: ""),
        Band(min: 80, label: "high", text: ""),
      ])
  }

  /// The level that agrees most (`toward`) or least with a statement's dimension.
  static func level(_ question: Question, toward: Bool, top: Int) -> Int {
    guard case .rating(_, let reverse) = question.kind else { return 0 }
    return toward != reverse ? top : 0
  }

  static let shapes = Gen.int(in: 2...4).array(of: 1...5)

  @Test func answeringEverythingAlikeGivesEveryDimensionTheMidpoint() async {
    await propertyCheck(count: 300, input: Self.shapes, Gen.int(in: 2...7), Gen.int(in: 0...6)) {
      pairs, scaleLength, choice in
      let quiz = Self.quiz(pairs: pairs, scaleLength: scaleLength, withDisposition: true)
      let level = min(choice, scaleLength - 1)
      let answers = Dictionary(
        uniqueKeysWithValues: quiz.questions.map { ($0.id, Answer.chose(level)) })
      let scores = Scoring.scores(quiz, answers: answers)
      #expect(scores.count == pairs.count)
      #expect(scores.values.allSatisfy { $0 == 50 }, "\(scores)")
      let verdict = Scoring.verdict(quiz, scores: scores)
      #expect(verdict.strongest == nil, "a tie names no strongest")
    }
  }

  @Test func theIdealAnswersGiveAHundredAndTheOppositeZero() async {
    await propertyCheck(count: 300, input: Self.shapes, Gen.int(in: 2...7)) { pairs, scaleLength in
      let quiz = Self.quiz(pairs: pairs, scaleLength: scaleLength, withDisposition: false)
      for toward in [true, false] {
        let answers = Dictionary(
          uniqueKeysWithValues: quiz.questions.map {
            ($0.id, Answer.chose(Self.level($0, toward: toward, top: scaleLength - 1)))
          })
        let scores = Scoring.scores(quiz, answers: answers)
        let expected = toward ? 100 : 0
        #expect(scores.values.allSatisfy { $0 == expected })
        let overall = Scoring.overall(scores) ?? -1
        #expect(Scoring.band(quiz, overall: overall)?.label == (toward ? "high" : "low"))
      }
    }
  }

  @Test func movingOneAnswerTowardItsIdealNeverLowersItsDimensionOrTheOverallFit() async {
    let levels = Gen.int(in: 0...6).array(of: 40...40)
    await propertyCheck(
      count: 300, input: Self.shapes, Gen.int(in: 2...7), levels, Gen.int(in: 0...39)
    ) { pairs, scaleLength, randomLevels, pick in
      let quiz = Self.quiz(pairs: pairs, scaleLength: scaleLength, withDisposition: true)
      let top = scaleLength - 1
      var answers: [String: Answer] = [:]
      for (index, question) in quiz.questions.enumerated() {
        answers[question.id] = .chose(min(randomLevels[index % randomLevels.count], top))
      }
      let question = quiz.questions[pick % quiz.questions.count]
      guard case .rating(let dimension, let reverse) = question.kind,
        case .chose(let level) = answers[question.id]
      else { return }
      var moved = answers
      moved[question.id] = .chose(reverse ? max(0, level - 1) : min(top, level + 1))
      let (before, after) = (
        Scoring.scores(quiz, answers: answers), Scoring.scores(quiz, answers: moved)
      )
      #expect((after[dimension] ?? 0) >= (before[dimension] ?? 0))
      #expect((Scoring.overall(after) ?? 0) >= (Scoring.overall(before) ?? 0))
    }
  }

  @Test func theVerdictNeverContradictsItself() async {
    let scoreLists = Gen.int(in: 0...100).array(of: 1...6)
    await propertyCheck(count: 1000, input: scoreLists, Gen.int(in: 0...1)) { values, withHats in
      Self.checkVerdict(values, withDisposition: withHats == 1)
    }
  }

  /// Out of the property's closure: the compiler's concurrency checking crashes on it inline.
  static func checkVerdict(_ values: [Int], withDisposition: Bool) {
    let quiz = Self.quiz(
      pairs: Array(repeating: 2, count: values.count), scaleLength: 5,
      withDisposition: withDisposition)
    let scores = Dictionary(
      uniqueKeysWithValues: values.enumerated().map { ("d\($0.offset)", $0.element) })
    let verdict = Scoring.verdict(quiz, scores: scores)
    let skills = quiz.dimensions.filter { !$0.disposition }
    if let strongest = verdict.strongest {
      let top = scores[strongest.id] ?? 0
      #expect(!strongest.disposition, "a disposition is never the strongest skill")
      #expect(top >= Scoring.growthBelow)
      for other in skills where other.id != strongest.id {
        #expect(top - (scores[other.id] ?? 0) >= Scoring.clearLead)
      }
      #expect(!verdict.growth.contains(strongest))
    }
    for area in verdict.growth {
      #expect(!area.disposition)
      #expect((scores[area.id] ?? 100) < Scoring.growthBelow, "never 100, never above the line")
    }
    let growthScores = verdict.growth.map { scores[$0.id] ?? 0 }
    #expect(growthScores == growthScores.sorted(), "lowest first")
    #expect(verdict.dispositions.allSatisfy { $0.disposition })
    #expect(verdict.dispositions.count == quiz.dimensions.filter(\.disposition).count)
  }

  @Test func aSkillLeadingByLessThanTheMarginIsNotNamed() {
    let quiz = Self.quiz(pairs: [2, 2, 2], scaleLength: 5, withDisposition: true)
    #expect(Scoring.verdict(quiz, scores: ["d0": 80, "d1": 71, "d2": 100]).strongest == nil)
    #expect(Scoring.verdict(quiz, scores: ["d0": 81, "d1": 71, "d2": 0]).strongest?.id == "d0")
    #expect(Scoring.verdict(quiz, scores: ["d0": 55, "d1": 20]).strongest == nil)
    #expect(
      Scoring.verdict(quiz, scores: ["d0": 30, "d1": 20, "d2": 10]).growth.map(\.id) == [
        "d1", "d0",
      ])
  }
}
