import Foundation
import GuideContent
import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// "Read a job posting" drawn: the prompt, a problem on it, and the reading (beside a quiz
/// attempt), at 80x24 and 40x12, compared line by line.
@Suite("Posting screen frames")
struct PostingFrameTests {
  /// An attempt where Code is the growth area and Talk the strongest.
  static let attempt = Attempt(
    date: "2026-11-01T09:00:00Z", packID: "fixture", packVersion: "1", answers: [:],
    scores: ["code": 20, "talk": 90], knowledge: nil)

  /// The fixture with an assessment: the advocate weighs building demos 1 and speaking 2.
  static let packWithRoles: ContentPack = {
    var pack = PostingFixture.pack
    pack.assessment = Assessment(
      enjoyment: ["Drains me", "Rather not", "No strong feeling", "Like it", "Love it"],
      experience: ["Never", "Often"],
      activities: [
        Activity(id: "build", text: "Building demos", dimension: "code", topic: "skills/code"),
        Activity(
          id: "speak", text: "Speaking at conferences", dimension: "talk", topic: "skills/talk"),
      ],
      roles: [
        JobRole(
          id: "advocate", title: "Developer advocate", summary: "Speaks.", basis: "The page.",
          topic: "skills/talk", outside: false, weights: [("build", 1), ("speak", 2)])
      ])
    return pack
  }()

  /// Loves building demos, is drained by speaking: the advocate's fit is (1 × 100 + 2 × 0) / 3.
  static let assessed = Attempt(
    date: "2026-11-02T09:00:00Z", packID: "fixture", packVersion: "1",
    answers: [
      "enjoy:build": .chose(4), "done:build": .chose(1), "enjoy:speak": .chose(0),
      "done:speak": .chose(1),
    ],
    scores: ["code": 100, "talk": 50], knowledge: nil, form: Attempt.assessmentForm)

  /// Each screen's guide: the events that lead there from home.
  static func guide(_ name: String, _ size: Size) -> Guide {
    var guide = PostingFixture.guide(size, attempts: name == "fit" ? [attempt] : [])
    if name == "yours" || name == "assess" {
      guide = Fixture.guide(
        pack: packWithRoles, size, attempts: name == "yours" ? [assessed] : [])
    }
    _ = guide.handle(.chooseItem(PostingFixture.homeIndex))
    switch name {
    case "problem":
      for character in "missing.txt" { _ = guide.handle(.key(.character(character))) }
      _ = guide.handle(.key(.enter))
      _ = guide.handle(.postingFileRead(path: "missing.txt", .unreadable("does not exist")))
    case "reading", "yours", "assess":
      _ = guide.handle(.paste(PostingFixture.posting))
    case "text":
      _ = guide.handle(.paste(PostingFixture.posting))
      _ = guide.handle(.key(.character("v")))
    case "end", "fit":
      _ = guide.handle(.paste(PostingFixture.posting))
      _ = guide.handle(.key(.character("G")))
    default:
      break
    }
    return guide
  }

  static let names = ["prompt", "problem", "reading", "end", "fit", "yours", "assess", "text"]

  func expect(_ name: String, _ size: Size, _ expected: [String]) {
    let frame = Renderer.render(Self.guide(name, size))
    #expect(frame.trimmedLines == expected, "\(name) at \(size)")
  }

  @Test func promptAt80x24() {
    expect(
      "prompt", Size(columns: 80, rows: 24),
      [
        " Home › Read a job posting",
        "",
        "  Read a job posting",
        "  ──────────────────",
        "",
        "  Paste the whole posting here, or type the path of a text file that holds it",
        "  and press Enter. Nothing is sent anywhere.",
        "",
        "  Paste or path:",
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
        " Enter read the file  Esc back",
      ])
  }

  @Test func promptAt40x12() {
    expect(
      "prompt", Size(columns: 40, rows: 12),
      [
        " Home › Read a job posting",
        "",
        "  Read a job posting",
        "",
        "  Paste the whole posting here, or",
        "  type the path of a text file that",
        "  holds it and press Enter. Nothing is",
        "  sent anywhere.",
        "",
        "  Paste or path:",
        "",
        " Enter read the file  Esc back",
      ])
  }

  @Test func problemAt40x12() {
    expect(
      "problem", Size(columns: 40, rows: 12),
      [
        " Home › Read a job posting",
        "",
        "  Paste the whole posting here, or",
        "  type the path of a text file that",
        "  holds it and press Enter. Nothing is",
        "  sent anywhere.",
        "",
        "  Paste or path: missing.txt",
        "",
        "  missing.txt does not exist.",
        "",
        " Enter read the file  Esc back",
      ])
  }

  @Test func readingAt80x24() {
    expect(
      "reading", Size(columns: 80, rows: 24),
      [
        " Home › Read a job posting › Pasted posting                                 All",
        "",
        "  Reading of the pasted posting",
        "  ─────────────────────────────",
        "  Reads as: a developer advocate job (code-heavy)",
        "  This is a reading of the posting's words, not a judgement of the job.",
        "",
        "  What the posting emphasises",
        "  Code  67%  █████████████▍░░░░░░",
        "    SDK (line 3), demos (line 3)",
        "  Talk  33%  ██████▋░░░░░░░░░░░░░",
        "    conference talks (line 4)",
        "",
        "  Closest roles",
        "  1. Developer advocate",
        "     Developer Advocate (line 1), demos (line 3)",
        "",
        "  Worth asking about",
        "  • Travel: travel (line 4)",
        "    Ask: How many days a month?",
        "",
        "",
        "",
        " ↑↓ scroll  Tab links  v text/reading  c compare  Esc back  ? help  q quit",
      ])
  }

