import GuideContent
import GuideCore
import GuideTestSupport
import Testing

@testable import GuideApp

/// The assessment's results in the line mode: a line-mode user types a number, so the results
/// number every role and say so, with no keys (1-9, Tab) the line mode does not have; `quiz
/// --plain` ends at the results, so it names the command for a role's plan instead.
@Suite("The assessment's results in the line mode")
struct FitLineModeTests {
  static let pack = PrintingCommandTests.pack

  /// Runs the line mode on the bundled pack over `input`, with `saved` attempts.
  func run(_ input: [String], quizOnly: Bool = false, saved: [Attempt] = []) -> String {
    var output = ""
    var lines = input[...]
    var mode = LineMode(
      pack: Self.pack,
      dependencies: .inMemory(storage: MemoryStorage(MemoryStorage.Saved(attempts: saved))),
      unicode: true, quizOnly: quizOnly, write: { output += $0 })
    _ = mode.run(readLine: { lines.popFirst() })
    return output
  }

  /// The number the home menu gives "Your results", wherever the menu lists it.
  var resultsEntry: String {
    let index = Self.pack.home.firstIndex { $0.target == .results } ?? 0
    return String(index + 1)
  }

  @Test func everyRoleIsNumberedAndATypedNumberPastNineChoosesItsRole() throws {
    let assessment = try #require(Self.pack.assessment)
    let output = run(
      [resultsEntry, "1", "11", "q"], saved: [Persona.backend.attempt(assessment)])
    let expected = [
      " 9 Developer educator fit 33 · readiness 17",
      "10 Community manager fit 33 · readiness 13",
      "11 Head of DevRel fit 25 · readiness 7",
      "12 DevRel programme manager fit 22 · readiness 0",
      "13 Developer marketing fit 22 · readiness 4",
      "Type a role's number for a plan to grow into it.",
      "",
      "Roles to avoid (fit below 40)",
    ]
    #expect(output.contains(expected.joined(separator: "\n")))
    #expect(output.contains(" 1 Software engineer (outside DevRel) fit 86 · readiness 81\n"))
    #expect(output.contains("   You enjoy: building a sample app, SDK or command-line tool"))
    #expect(!output.contains("Press "))
    #expect(!output.contains("Tab "))
    #expect(!output.contains("Links:"), "the roles' numbers are on the page; no list repeats them")
    #expect(output.contains("For the role of Head of DevRel (fit 25), which you chose."))
  }

  @Test func aNumberPastTheListIsRefusedWithAHint() throws {
    let assessment = try #require(Self.pack.assessment)
    let output = run([resultsEntry, "1", "14", "q"], saved: [Persona.writer.attempt(assessment)])
    #expect(output.contains("Type a number from the list, b to go back"))
    #expect(!output.contains("Your plan"))
  }

  @Test func quizPlainEndsAtTheResultsWithTheCommandForARolesPlan() throws {
    let typed = Persona.writer.typed.split(separator: "\n").map(String.init)
    let output = run(typed, quizOnly: true)
    let results = try #require(output.range(of: "Results of "))
    #expect(
      output[..<results.lowerBound].hasSuffix("q quit) > \n"), "the title on a line of its own")
    let page = output[results.lowerBound...]
    #expect(page.contains("1 Technical writer fit 86"))
    #expect(
      page.contains(
        "For a plan to grow into any of these: devrel-guide plan --role ID (the ids\n"
          + "are in devrel-guide results --format json).\n"))
    #expect(!page.contains("Press "))
    #expect(!page.contains("Type a role's number"))
    #expect(!page.contains("Links:"))
  }
}
