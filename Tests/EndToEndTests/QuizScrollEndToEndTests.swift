import Foundation
import Testing

/// The knowledge check in the smallest window it supports, as a new user on a plain terminal
/// meets it: feedback too long for 34x10 opens at its verdict, counts what is out of sight in
/// ASCII, and PgDn brings the choices into view.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct QuizScrollEndToEndTests {
  @Test func longFeedbackAt34x10InTheCLocaleScrollsWithItsCountsInASCII() throws {
    let session = try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path, "check"], columns: 34, rows: 10,
      locale: "C")
    try session.waitFor("Start the check")
    #expect(try session.screenText().contains("Home > Check what you learnt"))
    try session.sendKeys("Enter")
    try session.waitFor("Question 1 of 16")
    try session.sendKeys("1")
    try session.waitFor("^ 5 more  v 8 more")
    #expect(try session.screenText().contains("x Not quite. The answer is:"))
    try session.sendKeys("PageDown")
    try session.waitFor("^ 9 more  v 4 more")
    try session.sendKeys("PageDown")
    try session.waitFor("> 1  Next question")
    #expect(try session.screenText().contains("2  Read more:"))
    try session.sendKeys("1")
    try session.waitFor("Question 2 of 16")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }
}
