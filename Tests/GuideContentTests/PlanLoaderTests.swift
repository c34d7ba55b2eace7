import Foundation
import Testing

@testable import GuideContent
@testable import GuidePackLoader

@Suite("Loading plan.yaml")
struct PlanLoaderTests {
  /// A quiz with two rated dimensions (`a`, `b`) and one named but never rated (`c`).
  static let quiz = """
    title: Q
    scale: [No, Yes]
    dimensions:
      - {id: a, title: A, topics: [a]}
      - {id: b, title: B, topics: [a]}
      - {id: c, title: C, topics: [a]}
    questions:
      - {id: a1, text: A one., dimension: a}
      - {id: a2, text: A two., dimension: a}
      - {id: a3, text: A three., dimension: a, reverse: true}
      - {id: a4, text: A four., dimension: a, reverse: true}
      - {id: b1, text: B one., dimension: b}
      - {id: b2, text: B two., dimension: b}
      - {id: b3, text: B three., dimension: b, reverse: true}
      - {id: b4, text: B four., dimension: b, reverse: true}
    bands:
      - {min: 0, label: Low, text: Start small.}
    """

  /// `count` actions for each of `dimensions`, all valid.
  static func actions(_ dimensions: [String], count: Int = 3) -> String {
    var lines = ["actions:"]
    for dimension in dimensions {
      for number in 1...count {
        lines.append(
          "  - {id: \(dimension)-\(number), text: Do \(dimension) \(number)., "
            + "dimension: \(dimension), effort: evening, topic: a}")
      }
    }
    return lines.joined(separator: "\n")
  }

  static func check(_ plan: String, quiz: String? = PlanLoaderTests.quiz) -> (
    ContentPack?, [ContentIssue]
  ) {
    var files = ["topics/a.yaml": Support.page("a"), "plan.yaml": plan]
    if let quiz { files["quiz.yaml"] = quiz }
    return PackLoader.check(Support.pack(files))
  }

