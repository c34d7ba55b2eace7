import Foundation
import Testing

@testable import GuideContent
@testable import GuidePackLoader

/// A topic's `checked: YYYY-MM`: read and refused by the loader against a fixed month, never
/// the system clock, so these tests mean the same in any year.
@Suite("Checked months")
struct CheckedMonthTests {
  static let december2026 = YearMonth(clampedYear: 2026, month: 12)

  /// A page that cites an outside source, with `checked` set to `month` (or left out).
  static func sourcedPage(_ id: String, checked: String?) -> String {
    """
    id: \(id)
    title: Topic \(id)
    \(checked.map { "checked: \($0)" } ?? "summary: No date.")
    body:
      - text: See https://example.org/\(id) for more.
    """
  }

  static func issues(
    _ files: [String: String], home: [String] = ["a"], staleAfter: Int? = nil
  ) -> [String] {
    PackLoader.check(Support.pack(files, home: home), today: december2026, staleAfter: staleAfter)
      .1.map(\.description)
  }

  @Test("a month is written YYYY-MM and must exist")
  func parsing() {
    #expect(YearMonth("2026-12") == YearMonth(year: 2026, month: 12))
    #expect(YearMonth("2024-01")?.description == "2024-01")
    for bad in ["2026-13", "2026-00", "2026-1", "26-12", "2026/12", "2026-12-01", "", "abcd-ef"] {
      #expect(YearMonth(bad) == nil, "\(bad)")
    }
    #expect(YearMonth("2026-12")?.spelled == "December 2026")
    #expect(YearMonth("2025-01")?.spelled == "January 2025")
  }

  @Test("months between two months count whole calendar months")
  func monthsBetween() throws {
    let start = try #require(YearMonth("2025-11"))
    #expect(start.months(until: Self.december2026) == 13)
    #expect(Self.december2026.months(until: start) == -13)
    #expect(try #require(YearMonth("2025-12")).months(until: Self.december2026) == 12)
    #expect(YearMonth("2025-12")! < YearMonth("2026-01")!)
  }

  @Test("the loader keeps the month on the topic")
  func loaded() throws {
    let source = Support.pack(["topics/a.yaml": Self.sourcedPage("a", checked: "2026-03")])
    let pack = try PackLoader.load(source, today: Self.december2026)
    #expect(pack.topics["a"]?.checked == YearMonth(year: 2026, month: 3))
  }

  @Test("a page citing an outside source without `checked` is an error at the topic")
  func requiredWithSources() {
    let issues = Self.issues(["topics/a.yaml": Self.sourcedPage("a", checked: nil)])
    #expect(
      issues == [
        "test/topics/a.yaml:1:1: error: topic `a` links to outside sources, so it needs "
          + "`checked: YYYY-MM`: the month every source on the page was last opened and confirmed"
      ])
    // A page with no outside address needs none.
    #expect(Self.issues(["topics/a.yaml": Support.page("a")]).isEmpty)
  }

  @Test("a month that is not YYYY-MM, or after this month, is an error at the value")
  func refusedMonths() {
    #expect(
      Self.issues(["topics/a.yaml": Self.sourcedPage("a", checked: "December 2026")]) == [
        "test/topics/a.yaml:3:10: error: `checked` must be a month written YYYY-MM, such as "
          + "`checked: 2026-12`"
      ])
    #expect(
      Self.issues(["topics/a.yaml": Self.sourcedPage("a", checked: "2026-13")]).count == 1)
    #expect(
      Self.issues(["topics/a.yaml": Self.sourcedPage("a", checked: "2027-01")]) == [
        "test/topics/a.yaml:3:10: error: `checked: 2027-01` is after this month (2026-12): "
          + "write the month the sources were opened and confirmed"
      ])
    #expect(Self.issues(["topics/a.yaml": Self.sourcedPage("a", checked: "2026-12")]).isEmpty)
  }

  @Test("validate's rule warns about exactly the page checked more than 12 months ago")
  func staleWarning() {
    let files = [
      "topics/a.yaml": Self.sourcedPage("a", checked: "2024-12") + "\nsee_also: [b, c]",
      "topics/b.yaml": Self.sourcedPage("b", checked: "2025-12"),
      "topics/c.yaml": Self.sourcedPage("c", checked: "2026-11"),
    ]
    #expect(
      Self.issues(files, staleAfter: 12) == [
        "test/topics/a.yaml:3:10: warning: topic `a` was checked 24 months ago (December 2024): "
          + "open its sources again and update `checked`"
      ])
    // Without a threshold (loading for the guide) nothing is said; with 0, all three.
    #expect(Self.issues(files).isEmpty)
    #expect(Self.issues(files, staleAfter: 0).count == 3)
  }

  @Test("stale topics are listed oldest first, and topics without a month never")
  func staleList() throws {
    let files = [
      "topics/a.yaml": Self.sourcedPage("a", checked: "2025-06") + "\nsee_also: [b, c, d]",
      "topics/b.yaml": Self.sourcedPage("b", checked: "2023-02"),
      "topics/c.yaml": Self.sourcedPage("c", checked: "2026-01"),
      "topics/d.yaml": Support.page("d"),
    ]
    let pack = try PackLoader.load(Support.pack(files), today: Self.december2026)
    #expect(pack.stale(today: Self.december2026, after: 12).map(\.id) == ["b", "a"])
    #expect(pack.stale(today: Self.december2026, after: 3).map(\.id) == ["b", "a", "c"])
    #expect(pack.stale(today: Self.december2026, after: 100).isEmpty)
  }

  @Test("every bundled topic says it was checked, and none is stale in December 2026")
  func bundledTopicsAreDated() throws {
    let source = try Support.bundledSource()
    let (pack, issues) = PackLoader.check(source, today: Self.december2026, staleAfter: 12)
    #expect(issues.isEmpty, "\(issues.map(\.description))")
    for topic in try #require(pack).topics.values {
      #expect(topic.checked != nil, "\(topic.id) has no checked month")
    }
  }
}
