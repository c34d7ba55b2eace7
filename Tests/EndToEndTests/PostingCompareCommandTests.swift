import Foundation
import Testing

/// `devrel-guide posting A B` run as a script would: the two postings compared in columns (or
/// stacked when narrow), Markdown and JSON, and every error naming the side it is about.
@Suite("Two postings compared on the command line")
struct PostingCompareCommandTests {
  static let corpus = PostingCommandTests.corpus
  let command = PostingCommandTests()

  @Test func twoPostingsStandInColumnsAndEachSideCanBeAPipe() throws {
    let a = Self.corpus + "/developer-advocate-ai.txt"
    let b = Self.corpus + "/technical-writer.txt"
    let result = try command.run("posting", a, b)
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(12)) == [
        "Two job postings compared",
        "                A: developer-advocate-ai.txt    B: technical-writer.txt",
        "",
        "Verdict         Reads as: a developer advocate  Reads as: a technical writer",
        "                job (code-heavy)                job (content-heavy)",
        "",
        "Closest role    Developer advocate              Technical writer",
        "",
        "Code            40%                             21%",
        "Content         25%                             79%",
        "Community       10%                             0%",
        "Communication   25%                             0%",
      ])
    #expect(lines.contains("Pay, as posted  EUR 80,000 to EUR 95,000 a      No pay range posted"))
    #expect(lines.allSatisfy { $0.count <= 78 }, "78 columns in a pipe")
    let piped = try command.run(
      "posting", a, "-", input: try Data(contentsOf: URL(fileURLWithPath: b)))
    #expect(piped.status == 0)
    #expect(
      piped.output
        == result.output.replacingOccurrences(
          of: "B: technical-writer.txt", with: "B: standard input"))
  }

  @Test func aNarrowWidthStacksEachFactAOverB() throws {
    let result = try command.run(
      "posting", Self.corpus + "/developer-advocate-ai.txt", Self.corpus + "/internal-devex.txt",
      "--width", "50")
    #expect(result.status == 1, "B is internal work, not a DevRel job")
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(12)) == [
        "Two job postings compared",
        "A: developer-advocate-ai.txt",
        "B: internal-devex.txt",
        "",
        "Verdict",
        "  A: Reads as: a developer advocate job",
        "     (code-heavy)",
        "  B: This reads as internal developer-experience",
        "     work for the company's own engineers, not",
        "     DevRel toward outside developers.",
        "Closest role",
        "  A: Developer advocate",
      ])
    #expect(lines.allSatisfy { $0.count <= 50 })
  }

  /// Each side of the JSON is exactly what reading that posting alone prints.
  @Test func jsonHoldsEachPostingsOwnReadingAndMarkdownATable() throws {
    let a = Self.corpus + "/dx-engineer.txt"
    let b = Self.corpus + "/not-devrel-line-cook.txt"
    let both = try command.run("posting", a, b, "--format", "json")
    #expect(both.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: both.stdout) as? NSDictionary)
    #expect(Set(object.allKeys.compactMap { $0 as? String }) == ["a", "b"])
    for (key, file) in [("a", a), ("b", b)] {
      let alone = try command.run("posting", file, "--format", "json")
      let single = try JSONSerialization.jsonObject(with: alone.stdout) as? NSDictionary
      #expect(object[key] as? NSDictionary == single, "side \(key)")
    }
    let markdown = try command.run("posting", a, b, "--format", "markdown")
    #expect(markdown.status == 1)
    let lines = markdown.output.split(separator: "\n")
    #expect(lines.contains("| | A: dx-engineer.txt | B: not-devrel-line-cook.txt |"))
    #expect(lines.contains("| Code | 90% | - |"))
  }

  @Test func mistakesAreRefusedAndErrorsNameTheSide() throws {
    let good = Self.corpus + "/technical-writer.txt"
    let twoPipes = try command.run("posting", "-", "-")
    #expect(twoPipes.status == 64)
    #expect(twoPipes.errors.contains("only one of the two postings can come from standard input"))
    let narrow = try command.run("posting", good, good, "--width", "12")
    #expect(narrow.status == 64)
    let three = try command.run("posting", good, good, good)
    #expect(three.status == 64)
    let missing = command.scratch.appendingPathComponent("nope.txt").path
    let noB = try command.run("posting", good, missing)
    #expect(noB.status == 66)
    #expect(noB.errors == "devrel-guide: B: \(missing) does not exist\n")
    #expect(noB.output.isEmpty)
    let binary = try command.file("binary", Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2]))
    let notText = try command.run("posting", binary, good)
    #expect(notText.status == 65)
    #expect(notText.errors == "devrel-guide: A: \(binary) holds NUL bytes, so it is not text\n")
    let huge = try command.file("huge.txt", Data())
    #expect(truncate(huge, off_t(4 * 1024 * 1024 + 1)) == 0)
    let tooLarge = try command.run("posting", good, huge)
    #expect(tooLarge.status == 65)
    #expect(tooLarge.errors == "devrel-guide: B: \(huge) is larger than 4 MB\n")
    try? FileManager.default.removeItem(at: command.scratch)
  }

  @Test func afterAnAssessmentEachColumnGivesYourFit() throws {
    defer { try? FileManager.default.removeItem(at: command.scratch) }
    let a = Self.corpus + "/developer-advocate.txt"
    let b = Self.corpus + "/technical-writer.txt"
    #expect(!(try command.run("posting", a, b).output.contains("Your fit")))
    let quiz = try command.run("quiz", "--plain", input: Data(CommandLineTests.backend.utf8))
    #expect(quiz.status == 0)
    let after = try command.run("posting", a, b)
    let fit = after.output.split(separator: "\n").first { $0.hasPrefix("Your fit") }
    #expect(fit?.hasPrefix("Your fit        36 of 100 ") == true, "\(after.output)")
  }
}
