import Foundation
import Testing

/// The real binary run without a terminal (files and pipes), for the robustness tests: start
/// it, wait for it with a deadline, send it signals.
///
/// `posix_spawn` and `waitpid` rather than Foundation's `Process`, for the reason `TmuxSession`
/// gives; every descriptor the parent opens is close-on-exec, so no other test's child can hold
/// a pipe open.
struct RobustnessProcess {
  /// What the program's standard input is.
  enum Input {
    case file(String)
    /// A pipe nobody writes to and that stays open until the program ends.
    case openPipe
  }

  let pid: pid_t
  /// The write end of an `.openPipe`, closed once the program has been reaped.
  private let pipeWriter: Int32?

  /// Starts `arguments` (the program first) with exactly `environment`, standard output and
  /// error going to the given files.
  init(
    _ arguments: [String], environment: [String: String], input: Input, output: String,
    errors: String
  ) throws {
    #if os(Linux)
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #else
      var actions: posix_spawn_file_actions_t?
      var attributes: posix_spawnattr_t?
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var writer: Int32?
    var reader: Int32?
    switch input {
    case .file(let path):
      posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
    case .openPipe:
      var ends: [Int32] = [0, 0]
      guard pipe(&ends) == 0 else { throw Self.failure("pipe", errno) }
      // pipe2 is not imported; another test spawning between these lines only gets a copy
      // that it closes when it execs or exits.
      for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
      posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
      reader = ends[0]
      writer = ends[1]
    }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    Spawn.startWithDefaultSignals(&attributes)

    let argv = arguments.map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv + [nil], envp + [nil])
    if let reader { close(reader) }
    if spawned != 0, let writer { close(writer) }
    guard spawned == 0 else { throw Self.failure("posix_spawn", spawned) }
    self.pid = pid
    self.pipeWriter = writer
  }

  /// Waits for the program to end and returns its status the way a shell reports it
  /// (`128 + signal` when killed); nil if it is still running at the deadline.
  func wait(timeout: Duration = .seconds(10)) -> Int32? {
    let deadline = ContinuousClock.now + timeout
    var status: Int32 = 0
    while true {
      let reaped = waitpid(pid, &status, WNOHANG)
      if reaped == pid { break }
      if reaped == -1 && errno != EINTR { return nil }
      if ContinuousClock.now >= deadline { return nil }
      usleep(2_000)
    }
    if let pipeWriter { close(pipeWriter) }
    // WIFEXITED/WEXITSTATUS are macros Swift cannot import.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }

  /// Kills a program that outlived its test, and reaps it.
  func killAndReap() {
    _ = kill(pid, SIGKILL)
    _ = wait(timeout: .seconds(5))
  }

  /// Runs `arguments` to completion (or to the deadline, when it is killed and nil returned).
  static func run(
    _ arguments: [String], environment: [String: String], input: Input, output: String,
    errors: String, timeout: Duration = .seconds(10)
  ) throws -> Int32? {
    let process = try RobustnessProcess(
      arguments, environment: environment, input: input, output: output, errors: errors)
    if let status = process.wait(timeout: timeout) { return status }
    process.killAndReap()
    return nil
  }

  private static func failure(_ what: String, _ code: Int32) -> TmuxSession.Failure {
    .tmuxFailed(arguments: [what], status: code, output: String(cString: strerror(code)))
  }
}

