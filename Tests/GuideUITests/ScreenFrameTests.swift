import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// Every screen at the two sizes that matter most: a common terminal and the smallest
/// comfortable one.
@Suite("Every screen at 80x24 and 40x12")
struct ScreenFrameTests {
  /// A name, the keys that reach the screen, the saved attempts, and whether the screen needs
  /// the code-built fixture (it has a menu below home).
  static let screens: [(String, [Key], [Attempt], Bool)] = [
    ("submenu", [.character("2")], [], true),
    ("quiz intro", [.character("3")], [], false),
    ("quiz question", [.character("3"), .enter], [], false),
    ("quiz feedback", [.character("3"), .enter, .character("1"), .character("2")], [], false),
    ("leave the quiz", [.character("3"), .enter, .escape], [], false),
    ("no results yet", [.character("4")], [], false),
    ("results list", [.character("4")], UIFixture.attempts, false),
    ("one attempt", [.character("4"), .enter], UIFixture.attempts, false),
    ("search", [.character("/"), .character("t"), .character("o")], [], false),
    ("index", [.character("i")], [], false),
    ("help", [.character("?")], [], false),
    ("reset marks", [.character("1"), .character("d"), .escape, .character("R")], [], false),
  ]

  /// Renders the named screen of `screens` at `size` and compares every line.
  func expect(screen name: String, _ size: Size, _ expected: [String]) throws {
    let (_, keys, attempts, useFixturePack) = try #require(Self.screens.first { $0.0 == name })
    let frame = try UIFixture.frame(
      size, keys: keys, attempts: attempts, pack: useFixturePack ? Fixture.pack : nil)
    #expect(frame.trimmedLines == expected, "\(name) at \(size)")
  }

  @Test func submenuAt80x24() throws {
    try expect(
      screen: "submenu", Size(columns: 80, rows: 24),
      [
        " Home › Skills",
        "",
        "  Skills",
        "  ──────",
        "  Two skills.",
        "",
        "  › 1  Code      Writing code.",
        "    2  Talking   Speaking.",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " ↑↓ move  1-2 open  / search  Enter open  Esc back  ? help  q quit",
      ])
  }

  @Test func submenuAt40x12() throws {
    try expect(
      screen: "submenu", Size(columns: 40, rows: 12),
      [
        " Home › Skills",
        "",
        "  Skills",
        "  Two skills.",
        "",
        "  › 1  Code      Writing code.",
        "    2  Talking   Speaking.",
        "",
        "",
        "",
        "",
        " ↑↓ move  Esc back  ? help  q quit",
      ])
  }

  @Test func quizIntroAt80x24() throws {
    try expect(
      screen: "quiz intro", Size(columns: 80, rows: 24),
      [
        " Home › Quick quiz",
        "",
        "  Quick quiz",
        "  ──────────",
        "",
        "  Two questions.",
        "",
        "  2 questions (1 statement about you, 1 knowledge question), about 1 minute.",
        "",
        "  Answer with a number, or arrows and Enter. s skips, Backspace goes back, Esc",
        "  leaves and keeps your answers.",
        "",
        "  › 1  Start the quiz",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Enter start  Esc back  ? help  q quit",
      ])
  }

  @Test func quizIntroAt40x12() throws {
    try expect(
      screen: "quiz intro", Size(columns: 40, rows: 12),
      [
        " Home › Quick quiz",
        "",
        "  Quick quiz",
        "  › 1  Start the quiz",
        "",
        "  Two questions.",
        "  2 questions (1 statement about you,",
        "  1 knowledge question), about 1",
        "  minute.",
        "    ↓ 3 more below",
        "",
        " Enter start  Esc back  ? help  q quit",
      ])
  }

