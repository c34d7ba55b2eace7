import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// A home of many entries with long summaries at the smallest size: the list says how many
/// entries are out of sight, and the selected summary shows below it, never over it.
@Suite struct LongMenuTests {
  @Test func homeAt34x10CountsTheHiddenEntriesAndShowsTheSelectedSummary() throws {
    let frame = try UIFixture.frame(
      Size(columns: 34, rows: 10), keys: [.down, .down], pack: LongMenuFixture.pack)
    #expect(
      frame.trimmedLines == [
        " Home",
        "",
        "    1  Topic 1",
        "    2  Topic 2",
        "  › 3  Topic 3",
        "    ↓ 4 more below",
        "  Summary 3 is long enough to",
        "  need two lines at this width.",
        "",
        " 1-7 open  ? help  q quit",
      ])
  }

  @Test func aSubmenuSummaryThatDoesNotFitGoesWholeNotHalfASentence() throws {
    let frame = try UIFixture.frame(
      Size(columns: 34, rows: 15), keys: [.enter], pack: LongMenuFixture.submenuPack)
    #expect(
      frame.trimmedLines == [
        " Home › Parent",
        "",
        "  Parent",
        "",
        "  › 1  Topic 1",
        "    2  Topic 2",
        "    3  Topic 3",
        "    4  Topic 4",
        "    5  Topic 5",
        "    6  Topic 6",
        "    7  Topic 7",
        "",
        "",
        "",
        " 1-7 open  Esc back  q quit",
      ])
  }
}
