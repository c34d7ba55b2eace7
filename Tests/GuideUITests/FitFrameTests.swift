import GuideBundle
import GuideContent
import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// "Which job fits me" drawn on the bundled guide at the smallest and the largest window: the
/// results list, an assessment's roles (the role picker), and the plan for a chosen role. No
/// word is cut: a line that does not fit wraps or drops a column.
@Suite("Fit results, drawn")
struct FitFrameTests {
  static let small = Size(columns: 34, rows: 10)
  static let large = Size(columns: 200, rows: 60)

  /// The guide on the results list with `person`'s assessment saved, after `keys`.
  static func guide(_ size: Size, _ person: Persona, keys: [Key] = [], unicode: Bool = true)
    -> Guide
  {
    // Without the bundled assessment every frame below fails to match.
    let assessment =
      ContentPack.bundled.assessment
      ?? Assessment(enjoyment: [], experience: [], activities: [], roles: [])
    var guide = Fixture.guide(
      pack: .bundled, size, screen: .results(ResultsPosition()),
      attempts: [person.attempt(assessment)], unicode: unicode)
    for key in keys { _ = guide.handle(.key(key)) }
    return guide
  }

  static func lines(_ guide: Guide, unicode: Bool = true) -> [String] {
    Renderer.render(guide, unicode: unicode).trimmedLines
  }

