import Foundation
import GuideApp
import GuideCore
import GuideStore
import GuideTestSupport
import Testing

@Suite("The guide as numbered text prompts")
struct LineModeTests {
  /// Runs line mode over scripted input; returns what it wrote and whether it ended as asked.
  func run(_ input: [String], quizOnly: Bool = false, storage: GuideStorage? = nil) throws -> (
    String, Bool
  ) {
    var output = ""
    var lines = input[...]
    var mode = LineMode(
      pack: try UIFixture.pack(), storage: storage, unicode: true, quizOnly: quizOnly,
      now: { "2026-11-29T10:04:00Z" }, write: { output += $0 })
    let finished = mode.run(readLine: { lines.popFirst() })
    return (output, finished)
  }

  @Test func homeListsNumberedEntriesAndANumberOpensOne() throws {
    let (output, finished) = try run(["1", "q"])
    #expect(finished)
    #expect(output.contains("  1) Welcome\n  2) Tools\n  3) Quick quiz\n  4) Your results\n"))
    #expect(output.contains("This page has emphasis, a link to tools"))
    #expect(output.contains("Links:\n  1) Tools\nLink number"), "each linked topic once")
  }

  @Test func aLinkNumberFollowsTheLinkAndBGoesBack() throws {
    let (output, _) = try run(["1", "1", "b", "q"])
    let tools = try #require(output.range(of: "Editors, terminals and 日本語 text."))
    let welcomeAgain = output.range(of: "First steps", range: tools.upperBound..<output.endIndex)
    #expect(welcomeAgain != nil, "back on the welcome page after b")
  }

  @Test func nonsenseGetsAHintAndChangesNothing() throws {
    let (output, _) = try run(["banana", "q"])
    #expect(output.contains("Type a number from the list, b to go back"))
  }

  @Test func aSlashSearchListsNumberedHits() throws {
    let (output, _) = try run(["/editors", "1", "q"])
    #expect(output.contains("  1) Tools: Editors, terminals and 日本語 text."))
    #expect(output.contains("Tools\n─────"))
  }

  @Test func aSearchWithNoMatchesSaysSoAndTheNextLineStillCounts() throws {
    let (output, _) = try run(["/", "", "/zebra", "2", "q"])
    // `/` alone asks for the words; an empty answer cancels without searching.
    #expect(output.contains("Search for which words? (Enter cancels) > "))
    #expect(!output.contains("No matches for ''"))
    #expect(output.contains("No matches for 'zebra'."))
    #expect(output.contains("Editors, terminals and 日本語 text."), "2 then opened Tools")
  }

  @Test func aSlashAloneAsksForTheWordsAndSearchesForThem() throws {
    let (output, _) = try run(["/", "editors", "1", "q"])
    #expect(output.contains("Search for which words? (Enter cancels) > "))
    #expect(output.contains("  1) Tools: Editors, terminals and 日本語 text."))
  }

  @Test func aTypoGetsASuggestionAndLongHitsWrap() throws {
    let (output, _) = try run(["/edtors", "/wrap", "q"])
    #expect(output.contains("No matches for 'edtors'. Did you mean: editors?"))
    #expect(
      output.contains(
        """
          1) Welcome (1 more): This page has emphasis, a link to tools and enough
             words to wrap onto a second line at forty columns.
        """))
  }

  @Test func theQuizOnlyModeAnswersPrintsFeedbackAndResults() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: folder) }
    let storage = GuideStorage(
      paths: DataPaths(
        dataDirectory: folder.appendingPathComponent("d").path,
        stateDirectory: folder.appendingPathComponent("s").path), packID: "ui-fixture")
    let (output, finished) = try run(["3", "1"], quizOnly: true, storage: storage)
    #expect(finished)
    // The quiz's words are the screen's (`QuizLayout`), numbered; feedback starts at its verdict.
    #expect(
      output.contains("Question 1 of 2\n\nHow much is this like you?\nI like code.\n\n  1) No"))
    #expect(
      output.contains(
        "> ✓ Correct: An editor\nEditors are tools.\nRead more: devrel-guide show tools\n"))
    #expect(output.contains("Overall fit: 100 of 100"))
    guard case .loaded(let history) = storage.history.load() else {
      Issue.record("the attempt was not saved")
      return
    }
    #expect(history.attempts.map(\.scores) == [["code": 100]])
  }

  @Test func theQuizOnlyModePrintsTheIntroAndSaysWhatAValidAnswerIs() throws {
    let (output, finished) = try run(["7", "3", "5", "q"], quizOnly: true)
    #expect(finished, "q stops the quiz")
    let intro = try #require(output.range(of: "\nQuick quiz\n"))
    let first = try #require(output.range(of: "Question 1 of 2"))
    #expect(intro.upperBound <= first.lowerBound, "the intro comes first")
    #expect(output.contains("s skips, b goes back, q stops and keeps\nyour answers."))
    #expect(output.contains("Type a number from 1 to 3, s to skip, b to go back, or q to quit."))
    #expect(output.contains("Type a number from 1 to 2, s to skip, b to go back, or q to quit."))
    #expect(output.contains("Answer (1-2, s skip, b back, q quit) >"))
  }

  @Test func theQuizOnlyModeReportsInputEndingEarly() throws {
    let (_, finished) = try run(["3"], quizOnly: true)
    #expect(!finished)
  }
}