  @Test func quizQuestionAt80x24() throws {
    try expect(
      screen: "quiz question", Size(columns: 80, rows: 24),
      [
        " Home › Quick quiz",
        "",
        "  Question 1 of 2  ███████████████░░░░░░░░░░░░░░░",
        "",
        "  How much is this like you?",
        "  I like code.",
        "",
        "  › 1  No",
        "    2  Maybe",
        "    3  Yes",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " 1-3 answer  s skip  Bksp previous  Esc leave  ? help  q quit",
      ])
  }

  @Test func quizQuestionAt40x12() throws {
    try expect(
      screen: "quiz question", Size(columns: 40, rows: 12),
      [
        " Home › Quick quiz",
        "",
        "  Question 1 of 2  █████████▌░░░░░░░░░",
        "",
        "  How much is this like you?",
        "  I like code.",
        "",
        "  › 1  No",
        "    2  Maybe",
        "    3  Yes",
        "",
        " 1-3 answer  Esc leave  ? help  q quit",
      ])
  }

  @Test func quizFeedbackAt80x24() throws {
    try expect(
      screen: "quiz feedback", Size(columns: 80, rows: 24),
      [
        " Home › Quick quiz",
        "",
        "  Question 2 of 2  ██████████████████████████████",
        "",
        "  Which is a tool?",
        "",
        "  ✗ Not quite. The answer is: An editor",
        "  Editors are tools.",
        "",
        "  › 1  See your results",
        "    2  Read more: Tools",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " 1 next  2 read more  Bksp previous  Esc leave  ? help  q quit",
      ])
  }

  @Test func quizFeedbackAt40x12() throws {
    try expect(
      screen: "quiz feedback", Size(columns: 40, rows: 12),
      [
        " Home › Quick quiz",
        "",
        "  Question 2 of 2  ███████████████████",
        "  Which is a tool?",
        "  ✗ Not quite. The answer is: An",
        "  editor",
        "  Editors are tools.",
        "  › 1  See your results",
        "    2  Read more: Tools",
        "",
        "",
        " 1 next  Esc leave  ? help  q quit",
      ])
  }

  @Test func leaveTheQuizAt80x24() throws {
    try expect(
      screen: "leave the quiz", Size(columns: 80, rows: 24),
      [
        " Home › Quick quiz",
        "",
        "  Leave the quiz?",
        "  ───────────────",
        "",
        "  Nothing is answered yet, so there is nothing to keep.",
        "",
        "  › 1  Leave",
        "    2  Keep going",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Esc/y/1 leave  n/2 keep going  q quit",
      ])
  }

  @Test func leaveTheQuizAt40x12() throws {
    try expect(
      screen: "leave the quiz", Size(columns: 40, rows: 12),
      [
        " Home › Quick quiz",
        "",
        // Too short for the rule: the blank lines keep the question apart from its choices.
        "  Leave the quiz?",
        "",
        "  Nothing is answered yet, so there is",
        "  nothing to keep.",
        "",
        "  › 1  Leave",
        "    2  Keep going",
        "",
        "",
        " Esc/y/1 leave  n/2 keep going  q quit",
      ])
  }

  @Test func noResultsYetAt80x24() throws {
    try expect(
      screen: "no results yet", Size(columns: 80, rows: 24),
      [
        " Home › Your results",
        "",
        "  Your results",
        "  ────────────",
        "",
        "  No attempts yet. Take the self-assessment quiz and your results will be kept",
        "  here. Press Enter to start it.",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Enter take the quiz  Esc back  ? help  q quit",
      ])
  }

  @Test func noResultsYetAt40x12() throws {
    try expect(
      screen: "no results yet", Size(columns: 40, rows: 12),
      [
        " Home › Your results",
        "",
        "  Your results",
        "",
        "  No attempts yet. Take the",
        "  self-assessment quiz and your",
        "  results will be kept here. Press",
        "  Enter to start it.",
        "",
        "",
        "",
        " Esc back  ? help  q quit",
      ])
  }

