import Foundation
import Testing

/// The default theme follows the terminal's background when the user chose none: from
/// `COLORFGBG` at once, else from the terminal's answer to OSC 11, whenever it comes.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ThemeBackgroundEndToEndTests {
  static let white = "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\"

  func guide(_ arguments: [String] = [], environment: [String: String?] = [:]) throws
    -> TmuxSession
  {
    try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path, "--home"] + arguments, noColor: false,
      environment: environment)
  }

  /// The footer's key hints: yellow in the dark theme, magenta in the light one.
  static func footerColour(_ session: TmuxSession) throws -> String? {
    let footer = try session.capture(styles: true).last { $0.contains("quit") } ?? ""
    if footer.contains("35m") { return "magenta" }
    if footer.contains("33m") { return "yellow" }
    return nil
  }

  func waitForColour(_ colour: String, _ session: TmuxSession) throws {
    _ = try session.waitUntil("key hints in \(colour)") { _ in
      (try? Self.footerColour(session)) == colour
    }
  }

  @Test func aLightAnswerRepaintsInTheLightTheme() throws {
    let session = try guide()
    try session.waitFor("q quit")
    try waitForColour("yellow", session)
    try session.sendBytes(Array(Self.white.utf8))
    try waitForColour("magenta", session)
    // Keys still work after it.
    try session.sendKeys("3")
    try session.waitFor("Home › Skills: the 4C's")
  }

  @Test func aChosenThemeIsKeptWhateverTheTerminalAnswers() throws {
    let session = try guide(["--theme", "dark"])
    try session.waitFor("q quit")
    try waitForColour("yellow", session)
    try session.sendBytes(Array(Self.white.utf8))
    try session.sendKeys("3")
    try session.waitFor("Home › Skills: the 4C's")
    #expect(try Self.footerColour(session) == "yellow")
  }

  @Test func colorFGBGChoosesTheLightThemeFromTheFirstFrame() throws {
    let session = try guide(environment: ["COLORFGBG": "0;15"])
    try session.waitFor("q quit")
    #expect(try Self.footerColour(session) == "magenta")
  }
}

/// The bytes sent: the background is asked for only when nothing chose the theme.
struct ThemeBackgroundQueryTests {
  static let query = "\u{1B}]11;?\u{1B}\\"

  func bytes(_ arguments: [String], extra: [String: String] = [:]) throws -> String {
    let links = HyperlinkEndToEndTests()
    defer { try? FileManager.default.removeItem(at: links.folder) }
    let program = try PseudoTerminalProgram(
      try TmuxSession.guideBinary().path,
      ["--home", "--content", try links.makePack()] + arguments,
      environment: links.environment(extra: extra))
    defer { program.end() }
    // Drawn without an answer: the first frame never waits for one.
    try program.wait(for: "A page with sources.")
    try program.write("q")
    let output = try program.readToEnd()
    #expect(program.exitStatus() == 0)
    return output
  }

  @Test func askedWhenNothingChoseTheTheme() throws {
    #expect(try bytes([]).contains(Self.query))
  }

  @Test(
    arguments: [
      (["--theme", "dark"], [:]), ([], ["DEVREL_GUIDE_THEME": "light"]),
      ([], ["COLORFGBG": "15;0"]),
      (["--color", "never"], [:]), ([], ["TERM": "linux"]),
    ] as [([String], [String: String])])
  func notAskedWhenSomethingChoseOrColoursAreOff(arguments: [String], extra: [String: String])
    throws
  {
    #expect(try !bytes(arguments, extra: extra).contains("\u{1B}]11;"))
  }
}
