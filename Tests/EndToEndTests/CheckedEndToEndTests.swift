import Foundation
import Testing

/// Issue 34 through the binary: the month a page was checked, shown to readers, refused when
/// wrong, warned about when old. The binary reads the system clock, so the pack's months are
/// worked out from today's here.
@Suite("Checked months through the binary")
struct CheckedEndToEndTests {
  let cli = CommandLineTests()

  /// `YYYY-MM` for the month `offset` months from now (UTC).
  static func month(_ offset: Int) -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    let months = (Int(parts.tm_year) + 1900) * 12 + Int(parts.tm_mon) + offset
    return String(format: "%04d-%02d", months / 12, months % 12 + 1)
  }

  /// A pack of three sourced pages, checked at the given months (YYYY-MM).
  func writePack(_ months: [String: String]) throws -> URL {
    let folder = cli.data.appendingPathComponent("checked-pack")
    let topics = folder.appendingPathComponent("topics")
    try FileManager.default.createDirectory(at: topics, withIntermediateDirectories: true)
    let ids = months.keys.sorted()
    let home = ids.map { "  - topic: \($0)" }.joined(separator: "\n")
    try "id: checked\ntitle: Checked\nversion: \"1\"\nlanguage: en\nhome:\n\(home)\n".write(
      to: folder.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    for (id, month) in months {
      try """
      id: \(id)
      title: Page \(id)
      checked: \(month)
      body:
        - text: Source https://example.org/\(id)
      """.write(to: topics.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test func validateWarnsAboutExactlyThePageCheckedTwoYearsAgo() throws {
    defer { try? FileManager.default.removeItem(at: cli.data) }
    let old = Self.month(-24)
    let pack = try writePack(["fresh": Self.month(0), "old": old, "year": Self.month(-12)])
    let result = try cli.run("validate", pack.path)
    #expect(result.status == 0)
    let warnings = result.errors.split(separator: "\n").filter { $0.contains("warning:") }
    #expect(
      warnings == [
        "\(pack.path)/topics/old.yaml:3:10: warning: topic `old` was checked 24 months ago "
          + "(\(try #require(spelled(old)))): open its sources again and update `checked`"
      ])
    #expect(result.output.contains("1 warning"))

    let stale = try cli.run("--content", pack.path, "topics", "--stale")
    #expect(stale.status == 0)
    #expect(stale.output == "old\t\(old)\tPage old\n")
    let wider = try cli.run("--content", pack.path, "topics", "--stale", "--months", "6")
    #expect(wider.output == "old\t\(old)\tPage old\nyear\t\(Self.month(-12))\tPage year\n")
    let none = try cli.run("--content", pack.path, "topics", "--stale", "--months", "30")
    #expect(none.status == 1)
    #expect(none.stdout.isEmpty)
    #expect(none.errors.contains("no topic was checked more than 30 months before"))
    #expect(try cli.run("topics", "--months", "3").status == 64)
  }

  @Test func aMonthInTheFutureIsAnErrorWithItsPlace() throws {
    defer { try? FileManager.default.removeItem(at: cli.data) }
    let next = Self.month(1)
    let pack = try writePack(["a": next])
    let result = try cli.run("validate", pack.path)
    #expect(result.status == 65)
    #expect(
      result.errors.contains(
        "\(pack.path)/topics/a.yaml:3:10: error: `checked: \(next)` is after this month"))
  }

  @Test func showPrintsTheMonthInEveryFormat() throws {
    let text = try cli.run("show", "what-is-devrel", "--width", "60")
    #expect(
      text.output.split(separator: "\n").prefix(3) == [
        "What is DevRel?", "───────────────", "Checked December 2026",
      ])
    let markdown = try cli.run("show", "what-is-devrel", "--format", "markdown")
    #expect(markdown.output.hasPrefix("# What is DevRel?\n\n*Checked December 2026*\n"))
    let json = try cli.run("show", "what-is-devrel", "--format", "json")
    let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
    #expect(object?["checked"] as? String == "2026-12")
  }

  @Test func theExamplePackShowsTheFieldAndValidates() throws {
    let show = try cli.run("--content", CommandLineTests.examplePack, "show", "on-call")
    #expect(show.output.contains("\nChecked December 2026\n"))
    #expect(try cli.run("validate", CommandLineTests.examplePack).status == 0)
  }

  func spelled(_ month: String) -> String? {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let parts = month.split(separator: "-")
    guard parts.count == 2, let number = Int(parts[1]) else { return nil }
    return "\(names[number - 1]) \(parts[0])"
  }
}