  @Test func resultsListAt80x24() throws {
    try expect(
      screen: "results list", Size(columns: 80, rows: 24),
      [
        " Home › Your results",
        "",
        "  Your results",
        "  ────────────",
        "",
        "       Date              Fit  Knowledge  Strongest",
        "  › 1  2026-11-01 09:00  100  1 of 1     Code 100",
        "    2  2026-10-01 09:00  0    0 of 1     -",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " ↑↓ move  Enter open  Esc back  ? help  q quit",
      ])
  }

  @Test func resultsListAt40x12() throws {
    try expect(
      screen: "results list", Size(columns: 40, rows: 12),
      [
        " Home › Your results",
        "",
        "  Your results",
        "",
        // The columns that do not fit whole are dropped, never cut.
        "       Date              Fit",
        "  › 1  2026-11-01 09:00  100",
        "    2  2026-10-01 09:00  0",
        "",
        "",
        "",
        "",
        " ↑↓ move  Esc back  ? help  q quit",
      ])
  }

  @Test func oneAttemptAt80x24() throws {
    try expect(
      screen: "one attempt", Size(columns: 80, rows: 24),
      [
        " Home › Your results › 2026-11-01 09:00                                     All",
        "",
        "  Results of 2026-11-01 09:00",
        "  ───────────────────────────",
        "",
        "  Overall fit: 100 of 100 · Not yet",
        "  Keep going.",
        "",
        "  Scores",
        "  Code ████████████████████ 100 +100",
        "",
        "  Knowledge: 1 of 1 questions right",
        "",
        "  Strongest: Code (100)",
        "  Build on it: Tools",
        "",
        "  Since 2026-10-01 09:00",
        "  • Code 0 → 100, +100",
        "",
        "",
        "",
        "",
        "",
        " ↑↓ scroll  Tab links  / search  Space/b page  Esc back  ? help  q quit",
      ])
  }

  @Test func oneAttemptAt40x12() throws {
    try expect(
      screen: "one attempt", Size(columns: 40, rows: 12),
      [
        " Home › … › 2026-11-01 09:00        Top",
        "",
        "  Results of 2026-11-01 09:00",
        "  ───────────────────────────",
        "",
        "  Overall fit: 100 of 100 · Not yet",
        "  Keep going.",
        "",
        "  Scores",
        "  Code ████████████████████ 100 +100",
        "",
        " ↑↓ scroll  Esc back  ? help  q quit",
      ])
  }

  @Test func searchAt80x24() throws {
    try expect(
      screen: "search", Size(columns: 80, rows: 24),
      [
        " Home › Search",
        "",
        "  Search: to",
        "  3 matches",
        "",
        "  › Tools (1 more)          The tools we use.",
        "    Welcome (1 more)        This page has emphasis, a link to tools and enoug…",
        "    Quiz: Which is a tool?  Editors are tools.",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Enter open  Tab choose  ↑↓ earlier  Esc cancel",
      ])
  }

  @Test func searchAt40x12() throws {
    try expect(
      screen: "search", Size(columns: 40, rows: 12),
      [
        " Home › Search",
        "",
        "  Search: to",
        "  3 matches",
        "",
        "  › Tools (1 mo…  The tools we use.",
        "    Welcome (1 …  … a link to tools a…",
        "    Quiz: Which…  Editors are tools.",
        "",
        "",
        "",
        " Enter open  Tab choose  Esc cancel",
      ])
  }

  @Test func indexAt80x24() throws {
    try expect(
      screen: "index", Size(columns: 80, rows: 24),
      [
        " Home › Index",
        "",
        "  Index:",
        "  No matches.",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Enter open  ↑↓ choose  Esc cancel",
      ])
  }

  @Test func indexAt40x12() throws {
    try expect(
      screen: "index", Size(columns: 40, rows: 12),
      [
        " Home › Index",
        "",
        "  Index:",
        "  No matches.",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Enter open  ↑↓ choose  Esc cancel",
      ])
  }

