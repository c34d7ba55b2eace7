/// How a command ends when it does not succeed: the process's exit code, as documented in
/// `--help` and the README (sysexits.h where one fits). The message is printed before.
public struct ExitStatus: Error, Equatable, Sendable {
  public let code: Int32

  public init(_ code: Int32) { self.code = code }

  public static let nothingFound = ExitStatus(1)
  public static let terminalUnusable = ExitStatus(1)
  public static let usage = ExitStatus(64)
  public static let badContent = ExitStatus(65)
  public static let missingInput = ExitStatus(66)
  public static let outputFailed = ExitStatus(74)
  /// A limit of the system (`ulimit -n`) too low to run at all.
  public static let systemLimit = ExitStatus(71)
  public static let noHomeFolder = ExitStatus(78)

  public static let documentation = """
    Exit codes: 0 success; 1 nothing found, or the terminal cannot be used; 64 usage error; \
    65 bad content pack, or a posting that is not text; 66 missing input; 71 too few open files allowed (ulimit -n); 74 output could not be written, or a posting needs more memory than ulimit -v leaves; 78 HOME unset (nowhere to keep results); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).
    """
}