  @Test func readingAt40x12() {
    expect(
      "reading", Size(columns: 40, rows: 12),
      [
        " Home › … › Pasted posting          Top",
        "",
        "  Reading of the pasted posting",
        "  ─────────────────────────────",
        "  Reads as: a developer advocate job",
        "  (code-heavy)",
        "  This is a reading of the posting's",
        "  words, not a judgement of the job.",
        "",
        "  What the posting emphasises",
        "",
        " ↑↓ scroll  Esc back  ? help  q quit",
      ])
  }

  @Test func endAt40x12() {
    expect(
      "end", Size(columns: 40, rows: 12),
      [
        " Home › … › Pasted posting          End",
        "",
        "  Closest roles",
        "  1. Developer advocate",
        "     Developer Advocate (line 1),",
        "     demos (line 3)",
        "",
        "  Worth asking about",
        "  • Travel: travel (line 4)",
        "    Ask: How many days a month?",
        "",
        " ↑↓ scroll  Esc back  ? help  q quit",
      ])
  }

  /// The end of the reading beside an attempt: the growth area's plan actions with their pages.
  @Test func fitAt80x24() {
    expect(
      "fit", Size(columns: 80, rows: 24),
      [
        " Home › Read a job posting › Pasted posting                                 End",
        "",
        "    SDK (line 3), demos (line 3)",
        "  Talk  33%  ██████▋░░░░░░░░░░░░░",
        "    conference talks (line 4)",
        "",
        "  Closest roles",
        "  1. Developer advocate",
        "     Developer Advocate (line 1), demos (line 3)",
        "",
        "  Worth asking about",
        "  • Travel: travel (line 4)",
        "    Ask: How many days a month?",
        "",
        "  Beside your quiz of 2026-11-01 09:00",
        "  • Leans on Code (67%), one of your growth areas (you scored 20): read Code.",
        "    To do next, from your plan:",
        "    • Build a demo with an SDK you like.",
        "      a weekend · Code",
        "    • Answer an issue.",
        "      an evening · Introduction",
        "  • Leans on Talk (33%), your strongest area (you scored 90).",
        "",
        " ↑↓ scroll  Tab links  v text/reading  c compare  Esc back  ? help  q quit",
      ])
  }

  /// After an assessment, the fit of the role the posting reads as, under the verdict.
  @Test func yoursAt80x24() {
    expect(
      "yours", Size(columns: 80, rows: 24),
      [
        " Home › Read a job posting › Pasted posting                                 Top",
        "",
        "  Reading of the pasted posting",
        "  ─────────────────────────────",
        "  Reads as: a developer advocate job (code-heavy)",
        "  Your fit for it: 33 of 100. You enjoy: building demos. Drains you: speaking",
        "  at conferences.",
        "  This is a reading of the posting's words, not a judgement of the job.",
        "",
        "  What the posting emphasises",
        "  Code  67%  █████████████▍░░░░░░",
        "    SDK (line 3), demos (line 3)",
        "  Talk  33%  ██████▋░░░░░░░░░░░░░",
        "    conference talks (line 4)",
        "",
        "  Closest roles",
        "  1. Developer advocate",
        "     Developer Advocate (line 1), demos (line 3)",
        "",
        "  Worth asking about",
        "  • Travel: travel (line 4)",
        "    Ask: How many days a month?",
        "",
        " ↑↓ scroll  Tab links  v text/reading  c compare  Esc back  ? help  q quit",
      ])
  }

  /// Without an assessment, one line on how to get one, still above the fold at 40x12.
  @Test func assessAt40x12() {
    expect(
      "assess", Size(columns: 40, rows: 12),
      [
        " Home › … › Pasted posting          Top",
        "",
        "  Reading of the pasted posting",
        "  ─────────────────────────────",
        "  Reads as: a developer advocate job",
        "  (code-heavy)",
        "  Take the self-assessment from home",
        "  to see how this role fits you.",
        "  This is a reading of the posting's",
        "  words, not a judgement of the job.",
        "",
        " ↑↓ scroll  Esc back  ? help  q quit",
      ])
  }

  /// The posting's own text (`v`), each line numbered as the reading numbers it.
  @Test func textAt80x24() {
    expect(
      "text", Size(columns: 80, rows: 24),
      [
        " Home › Read a job posting › Pasted posting                                 All",
        "",
        "  The pasted posting",
        "  ──────────────────",
        "  The posting line by line, as read; the phrases its reading counted are",
        "  highlighted.",
        "",
        "  1  Developer Advocate",
        "  2",
        "  3  Build demos with our SDK.",
        "  4  Give conference talks; some travel.",
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
        " ↑↓ scroll  v text/reading  c compare  / search  Esc back  ? help  q quit",
      ])
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["RECORD_FRAMES"] == "1"))
  func record() {
    for name in Self.names {
      for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
        print("== \(name) \(size)")
        for line in Renderer.render(Self.guide(name, size)).trimmedLines {
          print("        \"\(line)\",")
        }
      }
    }
  }
}
