import Foundation
import GuideBundle
import GuideContent
import PropertyBased
import Testing

@testable import GuidePosting

/// `devrel-guide posting A B`: two sample postings side by side, fact by fact.
@Suite("Two postings compared")
struct ComparisonTests {
  static func side(_ file: String) throws -> PostingComparison.Side {
    PostingComparison.Side(name: file + ".txt", reading: try CorpusTests.reading(file))
  }

  @Test func everyFactOfTwoSamplePostingsHasItsRow() throws {
    let comparison = PostingComparison(
      try Self.side("developer-advocate-ai"), try Self.side("internal-devex"))
    let rows = comparison.rows.map { [$0.label, $0.a, $0.b] }
    #expect(
      rows == [
        [
          "Verdict", "Reads as: a developer advocate job (code-heavy)",
          "This reads as internal developer-experience work for the company's own engineers, "
            + "not DevRel toward outside developers.",
        ],
        ["Closest role", "Developer advocate", "Platform or internal DevEx engineer"],
        ["Code", "40%", "56%"], ["Content", "25%", "44%"], ["Community", "10%", "0%"],
        ["Communication", "25%", "0%"],
        [
          "Years of experience", "3-5 years in a developer-facing role (line 15)",
          "8+ years of software engineering (line 14); "
            + "3+ years of build or CI infrastructure (line 14)",
        ],
        ["Travel", "about 20% (line 26)", "none"],
        [
          "Pay, as posted", "EUR 80,000 to EUR 95,000 a year (line 26)",
          "Pay given only as \"competitive\"",
        ],
        [
          "Worth asking about", "Share of travel; Unpaid take-home work; Years of experience asked",
          "Years of experience asked",
        ],
        [
          "Signs of work outside DevRel", "none",
          "Platform or internal DevEx engineer: internal developer platform, platform "
            + "engineering, developer productivity, build systems; Software engineer: Software "
            + "Engineer",
        ],
      ])
    #expect(comparison.rows.compactMap(\.shareA) == [40, 25, 10, 25])
  }

  @Test func aPostingThatIsNotADevRelJobShowsOnlyItsVerdict() throws {
    let comparison = PostingComparison(
      try Self.side("not-devrel-line-cook"), try Self.side("technical-writer"))
    let rows = comparison.rows
    #expect(rows.first?.a.hasPrefix("This does not read as a DevRel job") == true)
    #expect(rows.dropFirst().allSatisfy { $0.a == PostingComparison.Words.notRead })
    #expect(rows.allSatisfy { $0.shareA == nil })
    #expect(rows.first { $0.label == "Content" }?.b == "79%")
    #expect(rows.first { $0.label == "Pay, as posted" }?.b == "No pay range posted")
  }

  @Test func yourFitIsARowOnlyWithASavedAssessment() throws {
    var a = try Self.side("developer-advocate")
    var b = try Self.side("technical-writer")
    a.yours = PostingFit.YourFit(
      role: "developer-advocate", title: "Developer advocate", fit: nil, reasons: [],
      line: PostingFit.HowToAssess.command)
    #expect(!PostingComparison(a, b).rows.contains { $0.label == "Your fit" })
    a.yours?.fit = 72
    b.yours = PostingFit.YourFit(
      role: "technical-writer", title: "Technical writer", fit: 41, reasons: [], line: "")
    let row = PostingComparison(a, b).rows.first { $0.label == "Your fit" }
    #expect(row.map { [$0.a, $0.b] } == ["72 of 100", "41 of 100"])
  }

  @Test func markdownIsOneTableWithBothNames() throws {
    let comparison = PostingComparison(
      try Self.side("developer-advocate-ai"), try Self.side("internal-devex"))
    let lines = comparison.markdown.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(6)) == [
        "## Two job postings compared", "",
        "| | A: developer-advocate-ai.txt | B: internal-devex.txt |", "| --- | --- | --- |",
        "| Verdict | Reads as: a developer advocate job (code-heavy) | This reads as internal "
          + "developer-experience work for the company's own engineers, not DevRel toward "
          + "outside developers. |",
        "| Closest role | Developer advocate | Platform or internal DevEx engineer |",
      ])
    #expect(lines.contains("| Code | 40% | 56% |"))
    #expect(lines.suffix(2) == ["*\(PostingReading.disclaimer)*", ""])
  }

  @Test func aBarInANameCannotBreakTheTable() throws {
    var a = try Self.side("technical-writer")
    a.name = "a|b.txt"
    let markdown = PostingComparison(a, try Self.side("dx-engineer")).markdown
    #expect(markdown.contains("| | A: a\\|b.txt | B: dx-engineer.txt |"))
  }

  /// What a column says of a posting is what reading it alone says: it does not depend on
  /// the other posting, nor on which side it is on.
  @Test func aColumnSaysWhatReadingItsPostingAloneSays() async throws {
    let files = CorpusTests.expectations.map(\.file)
    let sides = try files.map(Self.side)
    let pick = Gen.int(in: 0...(files.count - 1))
    await propertyCheck(count: 100, input: zip(pick, pick, pick)) { input in
      let (first, second, third) = input
      let ab = PostingComparison(sides[first], sides[second])
      let ac = PostingComparison(sides[first], sides[third])
      let ba = PostingComparison(sides[second], sides[first])
      #expect(ab.a == sides[first])
      // Your fit is absent from all three, so the rows line up one for one.
      #expect(ab.rows.map(\.a) == ac.rows.map(\.a), "\(files[first]) beside others")
      #expect(ab.rows.map(\.a) == ba.rows.map(\.b), "\(files[first]) on either side")
      #expect(ab.rows.map(\.shareA) == ba.rows.map(\.shareB))
      let alone = sides[first].reading
      #expect(ab.rows.first?.a == alone.verdict.line)
      if alone.relatesToSubject {
        #expect(
          ab.rows.compactMap(\.shareA) == alone.emphasis.map(\.percent),
          "the shares are the reading's own")
      }
    }
  }
}
