import Foundation
import Testing

/// The real binary's bytes, read from a pseudo-terminal (tmux 3.3a drops OSC 8, so it cannot
/// show whether the guide sent one): a page's addresses go out as OSC 8 hyperlinks around
/// their text, and not at all where they must not.
struct HyperlinkEndToEndTests {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("devrel-guide-links-\(UUID().uuidString)")

  /// A one-page pack whose page cites an address bare and one behind a label.
  func makePack() throws -> String {
    let pack = folder.appendingPathComponent("pack")
    try FileManager.default.createDirectory(
      at: pack.appendingPathComponent("topics"), withIntermediateDirectories: true)
    try """
    id: links
    title: Links
    version: "1"
    language: en
    home:
      - topic: cited
    """.write(to: pack.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    try """
    id: cited
    title: Cited
    summary: A page with sources.
    body:
      - text: "Read https://example.org/a;b and [the book](https://example.org/book)."
    checked: 2026-12
    """.write(
      to: pack.appendingPathComponent("topics/cited.yaml"), atomically: true, encoding: .utf8)
    return pack.path
  }

  func environment(term: String = "xterm-256color", extra: [String: String] = [:]) -> [String:
    String]
  {
    [
      "PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8", "TERM": term,
      "XDG_DATA_HOME": folder.appendingPathComponent("share").path,
      "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
      "SWIFT_BACKTRACE": "interactive=no",
    ].merging(extra) { $1 }
  }

  /// Opens the page in the full-screen guide, quits, and returns every byte the guide wrote.
  func openThePage(
    _ arguments: [String] = [], term: String = "xterm-256color",
    extra: [String: String] = [:]
  ) throws -> String {
    let program = try PseudoTerminalProgram(
      try TmuxSession.guideBinary().path,
      ["--home", "--content", try makePack()] + arguments,
      environment: environment(term: term, extra: extra))
    defer { program.end() }
    try program.wait(for: "A page with sources.")
    try program.write("\r")
    try program.wait(for: "Esc")
    try program.write("q")
    let output = try program.readToEnd()
    #expect(program.exitStatus() == 0)
    return output
  }

  static let osc8 = "\u{1B}]8;;"

  /// A screen without links (the home menu) costs not one byte more with hyperlinks on.
  @Test func aScreenWithoutLinksSendsTheSameBytesEitherWay() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let pack = try makePack()
    var outputs: [String] = []
    for arguments in [[], ["--no-hyperlinks"]] {
      let program = try PseudoTerminalProgram(
        try TmuxSession.guideBinary().path, ["--home", "--content", pack] + arguments,
        environment: environment())
      defer { program.end() }
      try program.wait(for: "A page with sources.")
      try program.write("q")
      outputs.append(try program.readToEnd())
      #expect(program.exitStatus() == 0)
    }
    #expect(outputs[0] == outputs[1])
    #expect(!outputs[0].contains("\u{1B}]8"))
  }

  /// The link's text is written again in its own look: underlined and cyan, or only
  /// underlined with colours off.
  @Test(
    arguments: [([], "\u{1B}[0;4;36m"), (["--color", "never"], "\u{1B}[0;4m")]
      as [([String], String)])
  func eachAddressIsAHyperlinkAroundItsOwnText(_ arguments: [String], look: String) throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let sent = try openThePage(arguments)
    // Each address's one id (checked below), left out so the rest reads as the bytes sent.
    let output = sent.replacing(/\x1B\]8;id=dg[0-9a-f]+;/, with: Self.osc8)
    let ids = Set(
      sent.matches(of: /\x1B\]8;(id=dg[0-9a-f]+);https:\/\/example.org\/book/).map(\.output.1))
    #expect(ids.count == 1)
    #expect(
      output.contains(
        "\(Self.osc8)https://example.org/a%3Bb\u{1B}\\\(look)https://example.org/a;b"
          + "\(Self.osc8)\u{1B}\\"))
    #expect(
      output.contains(
        "\(Self.osc8)https://example.org/book\u{1B}\\\(look)the book (https://example.org/book)"
          + "\(Self.osc8)\u{1B}\\"))
    // Every link opened is closed again.
    #expect(
      output.components(separatedBy: "\(Self.osc8)https://").count
        == output.components(separatedBy: "\(Self.osc8)\u{1B}\\").count)
  }

  @Test(
    arguments: [
      (["--no-hyperlinks"], "xterm-256color", [:]),
      ([], "xterm-256color", ["DEVREL_GUIDE_HYPERLINKS": "0"]),
      ([], "xterm-256color", ["DEVREL_GUIDE_HYPERLINKS": "false"]),
      ([], "xterm-256color", ["DEVREL_GUIDE_HYPERLINKS": "Off"]),
      ([], "linux", [:]),
    ] as [([String], String, [String: String])])
  func noHyperlinkWhenTurnedOffOrOnTheLinuxConsole(
    _ arguments: [String], term: String, extra: [String: String]
  ) throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try openThePage(arguments, term: term, extra: extra)
    #expect(output.contains("https://example.org/a;b"))
    #expect(!output.contains("\u{1B}]8"))
  }

  @Test func noHyperlinkWhenPiped() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let pack = try makePack()
    for arguments in [["--content", pack], ["--content", pack, "show", "cited"]] {
      let result = try Spawn.run(
        try TmuxSession.guideBinary().path, arguments, environment: environment())
      #expect(result.status == 0)
      #expect(!result.output.contains("\u{1B}"))
    }
    let shown = try Spawn.run(
      try TmuxSession.guideBinary().path, ["--content", pack, "show", "cited"],
      environment: environment())
    #expect(shown.output.contains("https://example.org/a;b"))
  }
}

