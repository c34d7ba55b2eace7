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
        " ↑↓ move  ? help  q quit",
      ])
  }
}