  @Test func helpAt80x24() throws {
    try expect(
      screen: "help", Size(columns: 80, rows: 24),
      [
        " Home",
        "",
        "        ┌─ Keys ───────────────────────────────────────────────────────┐",
        "        │ On this menu                                                 │",
        "        │ Up Down j k    move (also Tab Shift-Tab)                     │",
        "  Test  │ Home End g G   first, last (also PgUp PgDn)                  │",
        "  ───── │ 1-9            open that item                                │",
        "  A pac │ Enter Right l  open                                          │",
        "        │ R              reset all progress marks                      │",
        "  › 1   │ p              your plan                                     │",
        "    2   │                                                              │",
        "    3   │ Everywhere                                                   │",
        "    4   │ Esc ? q        close this help (also Enter)                  │",
        "        │ Up Down j k    scroll this help, with a page's keys          │",
        "  Not s │ ?              this help                                     │",
        "  Press │ /              search every page                             │",
        "        │ i              index of terms                                │",
        "        │ ]              forward again, after going back               │",
        "        │ Ctrl-L         redraw the screen                             │",
        "        │ q              quit (outside help)                           │",
        "        └──────────────────────────────────────────────────────────────┘",
        "",
        "",
        " Esc close",
      ])
  }

  /// Help that does not fit scrolls, and its edges say how many rows are above and below.
  @Test func helpAt40x12() throws {
    try expect(
      screen: "help", Size(columns: 40, rows: 12),
      [
        " Home",
        "┌─ Keys ───────────────────────────────┐",
        "│ On this menu                         │",
        "│ Up Down j k    move (also Tab        │",
        "│                Shift-Tab)            │",
        "│ Home End g G   first, last (also     │",
        "│                PgUp PgDn)            │",
        "│ 1-9            open that item        │",
        "│ Enter Right l  open                  │",
        "│ R              reset all progress    │",
        "└─────────────────────────── ↓ 15 more ┘",
        " ↑↓ scroll  Esc close",
      ])
  }

  @Test func helpScrolledAt34x10() throws {
    let frame = try UIFixture.frame(
      Size(columns: 34, rows: 10),
      keys: [.character("3"), .enter, .character("?"), .down, .down, .down])
    #expect(
      frame.trimmedLines == [
        " Home › Quick quiz",
        "┌─ Keys ─────────────── ↑ 3 more ┐",
        "│ Home End g G   first, last     │",
        "│ PgUp PgDn      scroll what     │",
        "│                does not fit    │",
        "│                (else first,    │",
        "│                last)           │",
        "│ 1-9            answer          │",
        "└───────────────────── ↓ 26 more ┘",
        " ↑↓ scroll  Esc close",
      ])
  }

  @Test func resetMarksAt80x24() throws {
    try expect(
      screen: "reset marks", Size(columns: 80, rows: 24),
      [
        " Home",
        "",
        "",
        "",
        "  Test guide",
        "  ──────────",
        "  A pack for rendering tests.",
        "",
        "  › 1  ✓ Welcome        What this guide is about.",
        "    2    Tools          The tools we use.",
        "    3    Quick quiz     2 questions, about 1 minute",
        "    4    Your results   No attempts yet",
        "",
        "  Progress █████░░░░░ 1 of 2 topics done. (R resets)",
        "  Not sure it is for you? Press 3 for the self-assessment quiz.",
        "  Press ? for every key; devrel-guide --help for the command line.",
        "",
        "",
        "",
        "",
        "",
        "",
        " Reset all progress marks?",
        " y reset  any other key keep them",
      ])
  }

  @Test func resetMarksAt40x12() throws {
    try expect(
      screen: "reset marks", Size(columns: 40, rows: 12),
      [
        " Home",
        "",
        "  Test guide",
        "  A pack for rendering tests.",
        "",
        "  › 1  ✓ Welcome",
        "    2    Tools",
        "    3    Quick quiz",
        "    4    Your results",
        "  What this guide is about.",
        " Reset all progress marks?",
        " y reset  any other key keep them",
      ])
  }
}
