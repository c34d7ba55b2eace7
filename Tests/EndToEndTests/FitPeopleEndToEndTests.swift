import Foundation
import Testing

/// Issue 27's "done when", through the real binary in a terminal: three people answer the
/// assessment as they would, read an answer true to their answers, choose a role and see the
/// plan say which role it is for. Each takes 38 keys: Enter to start, 36 ratings, one number
/// to choose a role; at ten seconds a screen that is under seven minutes.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct FitPeopleEndToEndTests {
  let data = FileManager.default.temporaryDirectory
    .appendingPathComponent("devrel-guide-e2e-fit-\(UUID().uuidString)")

  /// Starts the assessment, answers it with `typed` (one answer a line, as `quiz --plain`
  /// takes them), waits for each question before its key, then for `outcome`.
  func answer(_ typed: String, outcome: String) throws -> TmuxSession {
    let session = try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path, "quiz"], columns: 80, rows: 24,
      environment: [
        "XDG_DATA_HOME": data.appendingPathComponent("share").path,
        "XDG_STATE_HOME": data.appendingPathComponent("state").path,
      ])
    try session.waitFor("Start the quiz")
    try session.sendKeys("Enter")
    let keys = typed.split(separator: "\n").map(String.init)
    #expect(keys.count == 36)
    for (index, key) in keys.enumerated() {
      try session.waitFor("Question \(index + 1) of 36")
      try session.sendKeys(key)
    }
    try session.waitFor(outcome)
    return session
  }

  @Test func aBackendDeveloperWhoAvoidsTheStageSeesTheNeighboursAndPlansForDX() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try answer(
      CommandLineTests.backend,
      outcome: "Closest in DevRel: Developer experience (DX) engineer (70); outside it,")
    try session.waitFor("Software engineer (86) fits better.")
    try session.waitFor("1 Software engineer (outside DevRel) fit 86")
    try session.waitFor("3 Developer experience (DX) engineer fit 70")
    try session.sendKeys("3")
    try session.waitFor("For the role of Developer experience (DX) engineer (fit 70), which")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func aWriterWhoRunsAMeetupSeesWritingFirstAndCommunityNearTheTop() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try answer(CommandLineTests.writer, outcome: "Best fit: Technical writer (86).")
    try session.waitFor("3 Community manager fit 73")
    try session.sendKeys("1")
    try session.waitFor("For the role of Technical writer (fit 86), which you chose.")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  /// A role's profile: Tab to the best fit, Enter opens what the role is and the writer's fit
  /// for it, and `p` there opens the plan for it.
  @Test func aWriterReadsTheProfileOfTheirBestFitThenItsPlan() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try answer(CommandLineTests.writer, outcome: "Best fit: Technical writer (86).")
    try session.sendKeys("Tab", "Enter")
    try session.waitFor("Owns the documentation, from reference pages to tutorials")
    try session.waitFor("Editing documentation and keeping it correct: the heart of it")
    try session.waitFor("p plan")
    try session.sendKeys("p")
    try session.waitFor("For the role of Technical writer (fit 86), which you chose.")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func someoneUnsureOfEverythingIsToldThereIsNoClearLeanAndCanStillChoose() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let session = try answer(
      CommandLineTests.unsure, outcome: "No clear lean: you rated the activities much alike")
    try session.waitForAbsence(of: "Roles that fit you")
    try session.waitFor("Roles to choose from")
    try session.sendKeys("1")
    try session.waitFor("For the role of Developer advocate")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }
}
