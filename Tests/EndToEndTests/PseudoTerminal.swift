import Foundation

/// The real binary on a pseudo-terminal of the test's own, for what tmux cannot do: stop
/// reading the program's output, the way a stuck ssh link does, while still typing and
/// signalling.
///
/// The program is a session leader with the terminal as its controlling terminal, so Ctrl-C
/// written to the terminal reaches it as SIGINT, as in a real window.
final class PseudoTerminal {
  let pid: pid_t
  /// The controlling side: what is written to it is typed, what the program prints is read
  /// from it.
  private let controller: Int32
  /// The path of the program's side, for looking at its modes.
  let programSide: String
  /// Everything read from the program so far.
  private(set) var output: [UInt8] = []
  private var reaped: Int32?

  init(
    _ arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 24
  ) throws {
    // posix_openpt, unlockpt and ptsname are not imported: the Linux ioctls they wrap,
    // TIOCSPTLCK and TIOCGPTN, whose values Swift cannot import either.
    controller = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard controller >= 0, ioctl(controller, 0x4004_5431, &unlock) == 0,
      ioctl(controller, 0x8004_5430, &number) == 0
    else {
      throw Spawn.SpawnError(message: "/dev/ptmx: \(String(cString: strerror(errno)))")
    }
    programSide = "/dev/pts/\(number)"
    var size = winsize(
      ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(controller, UInt(TIOCSWINSZ), &size)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid, by a session leader without a terminal: it becomes the controlling
    // terminal.
    posix_spawn_file_actions_addopen(&actions, 0, programSide, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    Spawn.startWithDefaultSignals(&attributes)
    // POSIX_SPAWN_SETSID (glibc's 0x80), which Swift does not import.
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | 0x80))

    let argv = arguments.map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv + [nil], envp + [nil])
    guard spawned == 0 else {
      close(controller)
      throw Spawn.SpawnError(message: "posix_spawn: \(String(cString: strerror(spawned)))")
    }
    self.pid = pid
  }

  deinit {
    if reaped == nil {
      kill(pid, SIGKILL)
      _ = waitForExit(timeout: .seconds(5))
    }
    close(controller)
  }

  /// Types `bytes`.
  func type(_ bytes: [UInt8]) {
    var sent = 0
    while sent < bytes.count {
      let written = bytes[sent...].withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return }
      sent += written
    }
  }

  /// Reads what the program printed until `text` is among it; false at the deadline.
  func read(until text: String, timeout: Duration = .seconds(10)) -> Bool {
    let deadline = ContinuousClock.now + timeout
    let wanted = Array(text.utf8)
    var buffer = [UInt8](repeating: 0, count: 65536)
    while ContinuousClock.now < deadline {
      if output.count >= wanted.count, Self.contains(output, wanted) { return true }
      var ready = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
      guard poll(&ready, 1, 20) > 0 else { continue }
      let count = buffer.withUnsafeMutableBytes { Glibc.read(controller, $0.baseAddress, $0.count) }
      if count > 0 { output += buffer[0..<count] }
      if count <= 0, errno != EINTR, errno != EAGAIN { return false }
    }
    return Self.contains(output, wanted)
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }

  /// True while the program's main thread is blocked writing to its standard output (or
  /// error): the terminal has stopped taking what it prints.
  var isBlockedWritingOutput: Bool {
    guard
      let call = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8)
    else { return false }
    let fields = call.split(separator: " ")
    // write(2) is system call 1 on x86-64 and 64 on arm64; its first argument, the descriptor.
    #if arch(x86_64)
      let write = "1"
    #else
      let write = "64"
    #endif
    return fields.count > 1 && fields[0] == write && (fields[1] == "0x1" || fields[1] == "0x2")
  }

  /// The exit status (`128 + signal` when killed), or nil if still running at the deadline.
  func waitForExit(timeout: Duration = .seconds(10)) -> Int32? {
    if let reaped { return reaped }
    let deadline = ContinuousClock.now + timeout
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result == -1, errno != EINTR { return nil }
      if ContinuousClock.now >= deadline { return nil }
      usleep(1_000)
    }
    let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    reaped = code
    return code
  }

  /// The modes of the program's side of the terminal, as the shell after it would find them.
  func modes() -> termios? {
    let side = open(programSide, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
    guard side >= 0 else { return nil }
    defer { close(side) }
    var modes = termios()
    return tcgetattr(side, &modes) == 0 ? modes : nil
  }
}
