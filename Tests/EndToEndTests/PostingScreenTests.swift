import Foundation
import Testing

/// "Read a job posting" in the real binary: a posting pasted into the guide in tmux, and a
/// file's path typed, each read on screen.
@Suite("Reading a job posting on the full screen", .enabled(if: TmuxSession.isAvailable))
struct PostingScreenTests {
  static let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("PostingCorpus")

  func openPostingScreen(columns: Int = 80, rows: Int = 24) throws -> TmuxSession {
    let session = try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path, "--home"], columns: columns, rows: rows)
    try session.waitFor("q quit")
    try session.sendKeys("6")
    try session.waitFor("Paste or path:")
    return session
  }

  @Test func aPastedPostingIsReadWithItsWordsBesideEachShare() throws {
    let session = try openPostingScreen()
    let posting = try String(
      contentsOf: Self.corpus.appendingPathComponent("developer-advocate.txt"), encoding: .utf8)
    try session.paste(posting)
    try session.waitFor("Reading of the pasted posting")
    let screen = try session.screenText()
    #expect(screen.contains("What the posting emphasises"))
    #expect(screen.contains("Communication  35%"))
    #expect(screen.contains("conference talks (line 5)"))
    #expect(screen.contains("not a judgement of the job"))
    try session.sendKeys("G")
    try session.waitFor("Ask: Is the number of years firm")
    try session.sendKeys("Escape")
    try session.waitFor("Paste or path:")
    try session.sendKeys("Escape")
    try session.waitFor("Self-assessment quiz")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func aTypedPathIsReadAndAMissingOneIsSaidInPlainWords() throws {
    let session = try openPostingScreen(columns: 40, rows: 12)
    try session.sendLiteral("no-such-posting.txt")
    try session.sendKeys("Enter")
    try session.waitFor("no-such-posting.txt does not")
    try session.sendKeys("C-u")
    try session.sendLiteral(Self.corpus.appendingPathComponent("technical-writer.txt").path)
    try session.sendKeys("Enter")
    try session.waitFor("Reading of")
    #expect(try session.screenText().contains("technical-writer.txt"))
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }
}
