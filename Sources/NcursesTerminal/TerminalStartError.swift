/// Why the full-screen terminal could not start. The caller prints `description` to stderr,
/// or falls back to plain text when `allowsPlainText` is true.
public enum TerminalStartError: Error, Equatable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe or a file).
  case notATerminal
  /// `TERM` is unset or empty.
  case termNotSet
  /// terminfo has no entry for this `TERM`.
  case unknownTerminal(String)
  /// The terminal cannot move its cursor (`TERM=dumb`): print plain text instead.
  case noCursorAddressing(String)
  /// `COLUMNS` or `LINES` give a size no window has (see `SizeVariables`).
  case unusableSize(String)

  public var description: String {
    switch self {
    case .notATerminal:
      "devrel-guide: the interactive guide needs a terminal (standard input and output are not one)"
    case .termNotSet:
      "devrel-guide: TERM is not set — set TERM to a known type such as xterm-256color"
    case .unknownTerminal(let name):
      "devrel-guide: cannot use terminal type '\(name)' (TERM) — "
        + "set TERM to a known type such as xterm-256color"
    case .noCursorAddressing(let name):
      "devrel-guide: terminal type '\(name)' (TERM) cannot move the cursor — "
        + "set TERM to a known type such as xterm-256color"
    case .unusableSize(let problem):
      "devrel-guide: \(problem)"
    }
  }

  /// True when a plain, line-by-line output would still work on this terminal.
  public var allowsPlainText: Bool {
    switch self {
    case .notATerminal, .noCursorAddressing: true
    case .termNotSet, .unknownTerminal, .unusableSize: false
    }
  }
}
