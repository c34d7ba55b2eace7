import Foundation
import Testing

/// The real binary in a real terminal: start-up, every way out, resizing, colour and junk
/// input. What the screens say belongs to the app-level tests; these only need the footer.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalBehaviourTests {
  /// Text the home screen always shows once it is drawn.
  static let ready = "q quit"

  func guide(
    _ arguments: [String] = [], columns: Int = 80, rows: Int = 24,
    term: String? = "xterm-256color", noColor: Bool = true, locale: String = "C.UTF-8"
  ) throws -> TmuxSession {
    try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path] + arguments, columns: columns, rows: rows,
      locale: locale, term: term, noColor: noColor)
  }

  // MARK: - Ways out

  @Test func quittingGivesTheTerminalBackWithTheCursorVisible() throws {
    let session = try guide()
    try session.waitFor(Self.ready)
    #expect(try session.isOnAlternateScreen())
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
    #expect(try !session.isOnAlternateScreen())
    #expect(try session.cursor().visible)
  }

  @Test func ctrlCExitsWith130AndRestoresTheTerminal() throws {
    let session = try guide()
    try session.waitFor(Self.ready)
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 130)
    #expect(try !session.isOnAlternateScreen())
  }

  @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
  func aSignalExitsWith128PlusItsNumberAndRestoresTheTerminal(signal: Int32) throws {
    let session = try guide()
    try session.waitFor(Self.ready)
    try session.sendSignal(signal)
    #expect(try session.waitForExit() == 128 + signal)
    #expect(try !session.isOnAlternateScreen())
  }

  /// Every other signal whose default action ends the process gives the terminal back first,
  /// and still ends it the way the default would; SIGXFSZ is ignored (`ResourceLimitTests`).
  @Test(arguments: [
    SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGQUIT,
  ])
  func aFatalByDefaultSignalRestoresTheTerminalFirst(signal: Int32) throws {
    let session = try guide()
    try session.waitFor(Self.ready)
    try session.sendSignal(signal)
    #expect(try session.waitForExit() == 128 + signal)
    #expect(try !session.isOnAlternateScreen())
    #expect(try session.cursor().visible)
  }

  /// A pack of one topic of 200,000 bullets: the first search of it (making the index, then
  /// searching) takes most of a second in a debug build, and so does laying the page out.
  static func writeBusyPack(bullets count: Int = 200_000) throws -> URL {
    let pack = FileManager.default.temporaryDirectory.appendingPathComponent(
      "devrel-guide-busy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: pack.appendingPathComponent("topics"), withIntermediateDirectories: true)
    // A topic holds at most 100,000 bullets, so larger counts are split over several topics.
    let topics = stride(from: 0, to: max(count, 1), by: 100_000).map { first in
      (id: first == 0 ? "a" : "a\(first / 100_000)", range: first..<min(count, first + 100_000))
    }
    let home = topics.map { "  - topic: \($0.id)\n" }.joined()
    try Data("id: busy\ntitle: Busy\nversion: \"1\"\nlanguage: en\nhome:\n\(home)".utf8)
      .write(to: pack.appendingPathComponent("pack.yaml"))
    for topic in topics {
      let bullets = topic.range.map { "    - item \($0) about community and code\n" }.joined()
      try Data("id: \(topic.id)\ntitle: A\nbody:\n  - bullets:\n\(bullets)".utf8)
        .write(to: pack.appendingPathComponent("topics/\(topic.id).yaml"))
    }
    return pack
  }

  /// The guide on a busy pack with its search line open: the next key starts a long search.
  func searchLine(on pack: URL) throws -> TmuxSession {
    let session = try guide(["--content", pack.path, "--home"])
    try session.waitFor(Self.ready, timeout: .seconds(30))
    try session.sendKeys("/")
    try session.waitFor("Esc cancel")
    return session
  }

  /// SIGTERM ends the guide within half a second with status 143, the terminal given back.
  static func expectSIGTERMEndsItAtOnce(_ session: TmuxSession) throws {
    let clock = ContinuousClock()
    let signalled = clock.now
    try session.sendSignal(SIGTERM)
    #expect(try session.waitForExit(timeout: .seconds(30)) == 143)
    #expect(clock.now - signalled < .milliseconds(500))
    #expect(try !session.isOnAlternateScreen())
    #expect(try session.cursor().visible)
  }

  /// SIGTERM while the guide searches 200,000 bullets on every key typed (most of a second a
  /// key in a debug build) is answered within a few tenths of a second, the terminal given
  /// back.
  @Test func aSignalDuringLongWorkIsAnsweredWithinAFewTenthsOfASecond() throws {
    let pack = try Self.writeBusyPack()
    defer { try? FileManager.default.removeItem(at: pack) }
    let session = try searchLine(on: pack)
    try session.sendKeys("c", "o", "m", "m", "u")
    try Self.expectSIGTERMEndsItAtOnce(session)
  }

  /// A resize while the first search of 200,000 bullets is being worked on repaints the screen
  /// at the new size at once (a short "Working" screen), then the search's results follow at
  /// that size; SIGTERM after it still ends the guide at once with the terminal given back.
  @Test func aResizeDuringLongWorkRepaintsAtTheNewSizeAtOnce() throws {
    let pack = try Self.writeBusyPack()
    defer { try? FileManager.default.removeItem(at: pack) }
    let session = try searchLine(on: pack)
    try session.sendKeys("c", "o", "m")
    let clock = ContinuousClock()
    let start = clock.now
    try session.resize(columns: 100, rows: 30)
    try session.waitUntil("a footer on row 30", timeout: .seconds(30)) { screen in
      screen.count == 30 && (screen[29].contains("Ctrl-C quit") || screen[29].contains("Esc"))
    }
    let repainted = clock.now - start
    #expect(repainted < .milliseconds(500), "repainted after \(repainted)")
    try session.waitFor("Search: com", timeout: .seconds(60))
    try session.waitUntil("the results at 100x30", timeout: .seconds(60)) { screen in
      screen.count == 30 && screen[29].contains("Esc") && !screen[0].contains("Working")
    }
    try session.sendKeys("u", "n")
    try Self.expectSIGTERMEndsItAtOnce(session)
  }

  // MARK: - Resizes

  /// A burst of 20 resizes, each sent without waiting for the last to be drawn, ending on a
  /// size other than the one it started at: the screen ends exactly as a fresh start at that
  /// final size draws it, without a key.
  @Test func aBurstOfResizesEndsOnTheFreshStartScreenOfTheFinalSize() throws {
    let fresh = try guide(["--home"], columns: 100, rows: 30)
    try fresh.waitFor(Self.ready)
    let expected = try fresh.capture()
    try fresh.sendKeys("q")
    _ = try fresh.waitForExit()

    let session = try guide(["--home"])
    try session.waitFor(Self.ready)
    for step in 0..<19 {
      try session.resize(columns: [20, 120, 50, 34][step % 4], rows: [4, 40, 10, 60][step % 4])
    }
    try session.resize(columns: 100, rows: 30)
    try session.waitUntil("the screen settles on the fresh-start screen at 100x30") {
      $0 == expected
    }
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func aBurstOfResizesEndsOnTheFreshStartScreen() throws {
    let fresh = try guide(["--home"])
    try fresh.waitFor(Self.ready)
    let expected = try fresh.capture()
    try fresh.sendKeys("q")
    _ = try fresh.waitForExit()

    let session = try guide(["--home"])
    try session.waitFor(Self.ready)
    for step in 0..<60 {
      try session.resize(columns: step % 2 == 0 ? 20 : 120, rows: step % 3 == 0 ? 4 : 40)
      try session.resize(columns: 80, rows: 24)
    }
    try session.waitUntil("the screen settles on the fresh-start screen") { $0 == expected }
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  // MARK: - Paste

  /// Bracketed paste is on, so a pasted sentence is one event: on home it does nothing (its
  /// `q` would quit, its digits open entries); in the search line it is the query.
  @Test func aPasteIsIgnoredOnHomeAndTypedIntoTheSearchLine() throws {
    let session = try guide()
    try session.waitFor(Self.ready)
    let before = try session.capture()
    try session.sendBytes(Array("\u{1B}[200~1 2 quit q\u{1B}[201~".utf8))
    // A key after the paste: once it has acted, the paste has been read too.
    try session.sendKeys("/")
    try session.waitFor("Esc cancel")
    #expect(session.isRunning())
    try session.sendKeys("Escape")
    try session.waitForAbsence(of: "Esc cancel")
    let after = try session.capture()
    #expect(after == before, "\(zip(before, after).filter { $0 != $1 })")

    try session.sendKeys("/")
    try session.waitFor("Esc cancel")
    try session.sendBytes(Array("\u{1B}[200~community\u{1B}[201~".utf8))
    try session.waitFor("Search: community")
    try session.waitFor("matches")
    #expect(session.isRunning())
    try session.sendKeys("Escape")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  // MARK: - Terminals it cannot drive

  @Test func anUnknownTermIsExplainedAndExitsWithOne() throws {
    let session = try guide(term: "no-such-terminal")
    try session.waitFor("cannot use terminal type 'no-such-terminal'")
    #expect(try session.waitForExit() == 1)
  }

  @Test func anUnsetTermIsExplainedAndExitsWithOne() throws {
    let session = try guide(term: nil)
    try session.waitFor("TERM is not set")
    #expect(try session.waitForExit() == 1)
  }

  @Test func aDumbTerminalGetsTheNumberedLineMode() throws {
    let session = try guide(term: "dumb")
    try session.waitFor("Choose a number, / search, q quit >")
    #expect(try !session.isOnAlternateScreen())
    try session.sendLiteral("1")
    try session.sendKeys("Enter")
    try session.waitFor("Link number, b back")
    try session.sendLiteral("q")
    try session.sendKeys("Enter")
    #expect(try session.waitForExit() == 0)
    #expect(try !session.capture().joined().contains("\u{1B}"))
  }

  @Test func inputThatIsNotATerminalGetsPlainText() throws {
    let binary = try TmuxSession.guideBinary().path
    let session = try TmuxSession(arguments: ["/bin/sh", "-c", "\"$0\" < /dev/null", binary])
    #expect(try session.waitForExit() == 0)
    #expect(try !session.isOnAlternateScreen())
    #expect(try session.capture().contains { !$0.isEmpty })
  }

  // MARK: - Resizing

  @Test func theScreenFollowsTheWindowWhenItGrowsAndShrinks() throws {
    let session = try guide(columns: 80, rows: 24)
    try session.waitFor(Self.ready)
    try session.resize(columns: 100, rows: 30)
    try session.waitUntil("the footer on row 30") { screen in
      screen.count == 30 && screen[29].contains(Self.ready)
    }
    try session.resize(columns: 60, rows: 15)
    try session.waitUntil("the footer on row 15") { screen in
      screen.count == 15 && screen[14].contains("quit")
    }
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)
  }

  // MARK: - Colour

  @Test func noColorMeansAttributesButNoColours() throws {
    let session = try guide(noColor: true)
    try session.waitFor(Self.ready)
    let styled = try session.capture(styles: true).joined(separator: "\n")
    #expect(styled.contains("\u{1B}["), "attributes such as reverse video are still used")
    #expect(!Self.hasForegroundColour(styled))
  }

  @Test func coloursAreUsedWhenAllowed() throws {
    let session = try guide(noColor: false)
    try session.waitFor(Self.ready)
    #expect(Self.hasForegroundColour(try session.capture(styles: true).joined()))
  }

  @Test func theMonochromeThemeUsesNoColourEvenWhenAllowed() throws {
    let session = try guide(["--theme", "monochrome"], noColor: false)
    try session.waitFor(Self.ready)
    let styled = try session.capture(styles: true).joined(separator: "\n")
    #expect(styled.contains("\u{1B}["))
    #expect(!Self.hasForegroundColour(styled))
  }

  @Test func aThemeFromTheEnvironmentIsUsedAndAnUnknownOneIsReported() throws {
    let light = try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path], noColor: false,
      environment: ["DEVREL_GUIDE_THEME": "light"])
    try light.waitFor(Self.ready)
    #expect(Self.hasForegroundColour(try light.capture(styles: true).joined()))
    let unknown = try TmuxSession(
      arguments: ["/bin/sh", "-c", "\"$0\" topics >/dev/null", try TmuxSession.guideBinary().path],
      environment: ["DEVREL_GUIDE_THEME": "neon"])
    #expect(try unknown.waitForExit() == 0)
    let plain = try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path, "--home"], noColor: false,
      environment: ["DEVREL_GUIDE_THEME": "neon"])
    try plain.waitFor(Self.ready)
    // In the guide's status line while it runs, and on stderr once it has given the screen back.
    try plain.waitFor("unknown theme 'neon' in DEVREL_GUIDE_THEME")
    #expect(try plain.isOnAlternateScreen())
    try plain.sendKeys("q")
    _ = try plain.waitForExit()
    try plain.waitFor("devrel-guide: unknown theme 'neon' in DEVREL_GUIDE_THEME")
  }

  @Test func theCursorSitsOnTheSelectedItem() throws {
    let session = try guide(["--home"])
    try session.waitFor(Self.ready)
    try session.sendKeys("Down", "Down")
    let screen = try session.waitUntil("the third item selected") { screen in
      screen.contains { $0.contains("› 3") }
    }
    let cursor = try session.cursor()
    #expect(cursor.visible)
    #expect(screen[cursor.row].contains("› 3"))
  }

  @Test func asciiModeDrawsOnlyASCIIInAUTF8Locale() throws {
    let session = try guide(["--ascii", "--home"])
    try session.waitFor(Self.ready)
    try session.sendKeys("3", "2")
    try session.waitFor("Home > Skills: the 4C's > Code")
    let text = try session.capture().joined(separator: "\n")
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)")
  }

  /// True when an SGR sequence sets a foreground colour (30–37, 90–97 or 38;…).
  static func hasForegroundColour(_ text: String) -> Bool {
    text.components(separatedBy: "\u{1B}[").dropFirst().contains { sequence in
      guard let end = sequence.firstIndex(of: "m") else { return false }
      return sequence[..<end].split(separator: ";").contains { part in
        guard let code = Int(part) else { return false }
        return (30...38).contains(code) || (90...97).contains(code)
      }
    }
  }

  // MARK: - Junk input

  @Test func junkInputIsIgnoredAndNeverCrashesTheGuide() throws {
    let session = try guide()
    try session.waitFor(Self.ready)
    let junk: [[UInt8]] = [
      // Invalid UTF-8.
      [0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF8, 0x88, 0x80, 0x80, 0x80],
      // Unknown keys, modified arrows, mouse reports, cut-off sequences, bracketed paste.
      Array("\u{1B}[999~\u{1B}[1;5A\u{1B}[<0;1;1M\u{1B}[M !!\u{1B}O\u{1B}[".utf8),
      Array("\u{1B}[200~\u{1B}[201~".utf8),
      // Control characters (not Ctrl-\\, which quits by signal) and C1 codes.
      [0x00, 0x1D, 0x1E, 0x1F, 0x7F, 0x9B, 0x85],
    ]
    for bytes in junk { try session.sendBytes(bytes) }
    try session.sendKeys("F5", "F12", "IC", "DC", "C-Up", "M-Left")
    // Still running and still listening: Ctrl-C ends it the normal way, whatever screen the
    // junk led to.
    #expect(session.isRunning())
    try session.sendKeys("C-c")
    #expect(try session.waitForExit() == 130)
    #expect(try !session.isOnAlternateScreen())
  }
}
