import Glibc

/// What the process checks and sets before any command runs, so that a resource limit
/// (`ulimit`) gives a clear message and an exit code instead of a crash or a silent default.
public enum ProcessLimits {
  /// The open files the hungriest command needs at once, beyond standard input, output and
  /// error: the full-screen guide (terminal, terminfo, saved files and their locks) and
  /// `validate` (a pack's files read on several threads) both stay within it, measured with
  /// `ulimit -n`.
  public static let minimumOpenFiles = 16

  /// Ignores SIGXFSZ, so a write past the file-size limit (`ulimit -f`) fails with EFBIG and
  /// is told like any other write error, its temporary file removed, instead of killing the
  /// process; and refuses to start with fewer open files than `minimumOpenFiles` (exit 71):
  /// with three, not even the command line could be read, and every argument was ignored.
  public static func prepare() throws(ExitStatus) {
    signal(SIGXFSZ, SIG_IGN)
    var limit = rlimit()
    guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0,
      limit.rlim_cur != rlim_t.max,
      limit.rlim_cur < rlim_t(minimumOpenFiles)
    else { return }
    printError(
      "devrel-guide: too few open files allowed (ulimit -n is \(limit.rlim_cur)); "
        + "devrel-guide needs at least \(minimumOpenFiles)")
    throw .systemLimit
  }
}
