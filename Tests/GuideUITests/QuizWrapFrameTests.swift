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

  @Test func aLongOptionWrapsAt40x12AndTheFeedbackStaysWhole() throws {
    #expect(
      try frame(Size(columns: 40, rows: 12), Self.question) == [
        " Home › Quick quiz", "",
        "  Question 2 of 2  ███████████████████",
        "  Which is a tool?",
        "  › 1  An editor, the program you",
        "       write and change source code in",
        "       every working day",
        "    2  A holiday",
      ] + blanks(3) + [" 1-2 answer  Esc leave  ? help  q quit"])
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
        "    2  Read more: Tools",
        "", " 1 next  Esc leave  ? help  q quit",
      ])
  }

  @Test func theSelectedLongOptionIsWholeAt34x10() throws {
    #expect(
      try frame(Size(columns: 34, rows: 10), Self.question) == [
        " Home › Quick quiz", "",
        "  Question 2 of 2  █████████████",
        "  Which is a tool?",
        "  › 1  An editor, the program",
        "       you write and change",
        "       source code in every",
        "       working day",
        "", " Esc leave  ? help  q quit",
      ])
    let moved = try frame(Size(columns: 34, rows: 10), Self.question + [.down])
    #expect(moved[4...5] == ["  › 2  A holiday", ""], "the window moves to the selection")
  }
}