  @Test("a plan with three actions per rated dimension loads whole, in order, with no issues")
  func validPlanLoads() throws {
    let (pack, issues) = Self.check(Self.actions(["a", "b"]))
    #expect(issues.isEmpty, "\(issues.map(\.description))")
    let plan = try #require(pack?.plan)
    #expect(plan.actions.map(\.id) == ["a-1", "a-2", "a-3", "b-1", "b-2", "b-3"])
    #expect(
      plan.actions.first
        == PlanAction(id: "a-1", text: "Do a 1.", dimension: "a", effort: .evening, topic: "a"))
    #expect(plan.actions(for: "b").map(\.id) == ["b-1", "b-2", "b-3"])
  }

  @Test("a pack without plan.yaml has no plan")
  func noPlanFile() throws {
    let (pack, issues) = PackLoader.check(
      Support.pack(["topics/a.yaml": Support.page("a"), "quiz.yaml": Self.quiz]))
    #expect(issues.isEmpty)
    #expect(try #require(pack).plan == nil)
  }

  @Test(
    "unknown dimension, effort and topic are errors at their own line and column",
    arguments: [
      ("dimension: zz", "unknown quiz dimension `zz` (known: a, b, c)", 10, 16),
      ("effort: year", "unknown effort `year` (known: evening, weekend, month)", 11, 13),
      ("topic: nowhere", "action topic names unknown topic `nowhere`", 12, 12),
    ])
  func unknownReferences(line: String, message: String, lineNumber: Int, column: Int) throws {
    var fields = ["dimension: a", "effort: evening", "topic: a"]
    let key = line.split(separator: ":")[0]
    fields = fields.map { $0.hasPrefix(key + ":") ? line : $0 }
    let plan =
      Self.actions(["a", "b"]) + "\n  - id: extra\n    text: One more.\n"
      + fields.map { "    " + $0 }.joined(separator: "\n")
    let (_, issues) = Self.check(plan)
    let errors = issues.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(issues.map(\.description))")
    let issue = try #require(errors.first)
    #expect(issue.message.hasPrefix(message), "\(issue.message)")
    #expect(issue.file == "test/plan.yaml")
    #expect(issue.line == lineNumber)
    #expect(issue.column == column)
  }

  @Test("more actions than a pack may have is one error at the list, and none are read")
  func tooManyActions() throws {
    let extra = (0..<PackLimits.maxListItems).map {
      "\n  - {id: x-\($0), text: Do it., dimension: a, effort: month, topic: a}"
    }
    let (pack, issues) = Self.check(Self.actions(["a", "b"]) + extra.joined())
    let errors = issues.filter { $0.severity == .error }
    #expect(errors.map(\.message) == ["1006 actions; a list may hold at most 1000"])
    #expect(pack?.plan?.actions.isEmpty == true)
    let (fits, _) = Self.check(Self.actions(["a", "b"]) + extra.dropLast(6).joined())
    #expect(fits?.plan?.actions.count == PackLimits.maxListItems)
  }

  @Test("a duplicate action id is an error and the second is dropped")
  func duplicateID() throws {
    let plan =
      Self.actions(["a", "b"])
      + "\n  - {id: a-1, text: Again., dimension: a, effort: month, topic: a}"
    let (pack, issues) = Self.check(plan)
    #expect(issues.map(\.description) == ["test/plan.yaml:8:5: error: duplicate action id `a-1`"])
    #expect(pack?.plan?.actions.filter { $0.id == "a-1" }.map(\.text) == ["Do a 1."])
  }

  @Test("fewer than three or more than five actions for a rated dimension is a warning")
  func countsPerDimension() throws {
    let plan =
      Self.actions(["a"], count: 2) + "\n"
      + Self.actions(["b"], count: 6)
      .replacingOccurrences(of: "actions:\n", with: "")
    let (pack, issues) = Self.check(plan)
    #expect(
      issues.map(\.description) == [
        "test/plan.yaml:2:3: warning: dimension `a` has 2 actions; each rated dimension needs 3 to 5",
        "test/plan.yaml:2:3: warning: dimension `b` has 6 actions; each rated dimension needs 3 to 5",
      ])
    #expect(pack?.plan?.actions.count == 8)
  }

  @Test("a rated dimension with no actions is warned about; one never rated is not")
  func missingDimension() throws {
    let (_, issues) = Self.check(Self.actions(["a"]))
    #expect(
      issues.map(\.message) == [
        "dimension `b` has 0 actions; each rated dimension needs 3 to 5"
      ])
  }

  @Test("a plan without a quiz is an error")
  func planWithoutQuiz() throws {
    let (_, issues) = Self.check(Self.actions(["a"]), quiz: nil)
    #expect(
      issues.map(\.message) == [
        "actions name the quiz's dimensions, but the pack has no quiz.yaml"
      ])
  }

  @Test("missing fields, a bad id and unknown keys are reported, and text is sanitised")
  func fieldsAndText() throws {
    let plan =
      Self.actions(["a", "b"])
      + "\n  - {id: Bad Id, text: \"Ring \\e[31mred\", dimension: a, effort: evening, topic: a, when: now}"
      + "\n  - {id: no-text, dimension: a, effort: evening, topic: a}"
    let (pack, issues) = Self.check(plan)
    #expect(
      issues.map(\.description) == [
        "test/plan.yaml:8:83: warning: unknown field `when` (known: dimension, effort, id, text, topic)",
        "test/plan.yaml:8:10: error: action id `Bad Id` may use only a-z, 0-9, `-` and `/`",
        "test/plan.yaml:9:5: error: missing field `text`",
      ])
    #expect(pack?.plan?.actions.last?.text == "Ring \u{241B}[31mred")
  }

  @Test("the bundled guide offers three to five actions for every rated dimension")
  func bundledPlan() throws {
    let pack = try Support.bundledPack()
    let plan = try #require(pack.plan)
    let quiz = try #require(pack.quiz)
    for dimension in quiz.dimensions {
      let actions = plan.actions(for: dimension.id)
      #expect((3...5).contains(actions.count), "\(dimension.id): \(actions.count)")
      #expect(Set(actions.map(\.effort)).count >= 2, "\(dimension.id) offers one effort only")
    }
    for action in plan.actions {
      #expect(pack.topics[action.topic]?.isMenu == false, "\(action.id) points at \(action.topic)")
    }
  }

  @Test("the example pack has a plan of its own that loads cleanly")
  func examplePlan() throws {
    let folder = Support.repositoryRoot().appending(path: "examples/oncall-guide").path
    let (pack, issues) = PackLoader.check(try PackSource.directory(folder))
    #expect(issues.isEmpty, "\(issues.map(\.description))")
    #expect(try #require(pack?.plan).actions.count == 6)
  }
}