/// A temporary folder with the XDG data and state folders the robustness tests point the
/// guide at, and the paths of the files it keeps there.
struct RobustnessFolder {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("devrel-guide-robust-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  var data: URL { root.appendingPathComponent("share", isDirectory: true) }
  var state: URL { root.appendingPathComponent("state", isDirectory: true) }

  /// The bundled pack's data folder, where `history.json` lives.
  var packData: URL { data.appendingPathComponent("devrel-guide/packs/devrel-guide") }
  var history: URL { packData.appendingPathComponent("history.json") }

  func file(_ name: String) -> String { root.appendingPathComponent(name).path }

  /// For `TmuxSession(environment:)`.
  var xdg: [String: String?] { ["XDG_DATA_HOME": data.path, "XDG_STATE_HOME": state.path] }

  /// A complete environment for a program run without tmux.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": root.path,
      "XDG_DATA_HOME": data.path, "XDG_STATE_HOME": state.path,
      "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no",
    ]
    for (name, value) in extra { environment[name] = value }
    return environment
  }

  /// A file answering every quiz question with 3 (valid for ratings and knowledge questions).
  func answers() throws -> String {
    let path = file("answers.txt")
    if !FileManager.default.fileExists(atPath: path) {
      try String(repeating: "3\n", count: 36).write(toFile: path, atomically: true, encoding: .utf8)
    }
    return path
  }

  /// Runs `devrel-guide quiz --plain` to the end with every answer 3; returns its status.
  func plainQuiz(binary: String, tag: String = "quiz") throws -> Int32? {
    try RobustnessProcess.run(
      [binary, "quiz", "--plain"], environment: environment(), input: .file(try answers()),
      output: file("\(tag).out"), errors: file("\(tag).err"))
  }

  /// The attempts in `history.json`, or nil when it is missing or not the expected JSON.
  func savedAttempts() -> Int? {
    guard let data = FileManager.default.contents(atPath: history.path),
      let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      json["format"] as? Int == 1,
      let document = json["document"] as? [String: Any],
      let attempts = document["attempts"] as? [Any]
    else { return nil }
    return attempts.count
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Helpers for driving the full-screen guide in tmux.
enum RobustnessScreen {
  /// Answers every question with 3 (or the first option past feedback) until results show.
  static func answerUntilResults(_ session: TmuxSession) throws {
    for _ in 0..<120 {
      let screen = try session.screenText()
      if screen.contains("Results of") { return }
      if screen.contains("Next question") || screen.contains("See your results") {
        try session.sendKeys("1")
        try session.waitForAbsence(of: "Read more:")
      } else if let range = screen.range(of: #"Question \d+ of"#, options: .regularExpression) {
        let label = String(screen[range])
        try session.sendKeys("3")
        try session.waitUntil("the next screen") {
          !$0.joined().contains(label) || $0.joined().contains("Read more:")
        }
      }
    }
    throw TmuxSession.Failure.tmuxFailed(
      arguments: [], status: -1, output: "no results after 120 steps")
  }

  /// Answers `count` questions from the first one, moving past feedback screens.
  static func answer(_ count: Int, in session: TmuxSession) throws {
    for number in 1...count {
      try session.waitFor("Question \(number) of 36")
      try session.sendKeys("2")
      let next = try session.waitUntil("the next screen") { screen in
        screen.joined().contains("Next question")
          || screen.joined().contains("Question \(number + 1) of")
      }
      if next.joined().contains("Next question") { try session.sendKeys("1") }
    }
    try session.waitFor("Question \(count + 1) of 36")
  }

  /// The number of terminal cells `line` takes: 2 for East Asian wide characters and most
  /// emoji, 0 for combining marks and joiners, 1 otherwise. Close enough to `wcwidth` for
  /// the characters these tests use.
  static func cells(_ line: String) -> Int {
    line.unicodeScalars.reduce(0) { total, scalar in
      let value = scalar.value
      switch value {
      case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return total
      case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
        return total + 2
      default: return total + 1
      }
    }
  }

  /// The bytes waiting in the terminal's input queue for `pid`, which reads its standard
  /// input from the pane; nil when that cannot be seen.
  static func pendingInput(of pid: pid_t) -> Int? {
    let descriptor = open("/proc/\(pid)/fd/0", O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var pending: Int32 = 0
    guard ioctl(descriptor, UInt(FIONREAD), &pending) == 0 else { return nil }
    return Int(pending)
  }
}

/// A small, fixed-seed random number generator (SplitMix64), so random tests repeat exactly.
struct RobustnessRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
