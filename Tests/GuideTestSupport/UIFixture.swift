import GuideContent
import GuideCore
import GuidePackLoader
import GuideUI

/// A small pack written as YAML, loaded the way a real pack is.
public enum UIFixture {
  public static let files: [(path: String, text: String)] = [
    (
      "pack.yaml",
      """
      id: ui-fixture
      title: Test guide
      version: "1"
      language: en
      tagline: A pack for rendering tests.
      home:
        - topic: welcome
        - topic: tools
        - screen: quiz
          title: Quick quiz
        - screen: results
      """
    ),
    (
      "topics/welcome.yaml",
      """
      id: welcome
      title: Welcome
      summary: What this guide is about.
      body:
        - heading: First steps
        - text: This page has *emphasis*, a [link to tools](tools) and enough words to wrap onto a second line at forty columns.
        - bullets:
            - One bullet.
            - Another bullet that is long enough to wrap when the window is narrow.
      see_also: [tools]
      """
    ),
    (
      "topics/tools.yaml",
      """
      id: tools
      title: Tools
      summary: The tools we use.
      body:
        - text: Editors, terminals and 日本語 text.
      """
    ),
    (
      "quiz.yaml",
      """
      title: Quick quiz
      intro: Two questions.
      scale: [No, Maybe, Yes]
      dimensions:
        - id: code
          title: Code
          topics: [tools]
      questions:
        - id: q1
          text: I like code.
          dimension: code
        - id: q2
          text: Which is a tool?
          options: [An editor, A holiday]
          answer: 1
          explanation: Editors are tools.
          topic: tools
      bands:
        - min: 0
          label: Not yet
          text: Keep going.
      """
    ),
  ]

  public static func pack() throws -> ContentPack {
    try PackLoader.load(PackSource(name: "fixture", files: files))
  }

  public static func frame(
    _ size: Size, unicode: Bool = true, keys: [Key] = [], attempts: [Attempt] = [],
    pack: ContentPack? = nil
  ) throws -> Frame {
    var guide = Guide(
      pack: try pack ?? self.pack(), state: GuideState(size: size, attempts: attempts),
      now: Fixture.now, glyphs: Glyphs(unicode: unicode))
    for key in keys { _ = guide.handle(.key(key)) }
    return Renderer.render(guide, unicode: unicode)
  }

  /// The UI fixture with a plan for its one dimension, `code`, scored 0 in the first attempt.
  public static func packWithPlan() throws -> ContentPack {
    var pack = try self.pack()
    pack.plan = Plan(actions: [
      PlanAction(
        id: "tutorial", text: "Write a tutorial for a tool you use.", dimension: "code",
        effort: .weekend, topic: "tools"),
      PlanAction(
        id: "forum", text: "Answer questions in a community forum for a month.",
        dimension: "code", effort: .month, topic: "welcome"),
    ])
    return pack
  }

  /// Two attempts of the fixture's quiz, a month apart, the later one better.
  public static let attempts = [
    Attempt(
      date: "2026-10-01T09:00:00Z", packID: "ui-fixture", packVersion: "1",
      answers: ["q1": .chose(0), "q2": .chose(1)], scores: ["code": 0],
      knowledge: KnowledgeScore(correct: 0, total: 1)),
    Attempt(
      date: "2026-11-01T09:00:00Z", packID: "ui-fixture", packVersion: "1",
      answers: ["q1": .chose(2), "q2": .chose(0)], scores: ["code": 100],
      knowledge: KnowledgeScore(correct: 1, total: 1)),
  ]
}

extension Frame {
  /// Lines without trailing spaces, as a person reads them.
  public var trimmedLines: [String] {
    lines.map { line in
      var line = line
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  public func role(row: Int, column: Int) -> Role { cells[row][column].role }
}
