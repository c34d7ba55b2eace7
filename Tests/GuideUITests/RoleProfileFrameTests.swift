import GuideBundle
import GuideContent
import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// A role's profile on the bundled guide, opened as a reader would (the writer's results, Tab
/// to the first role, Enter), at the smallest window, the usual one and the largest.
@Suite("A role's profile, drawn")
struct RoleProfileFrameTests {
  static func profile(_ size: Size, unicode: Bool = true) -> [String] {
    let guide = FitFrameTests.guide(size, .writer, keys: [.enter, .tab, .enter], unicode: unicode)
    return Renderer.render(guide, unicode: unicode).trimmedLines
  }

  @Test func at34x10InASCIITheTitleAndSummaryComeFirst() {
    #expect(
      Self.profile(Size(columns: 34, rows: 10), unicode: false) == [
        " ... > Technical writer       Top",
        "",
        "  Technical writer",
        "  ----------------",
        "",
        "  Owns the documentation, from",
        "  reference pages to tutorials,",
        "  and keeps it correct as the",
        "",
        " p plan  Esc back  q quit",
      ])
  }

  @Test func at80x24TheFitAndTheWeightsShowWithPInTheFooter() {
    #expect(
      Self.profile(Size(columns: 80, rows: 24)) == [
        " Home › Your results › 2026-12-01 10:00 › Technical writer                  Top",
        "",
        "  Technical writer",
        "  ────────────────",
        "",
        "  Owns the documentation, from reference pages to tutorials, and keeps it",
        "  correct as the product changes.",
        "",
        "  Your fit",
        "  fit 86 · readiness 78",
        "    You enjoy: editing documentation and keeping it correct; writing a",
        "    step-by-step tutorial; turning developer feedback into a case for the",
        "    product team.",
        "  Fit comes from what you would enjoy; readiness, shown apart, from what you",
        "  have done.",
        "",
        "  What it weighs most",
        "  • Editing documentation and keeping it correct: the heart of it",
        "  • Writing a step-by-step tutorial: the heart of it",
        "  Also a part of it: building a sample app, SDK or command-line tool for other",
        "  developers; turning developer feedback into a case for the product team;",
        "  designing a course or hands-on workshop.",
        "",
        " ↑↓ scroll  Tab links  p plan  / search  Esc back  ? help  q quit",
      ])
  }

  @Test func at200x60TheWholeProfileFitsWithItsLinks() {
    let left = String(repeating: " ", count: 62)
    let lines = Self.profile(Size(columns: 200, rows: 60))
    #expect(lines.count == 60)
    #expect(
      Array(lines.prefix(43)) == [
        " Home › Your results › 2026-12-01 10:00 › Technical writer"
          + String(repeating: " ", count: 138) + "All",
        "",
        left + "Technical writer",
        left + "────────────────",
        "",
        left + "Owns the documentation, from reference pages to tutorials, and keeps it",
        left + "correct as the product changes.",
        "",
        left + "Your fit",
        left + "fit 86 · readiness 78",
        left + "  You enjoy: editing documentation and keeping it correct; writing a",
        left + "  step-by-step tutorial; turning developer feedback into a case for the",
        left + "  product team.",
        left + "Fit comes from what you would enjoy; readiness, shown apart, from what you",
        left + "have done.",
        "",
        left + "What it weighs most",
        left + "• Editing documentation and keeping it correct: the heart of it",
        left + "• Writing a step-by-step tutorial: the heart of it",
        left + "Also a part of it: building a sample app, SDK or command-line tool for other",
        left + "developers; turning developer feedback into a case for the product team;",
        left + "designing a course or hands-on workshop.",
        "",
        left + "Your activities in this role",
        left + "• Thrive (you enjoy it and have done it): writing a step-by-step tutorial;",
        left + "  editing documentation and keeping it correct.",
        left + "• Grow (you would enjoy it, not done much yet): turning developer feedback",
        left + "  into a case for the product team; designing a course or hands-on workshop.",
        left + "• Avoid (neither enjoyed nor done): building a sample app, SDK or",
        left + "  command-line tool for other developers.",
        "",
        left + "How the guide weighs it",
        left + "Roles and titles: \"owns the documentation, from reference pages to guides",
        left + "and tutorials, and keeps it correct; leans on Content, with enough Code to",
        left + "test every example\". The neighbours: technical writing shares Content with",
        left + "DevRel.",
        "",
        left + "Read more",
        left + "• Roles and titles",
        left + "• Pay and how to read it",
        left + "• Breaking into DevRel",
        "",
        left + "Press p for a plan to grow into this role.",
      ])
    #expect(lines.dropFirst(43).dropLast().allSatisfy { $0.isEmpty })
    #expect(
      lines.last
        == " ↑↓ scroll  Tab links  p plan  / search  Space/b page  Esc back  ? help  q quit")
  }
}
