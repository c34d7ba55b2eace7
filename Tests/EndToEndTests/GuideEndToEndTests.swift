import Foundation
import Testing

/// The real guide in a real terminal, as a person uses it: reading every section, the quiz,
/// search, marks, and everything surviving a restart.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct GuideEndToEndTests {
  /// Data and state folders that outlive one session, so a restart finds what was saved.
  let data = FileManager.default.temporaryDirectory
    .appendingPathComponent("devrel-guide-e2e-data-\(UUID().uuidString)")

  func guide(
    _ arguments: [String] = [], columns: Int = 80, rows: Int = 24, locale: String = "C.UTF-8"
  )
    throws -> TmuxSession
  {
    try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path] + arguments, columns: columns, rows: rows,
      locale: locale,
      environment: [
        "XDG_DATA_HOME": data.appendingPathComponent("share").path,
        "XDG_STATE_HOME": data.appendingPathComponent("state").path,
      ])
  }

  static let home = "whether it suits you"

  @Test func everySectionOpensWithItsKeyFactsAndEscapeComesHome() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try guide(["--home"])
    try session.waitFor(Self.home)
    let sections: [(key: String, facts: [String])] = [
      ("1", ["Home › What is DevRel?", "Developer Relations"]),
      ("2", ["Home › What does a DevRel do?", "Why developers matter"]),
      ("3", ["Home › Skills: the 4C's", "Code", "Content", "Community", "Communication"]),
      ("4", ["Is DevRel for me?", "18 activities", "Start the quiz"]),
      ("5", ["Your results", "No attempts yet"]),
      ("6", ["Home › Read a job posting", "Paste or path:"]),
      ("7", ["Home › About this guide", "@HaimantikaM"]),
    ]
    for section in sections {
      try session.sendKeys(section.key)
      for fact in section.facts { try session.waitFor(fact) }
      try session.sendKeys("Escape")
      try session.waitFor(Self.home)
    }
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
    #expect(try !session.isOnAlternateScreen())
  }

  @Test func aSkillPageOpensFromTheSkillsMenuAndScrolls() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try guide(["--home"])
    try session.waitFor(Self.home)
    try session.sendKeys("3", "4")
    try session.waitFor("Home › Skills: the 4C's › Community")
    try session.waitFor("Top")
    try session.sendKeys("G")
    try session.waitFor("End")
    try session.sendKeys("?")
    try session.waitFor("On this page")
    try session.sendKeys("?")
    try session.waitForAbsence(of: "On this page")
    try session.sendKeys("?")
    try session.waitFor("On this page")
    // q closes help, as in less and man; a second q quits.
    try session.sendKeys("q")
    try session.waitForAbsence(of: "On this page")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func aFinishedQuizIsShownAndListedAfterARestart() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try guide(["quiz"])
    try session.waitFor("Start the quiz")
    try session.sendKeys("Enter")
    try RobustnessScreen.answerUntilResults(session)
    try session.waitFor("No clear lean")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)

    let again = try guide(["--home"])
    try again.waitFor("1 attempt saved")
    try again.sendKeys("5")
    try again.waitFor("Knowledge")
    try again.sendKeys("Enter")
    try again.waitFor("No clear lean")
    try again.sendKeys("q")
    #expect(try again.waitForExit() == 0)
  }

  @Test func aQuizKilledAfterThreeAnswersIsOfferedForResuming() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try guide(["quiz"])
    try session.waitFor("Start the quiz")
    try session.sendKeys("Enter")
    try RobustnessScreen.answer(3, in: session)
    try session.waitFor("Question 4 of 36")
    try session.kill()
    _ = try session.waitForExit()

    let again = try guide(["quiz"])
    try again.waitFor("Resume quiz (3 of 36 answered)")
    try again.sendKeys("1")
    try again.waitFor("Question 4 of 36")
    try again.sendKeys("q")
    #expect(try again.waitForExit() == 0)
  }

  @Test func searchOpensTheFirstMatchHighlighted() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try guide(["--home"])
    try session.waitFor(Self.home)
    try session.sendKeys("/")
    try session.sendLiteral("hackathon")
    try session.waitFor("matches")
    try session.sendKeys("Enter")
    try session.waitFor("n/N next match")
    let styled = try session.capture(styles: true).joined(separator: "\n")
    #expect(styled.lowercased().contains("hackathon"))
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func aProgressMarkAndThePlaceSurviveARestart() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try guide(["--home"])
    try session.waitFor(Self.home)
    try session.sendKeys("2")
    try session.waitFor("Why developers matter")
    try session.sendKeys("d")
    try session.waitFor("✓ done")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)

    let again = try guide()
    try again.waitFor("Home › What does a DevRel do?")
    try again.waitFor("✓ done")
    try again.sendKeys("Escape")
    try again.waitFor("1 of 36 topics done")
    try again.sendKeys("q")
    #expect(try again.waitForExit() == 0)
  }

  @Test func growingBackFromTooSmallGivesTheSameScreenAsAFreshStart() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let fresh = try guide(["--home"])
    try fresh.waitFor(Self.home)
    let expected = try fresh.capture()
    try fresh.sendKeys("q")
    _ = try fresh.waitForExit()

    let session = try guide(["--home"], columns: 20, rows: 5)
    try session.waitFor("too small")
    try session.resize(columns: 1, rows: 1)
    try session.resize(columns: 80, rows: 24)
    try session.waitFor(Self.home)
    #expect(try session.capture() == expected)
    for step in 0..<200 {
      try session.resize(columns: 30 + step % 150, rows: 8 + step % 50)
    }
    try session.resize(columns: 80, rows: 24)
    try session.waitUntil("the screen settles at 80x24") { screen in
      screen == expected
    }
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func aNonUTF8LocaleGetsASCIIOnly() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try guide(["--home"], locale: "C")
    try session.waitFor("whether it suits you")
    try session.sendKeys("3", "2")
    try session.waitFor("Home > Skills: the 4C's > Code")
    let screen = try session.capture().joined(separator: "\n")
    let ascii = screen.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(ascii, "\(screen)")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func anotherPackRunsTheWholeGuideAndKeepsItsResultsApart() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let pack = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("examples/oncall-guide").path
    let session = try guide(["--content", pack, "--home"])
    try session.waitFor("On-call basics")
    try session.sendKeys("3", "Enter")
    try session.waitFor("Question 1 of 9")
    // Eight statements (each answered, alternating ends of the scale), then the question.
    for number in 2...9 {
      try session.sendKeys(number.isMultiple(of: 2) ? "3" : "1")
      try session.waitFor("Question \(number) of 9")
    }
    try session.sendKeys("2")
    try session.waitFor("Correct: A handover of what is still open")
    try session.waitFor("See your results")
    try session.sendKeys("1")
    try session.waitFor("Overall fit")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
    let saved = data.appendingPathComponent("share/devrel-guide/packs")
    let packs = try FileManager.default.contentsOfDirectory(atPath: saved.path)
    #expect(packs == ["oncall-guide"], "results of this pack live in its own folder")
  }

  @Test func aClickOpensAnItemAndNoMouseIgnoresIt() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try guide(["--home"])
    try session.waitFor(Self.home)
    let row = try #require(
      try session.capture().firstIndex { $0.contains("2  What does a DevRel do?") })
    // An SGR mouse press and release, as xterm sends them (columns and rows count from 1).
    try session.sendLiteral("\u{1B}[<0;12;\(row + 1)M\u{1B}[<0;12;\(row + 1)m")
    try session.waitFor("Home › What does a DevRel do?")
    try session.sendLiteral("\u{1B}[<65;12;5M")
    try session.waitFor("Home › What does a DevRel do?")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)

    let ignoring = try guide(["--home", "--no-mouse"])
    try ignoring.waitFor(Self.home)
    try ignoring.sendLiteral("\u{1B}[<0;12;\(row + 1)M\u{1B}[<0;12;\(row + 1)m")
    try ignoring.sendKeys("1")
    try ignoring.waitFor("Home › What is DevRel?")
    try ignoring.sendKeys("q")
    #expect(try ignoring.waitForExit() == 0)
  }
}
