import Foundation
import Testing

/// A program running in a real pseudo-terminal inside a private tmux server, for end-to-end
/// tests: type keys, read the screen back, wait for text, collect the exit status.
///
/// Each session has its own server (`tmux -L <unique socket>`), its own temporary `HOME` and
/// an exact environment (the program starts under `env -i`), so tests can run in parallel and
/// never see the developer's settings. The server is killed when the session is released.
///
/// ```swift
/// let session = try TmuxSession(arguments: [TmuxSession.guideBinary().path], columns: 80)
/// try session.waitFor("q quit")
/// try session.sendKeys("Down", "Enter")
/// try session.sendLiteral("/devrel")
/// try session.sendKeys("q")
/// #expect(try session.waitForExit() == 0)
/// #expect(try !session.isOnAlternateScreen())
/// ```
///
/// The program runs under a small `sh` wrapper that records its exit status and keeps the
/// pseudo-terminal open afterwards, so what it printed before exiting stays readable.
///
/// Waits poll the screen every 20 ms until a deadline; there are no fixed sleeps. Key names
/// are tmux's (`Up`, `Down`, `Left`, `Right`, `Home`, `End`, `PPage`, `NPage`, `Enter`,
/// `Escape`, `Tab`, `BTab`, `BSpace`, `C-c`, `F1`...); plain text goes through `sendLiteral`.
public final class TmuxSession {
  /// What went wrong while driving tmux; the description carries the screen for diagnosis.
  public enum Failure: Error, CustomStringConvertible {
    case tmuxFailed(arguments: [String], status: Int32, output: String)
    case timedOut(waitingFor: String, screen: [String])
    case binaryMissing(String)

    public var description: String {
      switch self {
      case .tmuxFailed(let arguments, let status, let output):
        return "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(output)"
      case .timedOut(let what, let screen):
        return "timed out waiting for \(what); the screen was:\n"
          + screen.enumerated().map { String(format: "%2d|", $0.offset) + $0.element }
          .joined(separator: "\n")
      case .binaryMissing(let message):
        return message
      }
    }
  }

  /// True when tmux can be run; tests use `.enabled(if: TmuxSession.isAvailable)`.
  public static let isAvailable: Bool = executablePath("tmux") != nil

  /// The default wait before a `waitFor…` gives up; generous for loaded CI machines.
  public static let defaultTimeout: Duration = .seconds(10)

  /// The temporary home directory the program sees as `HOME` (and the XDG directories in it).
  public let home: URL
  /// The environment the program was started with, exactly.
  public let environment: [String: String]

  private let socket: String
  /// Where the wrapper shell writes the program's exit status.
  private let statusFile: String
  private let target = "main"
  private let tmux: String
  private var closed = false

  // MARK: - Starting