  @Test func theResultsListAt34x10InASCIIWrapsTheFitUnderTheDate() {
    #expect(
      Self.lines(Self.guide(Self.small, .backend, unicode: false), unicode: false) == [
        " Home > Your results",
        "",
        "  Your results",
        "",
        "  > 1  2026-12-01 10:00",
        "       best fit: Software",
        "       engineer 86",
        "",
        "",
        " Enter open  Esc back  q quit",
      ])
  }

  @Test func theRolesAt34x10InASCIIKeepFitAndReadinessWhole() {
    let guide = Self.guide(
      Self.small, .backend, keys: [.enter, .character(" "), .character(" ")], unicode: false)
    #expect(
      Self.lines(guide, unicode: false) == [
        " ... > 2026-12-01 10:00       10%",
        "",
        "",
        "  Roles that fit you",
        "  1 Software engineer (outside",
        "    DevRel)",
        "    fit 86 - readiness 81",
        "    You enjoy: building a sample",
        "",
        " 1-9 role  Esc back  q quit",
      ])
  }

  @Test func theResultsListAt200x60ShowsEveryColumn() {
    let left = String(repeating: " ", count: 62)
    let lines = Self.lines(Self.guide(Self.large, .writer))
    #expect(lines.count == 60)
    #expect(
      Array(lines.prefix(7)) == [
        " Home › Your results",
        "",
        left + "Your results",
        left + "────────────",
        "",
        left + "     Date              Fit                  Knowledge  Strongest",
        left + "› 1  2026-12-01 10:00  Technical writer 86  -          Content 70",
      ])
    #expect(lines.dropFirst(7).dropLast().allSatisfy { $0.isEmpty })
    #expect(lines.last == " ↑↓ move  Enter open  p plan  Esc back  ? help  q quit")
  }

  @Test func theRolesAt200x60AreNumberedToNineAndEveryOneIsALink() {
    let left = String(repeating: " ", count: 62)
    let guide = Self.guide(Self.large, .writer, keys: [.enter])
    let lines = Self.lines(guide)
    #expect(
      Array(lines.prefix(45)) == [
        " Home › Your results › 2026-12-01 10:00" + String(repeating: " ", count: 157) + "Top",
        "",
        left + "Results of 2026-12-01 10:00",
        left + "───────────────────────────",
        "",
        left + "Best fit: Technical writer (86).",
        left + "Fit comes from what you would enjoy; readiness, shown apart, from what you",
        left + "have done.",
        "",
        left + "Roles that fit you",
        left + "1 Technical writer fit 86 · readiness 78",
        left + "  You enjoy: editing documentation and keeping it correct; writing a",
        left + "  step-by-step tutorial; turning developer feedback into a case for the",
        left + "  product team.",
        left + "2 Developer educator fit 73 · readiness 47",
        left + "  You enjoy: designing a course or hands-on workshop; writing a step-by-step",
        left + "  tutorial; editing documentation and keeping it correct.",
        left + "3 Community manager fit 73 · readiness 51",
        left + "  You enjoy: moderating a chat community and upholding its code of conduct;",
        left + "  organising and hosting a meetup; answering developers' questions on a",
        left + "  forum or in GitHub issues.",
        left + "4 Developer experience (DX) engineer fit 65 · readiness 53",
        left + "  You enjoy: editing documentation and keeping it correct; turning developer",
        left + "  feedback into a case for the product team; answering developers' questions",
        left + "  on a forum or in GitHub issues.",
        left + "  Drains you: building a sample app, SDK or command-line tool for other",
        left + "  developers.",
        left + "5 Developer relations engineer fit 63 · readiness 44",
        left + "  You enjoy: answering developers' questions on a forum or in GitHub issues;",
        left + "  writing a step-by-step tutorial; turning developer feedback into a case",
        left + "  for the product team.",
        left + "  Drains you: building a sample app, SDK or command-line tool for other",
        left + "  developers.",
        left + "6 DevRel programme manager fit 58 · readiness 22",
        left + "7 Developer advocate fit 55 · readiness 33",
        left + "8 Developer marketing fit 44 · readiness 17",
        left + "9 Product manager (outside DevRel) fit 44 · readiness 13",
        left + "  Solutions engineer fit 40 · readiness 13",
        left + "  Platform or internal DevEx engineer (outside DevRel)",
        left + "  fit 39 · readiness 24",
        left + "  Software engineer (outside DevRel) fit 39 · readiness 30",
        left + "  Head of DevRel fit 38 · readiness 10",
        left + "Press 1-9 for a plan to grow into a numbered role, or Tab to any role and",
        left + "Enter to read about it first.",
        "",
      ])
    #expect(
      lines.last
        == " ↑↓ scroll  Tab links  1-9 role  / search  Space/b page  p plan  Esc back  ? help  q quit"
    )
  }

  /// The role picker: a number chooses one of the first nine for the plan; the thirteenth,
  /// which has no number, is reached with Tab, Enter opens its profile and `p` there the plan;
  /// either way the plan names the role.
  @Test func aNumberOrTabAndEnterChoosesTheRoleThePlanIsFor() {
    var byNumber = Self.guide(Self.small, .writer, keys: [.enter, .character("3")])
    #expect(byNumber.state.screen == .plan(PlanPosition()))
    #expect(byNumber.state.planRole == "community-manager")
    #expect(
      Self.lines(byNumber, unicode: false) == [
        " Home > Your plan",
        "",
        "  Your plan",
        "",
        "  For the role of Community",
        "  manager (fit 73), which you",
        "  chose. Actions for the work",
        "    v 32 more below",
        "",
        " up/down move  Esc back  q quit",
      ])
    _ = byNumber.handle(.key(.escape))
    let tabs = Array(repeating: Key.tab, count: 13)
    var byTab = Self.guide(Self.small, .writer, keys: [.enter] + tabs + [.enter])
    #expect(byTab.state.screen == .role(RoleProfile(role: "head-of-devrel", attempt: 0)))
    _ = byTab.handle(.key(.character("p")))
    #expect(byTab.state.planRole == "head-of-devrel")
    #expect(
      Self.lines(byTab, unicode: false)[4...5] == [
        "  For the role of Head of", "  DevRel (fit 38), which you",
      ])
    // A tenth digit does not exist; 0 chooses nothing.
    let zero = Self.guide(Self.small, .writer, keys: [.enter, .character("0")])
    #expect(zero.state.screen == .results(ResultsPosition(attempt: 0)))
  }
}