/// A program run on a pseudo-terminal of 80x24, so it sees a terminal, with every byte it
/// writes kept for the test.
final class PseudoTerminalProgram {
  let pid: pid_t
  let master: Int32
  private(set) var received = Data()
  private var status: Int32?

  /// `ownProcessGroup`: the program leads a process group of its own, whose parent (the test)
  /// is in another group of the same session, so the group is not orphaned and a stop signal
  /// (Ctrl-Z's SIGTSTP) really stops it; the kernel discards one sent to an orphaned group.
  init(
    _ executable: String, _ arguments: [String], environment: [String: String],
    ownProcessGroup: Bool = false
  ) throws {
    // Swift's Glibc module leaves out the pseudo-terminal calls (they need _XOPEN_SOURCE).
    guard let openpt: @convention(c) (Int32) -> Int32 = Self.libc("posix_openpt"),
      let grantpt: @convention(c) (Int32) -> Int32 = Self.libc("grantpt"),
      let unlockpt: @convention(c) (Int32) -> Int32 = Self.libc("unlockpt"),
      let ptsname: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>? = Self.libc("ptsname")
    else { throw POSIXError(.ENOSYS) }
    master = openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master)
    else { throw POSIXError(.ENOTTY) }
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slave = String(cString: name)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR | O_NOCTTY, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    Spawn.startWithDefaultSignals(&attributes)
    if ownProcessGroup {
      var flags: Int16 = 0
      posix_spawnattr_getflags(&attributes, &flags)
      posix_spawnattr_setflags(&attributes, flags | Int16(POSIX_SPAWN_SETPGROUP))
      posix_spawnattr_setpgroup(&attributes, 0)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var child = pid_t()
    let spawned = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      close(master)
      throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
    }
    pid = child
  }

  /// A C library function by name, as the given function type.
  static func libc<Function>(_ name: String) -> Function? {
    dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: Function.self) }
  }

  /// Reads what has arrived until `text` is among it, polling for up to ten seconds.
  func wait(for text: String) throws {
    let deadline = Date().addingTimeInterval(10)
    while !String(decoding: received, as: UTF8.self).contains(text) {
      guard Date() < deadline, readSome() else {
        throw POSIXError(.ETIMEDOUT)
      }
    }
  }

  /// Reads until `text` is among what arrived after the first `offset` bytes (`within`
  /// seconds at most); returns how many bytes had arrived then.
  @discardableResult
  func wait(for text: String, after offset: Int, within seconds: Double = 10) throws -> Int {
    let deadline = Date().addingTimeInterval(seconds)
    while !String(decoding: received.dropFirst(offset), as: UTF8.self).contains(text) {
      guard Date() < deadline, readSome() else {
        throw POSIXError(.ETIMEDOUT)
      }
    }
    return received.count
  }

  /// Reads until nothing has arrived for `quiet` seconds (ten seconds at most): the program
  /// has finished writing its frame and waits for a key.
  func waitUntilQuiet(_ quiet: Double = 0.3) throws {
    let deadline = Date().addingTimeInterval(10)
    var count = received.count
    var lastChange = Date()
    while Date().timeIntervalSince(lastChange) < quiet {
      guard Date() < deadline, readSome() else { throw POSIXError(.ETIMEDOUT) }
      if received.count != count { (count, lastChange) = (received.count, Date()) }
    }
  }

  /// Whether the program is stopped (Ctrl-Z), waiting up to `seconds` for it to stop while
  /// reading what it writes meanwhile.
  func waitUntilStopped(within seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
      var raw: Int32 = 0
      // WIFSTOPPED is a macro Swift cannot import: a stopped child reports 0x7F in the low byte.
      if waitpid(pid, &raw, WUNTRACED | WNOHANG) == pid, raw & 0xFF == 0x7F { return true }
      _ = readSome()
    } while Date() < deadline
    return false
  }

  /// Whether `signal` waits to be delivered to the program (blocked, or not yet run): one sent
  /// while curses ignores it is not kept, so only then is it worth sending again.
  func hasPending(_ signal: Int32) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    else { return false }
    return status.split(separator: "\n").contains { line in
      guard line.hasPrefix("SigPnd:") || line.hasPrefix("ShdPnd:"),
        let mask = UInt64(line.split(separator: "\t").last ?? "", radix: 16)
      else { return false }
      return mask & (1 << UInt64(signal - 1)) != 0
    }
  }

  /// Everything the program wrote, once it has closed the terminal (ten seconds at most).
  func readToEnd() throws -> String {
    let deadline = Date().addingTimeInterval(10)
    while readSome() {
      guard Date() < deadline else { throw POSIXError(.ETIMEDOUT) }
    }
    return String(decoding: received, as: UTF8.self)
  }

  /// One poll of up to 100 ms and what it brought; false once the terminal is closed.
  private func readSome() -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 100) > 0 else { return true }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &buffer, buffer.count)
    guard count > 0 else { return false }
    received.append(contentsOf: buffer[0..<count])
    return true
  }

  func write(_ text: String) throws {
    let bytes = Array(text.utf8)
    guard Glibc.write(master, bytes, bytes.count) == bytes.count else { throw POSIXError(.EIO) }
  }

  /// The exit status once the program has ended (waiting for it), or 128 + its signal.
  func exitStatus() -> Int32 {
    if let status { return status }
    var raw: Int32 = 0
    while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
    let value = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
    status = value
    return value
  }

  /// Ends the program if it still runs, and closes the terminal.
  func end() {
    if status == nil {
      kill(pid, SIGKILL)
      _ = exitStatus()
    }
    close(master)
  }
}
