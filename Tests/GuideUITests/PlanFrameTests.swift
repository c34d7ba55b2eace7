import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

@Suite("Your plan, drawn")
struct PlanFrameTests {
  static func frame(_ size: Size, keys: [Key]) throws -> Frame {
    try UIFixture.frame(
      size, keys: keys, attempts: [UIFixture.attempts[0]], pack: try UIFixture.packWithPlan())
  }

  @Test func at80x24TheMarkedActionShowsItsMarkAndTheProgressCounts() throws {
    let frame = try Self.frame(
      Size(columns: 80, rows: 24), keys: [.character("p"), .down, .character("d")])
    #expect(
      Array(frame.trimmedLines.prefix(12)) == [
        " Home › Your plan",
        "",
        "  Your plan",
        "  ─────────",
        "",
        "  Actions for the growth areas of your latest attempt. 1 of 2 done.",
        "",
        "  Code (0)",
        "    1   Write a tutorial for a tool you use.",
        "        a weekend · Tools",
        "  › 2 ✓ Answer questions in a community forum for a month.",
        "        a month · Welcome",
      ])
    #expect(frame.trimmedLines[22] == " Marked as done.")
    #expect(frame.trimmedLines[23] == " ↑↓ move  d/l/s mark  Enter page  Esc back  ? help  q quit")
    #expect(frame.role(row: 10, column: 8) == .selection)
    #expect(frame.role(row: 8, column: 8) != .selection)
    // The plan's words start under its title; an action's number sits past the list marker.
    #expect(frame.trimmedLines[5].hasPrefix("  Actions"))
  }

  @Test func at40x12WholeWordsWrapAndThePlanScrollsFromWhatItIsBasedOn() throws {
    // Opens at its top: what the plan is made from is never scrolled out of reach.
    let top = try Self.frame(Size(columns: 40, rows: 12), keys: [.character("p")]).trimmedLines
    #expect(
      top == [
        " Home › Your plan",
        "",
        "  Your plan",
        "",
        "  Actions for the growth areas of",
        "  your latest attempt. 0 of 2 done.",
        "",
        "  Code (0)",
        "  › 1   Write a tutorial for a tool",
        "    ↓ 5 more below",
        "",
        " ↑↓ move  Esc back  ? help  q quit",
      ])
    // Down reads on until the selected action is whole, then moves to the next.
    let moved = try Self.frame(
      Size(columns: 40, rows: 12), keys: [.character("p"), .down, .down, .down]
    ).trimmedLines
    #expect(
      moved == [
        " Home › Your plan",
        "",
        "  Your plan",
        "",
        "        you use.",
        "        a weekend · Tools",
        "  › 2   Answer questions in a",
        "        community forum for a month.",
        "        a month · Welcome",
        "    ↑ 5 more above",
        "",
        " ↑↓ move  Esc back  ? help  q quit",
      ])
  }

  @Test func homeShowsThePlansProgress() throws {
    let frame = try Self.frame(Size(columns: 80, rows: 24), keys: [])
    #expect(
      frame.trimmedLines[13...14] == [
        "  Last quiz: 2026-10-01 09:00, overall fit 0 of 100 (Not yet).",
        "  Your plan: 0 of 2 done. Press p to see it.",
      ])
  }

  @Test func anActionsMarkLeavesTheMenusMarkColumnOut() throws {
    let frame = try Self.frame(
      Size(columns: 80, rows: 24), keys: [.character("p"), .character("d"), .escape])
    #expect(frame.trimmedLines.contains("  › 1  Welcome        What this guide is about."))
    #expect(frame.trimmedLines.contains("  Your plan: 1 of 2 done. Press p to see it."))
  }

  @Test func withoutAnAttemptThePlanSaysToTakeTheQuizFirst() throws {
    let frame = try UIFixture.frame(
      Size(columns: 40, rows: 12), keys: [.character("4"), .character("p")],
      pack: try UIFixture.packWithPlan())
    #expect(
      Array(frame.trimmedLines.prefix(7)) == [
        " Home › Your plan",
        "",
        "  Your plan",
        "",
        "  Take the quiz first: your plan is",
        "  made from your latest results.",
        "",
      ])
  }
}
