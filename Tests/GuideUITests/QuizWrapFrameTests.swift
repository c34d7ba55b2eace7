import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// A long option wraps onto as many rows as it needs at every size from the minimum up: no
/// question, option or feedback is cut with an ellipsis.
@Suite("Quiz options wrap")
struct QuizWrapFrameTests {
  static let long =
    "An editor, the program you write and change source code in every working day"

  /// The screen after `keys`, on the UI fixture with its knowledge question's right option
  /// made long.
  func frame(_ size: Size, _ keys: [Key]) throws -> [String] {
    var pack = try UIFixture.pack()
    pack.quiz?.questions[1].kind = .knowledge(
      options: [Self.long, "A holiday"], answer: 0,
      explanation: "Editors are the tools developers spend most of their day in.",
      topic: "tools")
    return try UIFixture.frame(size, keys: keys, pack: pack).trimmedLines
  }

  static let question: [Key] = [.character("3"), .enter, .character("1")]
  static let feedback: [Key] = question + [.character("2")]

  func blanks(_ count: Int) -> [String] { Array(repeating: "", count: count) }

  @Test func aLongOptionWrapsAt80x24() throws {
    #expect(
      try frame(Size(columns: 80, rows: 24), Self.question) == [
        " Home › Quick quiz", "",
        "  Question 2 of 2  ██████████████████████████████", "",
        "  Which is a tool?", "",
        "  › 1  An editor, the program you write and change source code in every",
        "       working day",
        "    2  A holiday",
      ] + blanks(14) + [" 1-2 answer  s skip  Bksp previous  Esc leave  ? help  q quit"])
    #expect(
      try frame(Size(columns: 80, rows: 24), Self.feedback) == [
        " Home › Quick quiz", "",
        "  Question 2 of 2  ██████████████████████████████", "",
        "  Which is a tool?", "",
        "  ✗ Not quite. The answer is: An editor, the program you write and change",
        "  source code in every working day",
        "  Editors are the tools developers spend most of their day in.", "",
        "  › 1  See your results",
        "    2  Read more: Tools",
      ] + blanks(11) + [" 1 next  2 read more  Bksp previous  Esc leave  ? help  q quit"])
  }

  @Test func aLongOptionWrapsAt40x12AndTheFeedbackOpensAtItsVerdict() throws {
    #expect(
      try frame(Size(columns: 40, rows: 12), Self.question) == [
        " Home › Quick quiz", "",
        "  Question 2 of 2  ███████████████████", "",
        "  Which is a tool?", "",
        "  › 1  An editor, the program you",
        "       write and change source code in",
        "       every working day",
        "    2  A holiday",
        "", " 1-2 answer  Esc leave  ? help  q quit",
      ])
    // The question was just on screen: it is above, counted, and the verdict opens the step.
    #expect(
      try frame(Size(columns: 40, rows: 12), Self.feedback) == [
        " Home › Quick quiz", "",
        "  ✗ Not quite. The answer is: An",
        "  editor, the program you write and",
        "  change source code in every working",
        "  day",
        "  Editors are the tools developers",
        "  spend most of their day in.",
        "  › 1  See your results",
        "    ↑ 2 more above  ↓ 1 more below",
        "", " 1 next  Esc leave  ? help  q quit",
      ])
  }

  @Test func aLongOptionAt34x10ScrollsIntoViewWithDownAndTheRestIsCounted() throws {
    let size = Size(columns: 34, rows: 10)
    #expect(
      try frame(size, Self.question) == [
        " Home › Quick quiz", "",
        "  Question 2 of 2  █████████████",
        "  Which is a tool?",
        "  › 1  An editor, the program",
        "       you write and change",
        "       source code in every",
        "    ↓ 2 more below",
        "", " 1-2 answer  Esc leave  q quit",
      ])
    // Down first reads on until the selected option is whole, then moves the selection.
    #expect(
      try frame(size, Self.question + [.down]) == [
        " Home › Quick quiz", "",
        "  Which is a tool?",
        "  › 1  An editor, the program",
        "       you write and change",
        "       source code in every",
        "       working day",
        "    ↑ 1 more  ↓ 1 more",
        "", " 1-2 answer  Esc leave  q quit",
      ])
    #expect(
      try frame(size, Self.question + [.down, .down]) == [
        " Home › Quick quiz", "",
        "    1  An editor, the program",
        "       you write and change",
        "       source code in every",
        "       working day",
        "  › 2  A holiday",
        "    ↑ 2 more above",
        "", " 1-2 answer  Esc leave  q quit",
      ])
  }

  @Test func aLongFeedbackAt34x10ScrollsBothWays() throws {
    let size = Size(columns: 34, rows: 10)
    #expect(
      try frame(size, Self.feedback + [.up]) == [
        " Home › Quick quiz", "",
        "  Which is a tool?",
        "  ✗ Not quite. The answer is: An",
        "  editor, the program you write",
        "  and change source code in",
        "  every working day",
        "    ↑ 1 more  ↓ 5 more",
        "", " 1 next  Esc leave  q quit",
      ])
    #expect(
      try frame(size, Self.feedback + [.pageDown]) == [
        " Home › Quick quiz", "",
        "  Editors are the tools",
        "  developers spend most of their",
        "  day in.",
        "  › 1  See your results",
        "    2  Read more: Tools",
        "    ↑ 6 more above",
        "", " 1 next  Esc leave  q quit",
      ])
  }

  /// Without Unicode, "…" is drawn as three dots: the layout Core scrolls is the one drawn,
  /// so the longer ASCII lines still all come into view.
  @Test func anASCIITerminalScrollsToTheEndOfTextThatGrowsInASCII() throws {
    var pack = try UIFixture.pack()
    let explanation =
      Array(repeating: "Wait… then try…", count: 8).joined(separator: " ") + " finally."
    pack.quiz?.questions[1].kind = .knowledge(
      options: ["An editor", "A holiday"], answer: 0, explanation: explanation, topic: "tools")
    let size = Size(columns: 34, rows: 10)
    var unicode = Guide(pack: pack, state: GuideState(size: size), now: Fixture.now)
    unicode.press(.character("3"), .enter, .character("1"), .character("2"))
    let unicodeRows = try #require(Self.rows(unicode))
    var guide = Guide(
      pack: pack, state: GuideState(size: size), now: Fixture.now, glyphs: Glyphs(unicode: false))
    guide.press(.character("3"), .enter, .character("1"), .character("2"))
    #expect(try #require(Self.rows(guide)) > unicodeRows, "the ASCII form takes more rows")
    for _ in 0..<10 { guide.press(.pageDown) }
    let last = Renderer.render(guide, unicode: false).trimmedLines
    #expect(last.contains { $0.hasSuffix("finally.") }, "\(last)")
    #expect(last[7] == "    ^ 8 more above")
  }

  /// How many rows the feedback to the fixture's knowledge question takes, answered wrongly.
  static func rows(_ guide: Guide) -> Int? {
    var guide = guide
    if case .menu = guide.state.screen {
      guide.press(.character("3"), .enter, .character("1"), .character("2"))
    }
    guard case .quiz(let position) = guide.state.screen else { return nil }
    return guide.quizLayout(position).lines.count
  }

  @Test func theMoreLineIsASCIIWithoutUnicode() throws {
    var pack = try UIFixture.pack()
    pack.quiz?.questions[1].kind = .knowledge(
      options: [Self.long, "A holiday"], answer: 0, explanation: "Editors.", topic: "tools")
    let frame = try UIFixture.frame(
      Size(columns: 34, rows: 10), unicode: false, keys: Self.question + [.down], pack: pack)
    #expect(frame.trimmedLines[7] == "    ^ 1 more  v 1 more")
  }
}
