import ArgumentParser

/// The exit codes, as documented in `--help` and the README (sysexits.h where one fits).
extension ExitCode {
  static let nothingFound = ExitCode(1)
  static let terminalUnusable = ExitCode(1)
  static let usage = ExitCode(64)
  static let badContent = ExitCode(65)
  static let missingInput = ExitCode(66)
  static let outputFailed = ExitCode(74)
  static let noHomeFolder = ExitCode(78)

  static let documentation = """
    Exit codes: 0 success; 1 nothing found, or the terminal cannot be used; 64 usage error; \
    65 bad content pack, or a posting that is not text; 66 missing input; 74 output could not be written; 78 HOME unset (nowhere to keep results); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).
    """
}