  /// Starts `arguments` (the program and its arguments, run directly, no shell) in a new
  /// `columns` x `rows` pane.
  ///
  /// The environment is: `PATH`, `HOME`/`XDG_CONFIG_HOME`/`XDG_DATA_HOME`/`XDG_STATE_HOME`/
  /// `XDG_CACHE_HOME` in a fresh temporary directory, `LANG`/`LC_ALL` from `locale`,
  /// `TERM` from `term`, `NO_COLOR=1` when `noColor`, `SWIFT_BACKTRACE=interactive=no`, then
  /// `environment` on top. A value of nil in `environment` removes that variable; `term: nil`
  /// leaves TERM unset.
  public init(
    arguments: [String], columns: Int = 80, rows: Int = 24,
    locale: String = "C.UTF-8", term: String? = "xterm-256color", noColor: Bool = true,
    environment extra: [String: String?] = [:], workingDirectory: URL? = nil
  ) throws {
    guard let tmux = Self.executablePath("tmux") else {
      throw Failure.tmuxFailed(arguments: [], status: -1, output: "tmux is not installed")
    }
    self.tmux = tmux
    socket = "dg-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    statusFile =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("\(socket).status").path
    home = FileManager.default.temporaryDirectory
      .appendingPathComponent("devrel-guide-e2e-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)

    var environment: [String: String] = [
      "PATH": "/usr/local/bin:/usr/bin:/bin",
      "HOME": home.path,
      "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path,
      "XDG_DATA_HOME": home.appendingPathComponent(".local/share").path,
      "XDG_STATE_HOME": home.appendingPathComponent(".local/state").path,
      "XDG_CACHE_HOME": home.appendingPathComponent(".cache").path,
      "LANG": locale,
      "LC_ALL": locale,
      "SWIFT_BACKTRACE": "interactive=no",
    ]
    if let term { environment["TERM"] = term }
    if noColor { environment["NO_COLOR"] = "1" }
    for (name, value) in extra { environment[name] = value }
    self.environment = environment

    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let command = ["/usr/bin/env", "-i"] + assignments + Self.wrapper(statusFile) + arguments
    var newSession = ["new-session", "-d", "-s", target, "-x", String(columns), "-y", String(rows)]
    if let workingDirectory { newSession += ["-c", workingDirectory.path] }
    // One tmux invocation sets the options before the pane exists, so even a program that
    // exits at once leaves its status (remain-on-exit) and a status line never takes a row.
    try run(
      [
        "start-server", ";",
        "set-option", "-g", "exit-empty", "off", ";",
        "set-option", "-g", "remain-on-exit", "on", ";",
        "set-option", "-g", "status", "off", ";",
      ] + newSession + command)
  }

  deinit { close() }

  /// A shell that runs the program, records its status and then keeps the terminal open.
  ///
  /// On Linux a pseudo-terminal's unread output is lost once its last writer closes it, so a
  /// program that prints an error and exits at once would leave tmux an empty screen. Traps
  /// (not ignores) keep the shell alive through Ctrl-C without changing the program's signal
  /// dispositions. The shell adds `PWD` to the environment; nothing else.
  private static func wrapper(_ statusFile: String) -> [String] {
    [
      "/bin/sh", "-c",
      "trap : INT TERM HUP QUIT; \"$@\"; echo $? > \"$0.tmp\"; mv \"$0.tmp\" \"$0\"; "
        + "exec sleep 86400",
      statusFile,
    ]
  }

  /// Kills the tmux server and removes the temporary home. Called on release; safe to repeat.
  public func close() {
    guard !closed else { return }
    closed = true
    // SIGKILL the pane's process group first: on kill-server's SIGHUP the program would save
    // files into `home` and the wrapper would write its status after they were removed.
    if let shell = try? query("#{pane_pid}"), let group = pid_t(shell), group > 0 {
      _ = Foundation.kill(-group, SIGKILL)
    }
    _ = try? run(["kill-server"])
    unlink(statusFile)
    unlink(statusFile + ".tmp")
    try? FileManager.default.removeItem(at: home)
  }

  // MARK: - Input

  /// Sends keys by tmux name, each as a separate key press: `sendKeys("Down", "Down", "Enter")`.
  public func sendKeys(_ keys: String...) throws {
    for key in keys { _ = try run(["send-keys", "-t", target, key]) }
  }

  /// Types text exactly as written (no key-name lookup): `sendLiteral("hello world")`.
  public func sendLiteral(_ text: String) throws {
    _ = try run(["send-keys", "-t", target, "-l", "--", text])
  }

  /// Pastes text the way a terminal does: bracketed (`ESC [ 200 ~` … `ESC [ 201 ~`) when the
  /// program turned bracketed paste on, with line breaks sent as carriage returns.
  public func paste(_ text: String) throws {
    _ = try run(["set-buffer", "-b", "e2e-paste", "--", text])
    _ = try run(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", target])
  }

  /// Pastes a file's text as `paste` does; for pastes longer than a tmux command may be.
  public func paste(file: URL) throws {
    _ = try run(["load-buffer", "-b", "e2e-paste", file.path])
    _ = try run(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", target])
  }

  /// Sends raw bytes as if the terminal had produced them: escape sequences, invalid UTF-8.
  public func sendBytes(_ bytes: [UInt8]) throws {
    guard !bytes.isEmpty else { return }
    try run(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Sends a POSIX signal (`SIGTERM`, `SIGHUP`...) to the program under test.
  public func sendSignal(_ number: Int32) throws {
    let shell = try query("#{pane_pid}")
    // The program is the wrapper shell's only child.
    let children =
      (try? String(
        contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
    guard let program = children.split(separator: " ").first.flatMap({ pid_t($0) }) else {
      throw Failure.tmuxFailed(
        arguments: ["sendSignal"], status: -1, output: "the program is not running")
    }
    _ = Foundation.kill(program, number)
  }

  /// Resizes the window (and its only pane), as dragging the terminal's corner would.
  public func resize(columns: Int, rows: Int) throws {
    _ = try run(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
  }

  /// Ends the program at once with SIGKILL (it reports 137), leaving its screen readable.
  public func kill() throws {
    try sendSignal(SIGKILL)
  }

  // MARK: - Reading the screen

  /// The screen as text, one string per row, trailing spaces removed.
  ///
  /// With `styles: true` the rows keep SGR escape sequences (`capture-pane -e`), for checking
  /// that attributes such as reverse video are there.
  public func capture(styles: Bool = false) throws -> [String] {
    var arguments = ["capture-pane", "-p", "-t", target]
    if styles { arguments.insert("-e", at: 1) }
    var lines = try run(arguments).components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The whole screen as one string, rows separated by newlines.
  public func screenText() throws -> String {
    try capture().joined(separator: "\n")
  }

  /// Where the cursor is and whether the program shows it (screen readers follow it).
  public func cursor() throws -> (column: Int, row: Int, visible: Bool) {
    let fields = try query("#{cursor_x} #{cursor_y} #{cursor_flag}").split(separator: " ")
    guard fields.count == 3, let column = Int(fields[0]), let row = Int(fields[1]) else {
      throw Failure.tmuxFailed(arguments: ["cursor"], status: -1, output: fields.joined())
    }
    return (column, row, fields[2] == "1")
  }

  /// True while the program has switched to the alternate screen (curses is running); false
  /// once it has given the terminal back, as it must on every exit, crash included.
  public func isOnAlternateScreen() throws -> Bool {
    try query("#{alternate_on}") == "1"
  }

  /// The pane's size in cells, as the program sees it.
  public func size() throws -> (columns: Int, rows: Int) {
    let fields = try query("#{pane_width} #{pane_height}").split(separator: " ")
    guard fields.count == 2, let columns = Int(fields[0]), let rows = Int(fields[1]) else {
      throw Failure.tmuxFailed(arguments: ["size"], status: -1, output: fields.joined())
    }
    return (columns, rows)
  }

  // MARK: - Waiting

  /// Waits until `text` appears on the screen, within a row or wrapped across full rows;
  /// returns that screen.
  @discardableResult
  public func waitFor(_ text: String, timeout: Duration = TmuxSession.defaultTimeout) throws
    -> [String]
  {
    try waitUntil("\"\(text)\"", timeout: timeout) { screen in
      screen.contains { $0.contains(text) } || screen.joined().contains(text)
    }
  }

  /// Waits until `text` is no longer on the screen; returns that screen.
  @discardableResult
  public func waitForAbsence(of text: String, timeout: Duration = TmuxSession.defaultTimeout)
    throws -> [String]
  {
    try waitUntil("\"\(text)\" to go away", timeout: timeout) { screen in
      !screen.contains { $0.contains(text) }
    }
  }

  /// Waits until `condition` holds for the screen; returns that screen. `description` names
  /// the condition in the timeout message.
  @discardableResult
  public func waitUntil(
    _ description: String, timeout: Duration = TmuxSession.defaultTimeout,
    _ condition: ([String]) -> Bool
  ) throws -> [String] {
    let deadline = ContinuousClock.now + timeout
    var screen: [String] = []
    while true {
      screen = try capture()
      if condition(screen) { return screen }
      if ContinuousClock.now >= deadline {
        throw Failure.timedOut(waitingFor: description, screen: screen)
      }
      Self.pause()
    }
  }

  /// Waits for the program to end and returns its exit status; a program killed by a signal
  /// reports `128 + signal`, the way a shell does. The screen stays readable afterwards.
  public func waitForExit(timeout: Duration = TmuxSession.defaultTimeout) throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let status = exitStatus() { return status }
      if ContinuousClock.now >= deadline {
        throw Failure.timedOut(waitingFor: "the program to exit", screen: try capture())
      }
      Self.pause()
    }
  }

  /// True while the program is still running.
  public func isRunning() -> Bool {
    exitStatus() == nil
  }

  private func exitStatus() -> Int32? {
    guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  // MARK: - Locating the binary

  /// The built `devrel-guide` executable: `DEVREL_GUIDE_BINARY` if set, else the one next to
  /// the test bundle (same build configuration), else `<package>/.build/debug/devrel-guide`.
  public static func guideBinary(filePath: String = #filePath) throws -> URL {
    try builtProduct("devrel-guide", filePath: filePath)
  }

  /// A product built by this package, found the way `guideBinary` finds `devrel-guide`.
  public static func builtProduct(_ name: String, filePath: String = #filePath) throws -> URL {
    var candidates: [URL] = []
    if let override = ProcessInfo.processInfo.environment["DEVREL_GUIDE_BINARY"],
      name == "devrel-guide"
    {
      candidates.append(URL(fileURLWithPath: override))
    }
    let testExecutable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath()
    var folder = testExecutable.deletingLastPathComponent()
    // On Linux the tests run as `<config>/devrel-guidePackageTests.xctest`; elsewhere the
    // bundle may be deeper, so walk up until the product is found or `.build` is reached.
    while folder.path != "/" && folder.lastPathComponent != ".build" {
      candidates.append(folder.appendingPathComponent(name))
      folder.deleteLastPathComponent()
    }
    let packageRoot = URL(fileURLWithPath: filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)"))

    if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }
    ) {
      return found
    }
    throw Failure.binaryMissing(
      "\(name) is not built; run `swift build` first (looked in "
        + candidates.map(\.path).joined(separator: ", ") + ")")
  }

  // MARK: - Running tmux

  private func query(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", target, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Runs one tmux client to completion and returns what it printed (see `Spawn`).
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["TMUX_PANE"] = nil
    // tmux decides from the client's locale whether to keep wide and accented characters.
    environment["LC_ALL"] = "C.UTF-8"
    environment["LANG"] = "C.UTF-8"
    let result = try Spawn.run(
      tmux, ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment,
      mergeErrors: true)
    guard result.status == 0 else {
      throw Failure.tmuxFailed(arguments: arguments, status: result.status, output: result.output)
    }
    return result.output
  }

  private static func pause() {
    usleep(20_000)
  }

  private static func executablePath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
