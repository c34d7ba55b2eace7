import Foundation

/// Runs a program to completion with files for its standard streams.
///
/// `posix_spawn` and `waitpid` rather than Foundation's `Process`, whose reaping stalls when
/// parallel tests start processes at once. Streams go to files opened only in the child, so no
/// pipe can be held open by a daemonised server or another test's child. Test threads may block
/// or ignore signals and a child inherits both, so the child starts with none blocked and all
/// at their defaults.
enum Spawn {
  struct Result {
    /// The exit status, or 128 + the signal that ended it.
    var status: Int32
    var stdout: Data
    var stderr: Data
    /// The most memory the program had resident at once, in KiB (`ru_maxrss`).
    var maxResidentKiB = 0

    var output: String { String(decoding: stdout, as: UTF8.self) }
    var errors: String { String(decoding: stderr, as: UTF8.self) }
  }

  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String],
    stdin: Data = Data(), mergeErrors: Bool = false
  ) throws -> Result {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("dg-spawn-\(UUID().uuidString)").path
    let (inPath, outPath, errPath) = (base + ".in", base + ".out", base + ".err")
    defer { for path in [inPath, outPath, errPath] { unlink(path) } }
    try stdin.write(to: URL(fileURLWithPath: inPath))

    let argv = ([executable] + arguments).map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if mergeErrors {
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
    } else {
      posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    startWithDefaultSignals(&attributes)

    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv + [nil], envp + [nil])
    guard spawned == 0 else {
      throw SpawnError(message: "\(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    // WIFEXITED/WEXITSTATUS are macros Swift cannot import.
    let exited = status & 0x7F == 0
    return Result(
      status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
      stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
      stderr: FileManager.default.contents(atPath: errPath) ?? Data(),
      maxResidentKiB: usage.ru_maxrss)
  }

  /// Makes a child start with no signal blocked and every signal at its default action.
  static func startWithDefaultSignals(_ attributes: inout posix_spawnattr_t) {
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  }

  struct SpawnError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
