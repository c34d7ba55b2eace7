import Foundation
import Testing

/// The quiz in the smallest window it supports, as a new user on a plain terminal meets it:
/// feedback too long for 34x10 opens at its verdict, counts what is out of sight in ASCII, and
/// PgDn brings the choices into view.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct QuizScrollEndToEndTests {
  @Test func longFeedbackAt34x10InTheCLocaleScrollsWithItsCountsInASCII() throws {
    let pack = try QuizFormPack.make()
    defer { try? FileManager.default.removeItem(at: pack) }
    let session = try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path, "--content", pack.path, "quiz"],
      columns: 34, rows: 10, locale: "C")
    try session.waitFor("Start the quiz")
    try session.sendKeys("Enter")
    try session.waitFor("Question 1 of 45")
    try session.sendKeys("1")
    try session.waitFor("Question 2 of 45")
    try session.sendKeys("1")
    try session.waitFor("What does DevRel stand for?")
    try session.sendKeys("2")
    try session.waitFor("^ 2 more  v 4 more")
    #expect(try session.screenText().contains("x Not quite. The answer is:"))
    try session.sendKeys("PageDown")
    try session.waitFor("^ 6 more above")
    #expect(try session.screenText().contains("> 1  Next question"))
    try session.sendKeys("1")
    try session.waitFor("Question 4 of 45")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }
}
