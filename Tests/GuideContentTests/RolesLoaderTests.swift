import Foundation
import Testing

@testable import GuideContent
@testable import GuidePackLoader

@Suite("Loading roles.yaml")
struct RolesLoaderTests {
  /// A quiz with two dimensions and one knowledge question, and a plan with one action.
  static let quiz = """
    title: Q
    scale: [No, Yes]
    dimensions:
      - {id: code, title: Code, topics: [a]}
      - {id: talk, title: Talk, topics: [a]}
    questions:
      - {id: k1, text: Which?, options: [One, Two], answer: 1, explanation: One., topic: a}
    bands:
      - {min: 0, label: Low, text: Start small.}
    """

  static let plan = """
    actions:
      - {id: build-one, text: Build one., dimension: code, effort: evening, topic: a}
    """

  /// Two activities and two roles; `roles` replaces the roles when given.
  static func roles(_ roles: String? = nil) -> String {
    """
    enjoyment: [Drains me, Neutral, Love it]
    experience: [Never, Often]
    activities:
      - {id: build, text: Building things, dimension: code, topic: a, actions: [build-one]}
      - {id: speak, text: Giving talks, dimension: talk, topic: a}
    roles:
    """
      + (roles ?? """

          - id: builder
            title: Builder
            summary: Builds.
            basis: The page a.
            topic: a
            weights: {build: 3, speak: 1}
          - id: speaker
            title: Speaker
            summary: Speaks.
            basis: The page a.
            topic: a
            outside: true
            weights: {speak: 2}
        """)
  }

  static func check(_ roles: String) -> (ContentPack?, [ContentIssue]) {
    PackLoader.check(
      Support.pack([
        "topics/a.yaml": Support.page("a"), "quiz.yaml": quiz, "plan.yaml": plan,
        "roles.yaml": roles,
      ]))
  }

  @Test("activities and roles load in order, each activity asked twice, with no issues")
  func validRolesLoad() throws {
    let (pack, issues) = Self.check(Self.roles())
    #expect(issues.isEmpty, "\(issues.map(\.description))")
    let assessment = try #require(pack?.assessment)
    #expect(assessment.activities.map(\.id) == ["build", "speak"])
    #expect(assessment.activities[0].actions == ["build-one"])
    #expect(assessment.roles.map(\.id) == ["builder", "speaker"])
    #expect(assessment.roles.map(\.outside) == [false, true])
    #expect(assessment.roles[0].weight("build") == 3 && assessment.roles[0].weight("speak") == 1)
    #expect(
      assessment.questions.map(\.id) == ["enjoy:build", "done:build", "enjoy:speak", "done:speak"])
    #expect(assessment.questions[1].text == "Building things: how often have you done it?")
  }

  @Test("an unknown activity, a weight out of range and a duplicate role are each placed")
  func badWeightsAreReported() {
    let (_, issues) = Self.check(
      Self.roles(
        """

          - id: builder
            title: Builder
            summary: Builds.
            basis: The page a.
            topic: a
            weights: {build: 4, sing: 1, speak: 0}
          - id: builder
            title: Builder again
            summary: Builds.
            basis: The page a.
            topic: a
            weights: {build: 1}
        """))
    let lines = issues.map(\.description)
    #expect(
      lines == [
        "test/roles.yaml:12:22: error: weight of `build` must be a whole number from 1 to 3",
        "test/roles.yaml:12:25: error: unknown activity `sing` (known: build, speak)",
        "test/roles.yaml:12:41: error: weight of `speak` must be a whole number from 1 to 3",
        "test/roles.yaml:13:5: error: duplicate role id `builder`",
      ], "\(lines)")
  }

  @Test("a duplicate activity, an unknown dimension and an unknown plan action are errors")
  func badActivitiesAreReported() {
    let text = Self.roles().replacingOccurrences(
      of: "  - {id: speak, text: Giving talks, dimension: talk, topic: a}",
      with: """
          - {id: speak, text: Giving talks, dimension: sing, topic: a, actions: [nope]}
          - {id: build, text: Again, dimension: code, topic: a}
        """)
    let lines = Self.check(text).1.map(\.description)
    #expect(
      lines == [
        "test/roles.yaml:5:48: error: unknown quiz dimension `sing` (known: code, talk)",
        "test/roles.yaml:6:5: error: duplicate activity id `build`",
        "test/roles.yaml:5:74: error: unknown plan action `nope`",
      ], "\(lines)")
  }

  @Test("roles without a quiz cannot name dimensions, and an empty weights map is refused")
  func rolesNeedAQuizAndWeights() {
    let (_, issues) = PackLoader.check(
      Support.pack(["topics/a.yaml": Support.page("a"), "roles.yaml": Self.roles()]))
    #expect(
      issues.map(\.message).contains(
        "activities name the quiz's dimensions, but the pack has no quiz.yaml"))
    let empty = Self.roles(
      """

        - {id: idle, title: Idle, summary: None., basis: None., topic: a, weights: {}}
      """)
    #expect(
      Self.check(empty).1.map(\.description) == [
        "test/roles.yaml:7:78: error: `weights` must map activity ids to weights, at least one"
      ])
  }

  @Test("every role the posting lexicon names must be in roles.yaml, placed at its id")
  func postingRolesMustBeAssessmentRoles() {
    let posting = """
      subject: Test
      dimensions:
        - {id: code, phrases: {code: 1}}
      roles:
        - {id: builder, title: Builder, signature: {build: 1}}
        - {id: buildr, title: Typo, signature: {build: 1}}
        - {id: writer, title: Writer, signature: {write: 1}}
      """
    let files = [
      "topics/a.yaml": Support.page("a"), "quiz.yaml": Self.quiz, "plan.yaml": Self.plan,
      "posting.yaml": posting,
    ]
    let withRoles = PackLoader.check(
      Support.pack(files.merging(["roles.yaml": Self.roles()]) { $1 })
    ).1.map(\.description)
    #expect(
      withRoles == [
        "test/posting.yaml:6:10: error: role `buildr` is not in roles.yaml (did you mean `builder`?)",
        "test/posting.yaml:7:10: error: role `writer` is not in roles.yaml",
      ], "\(withRoles)")
    // A pack without an assessment has no role list to keep to.
    #expect(PackLoader.check(Support.pack(files)).1.filter { $0.severity == .error }.isEmpty)
  }
}
