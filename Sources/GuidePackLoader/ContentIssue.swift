/// One problem found while loading a pack, placed at a file, line and column.
public struct ContentIssue: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public var file: String
  public var line: Int
  public var column: Int
  public var severity: Severity
  public var message: String

  /// The file name and the message are cleaned: both can carry text from the pack (a folder's
  /// name, a YAML key), and they are printed as they are.
  public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
    self.file = Sanitizer.clean(file)
    self.line = line
    self.column = column
    self.severity = severity
    self.message = Sanitizer.clean(message)
  }

  /// `FILE:LINE:COL: error: message`, the form compilers use, so editors can jump to it.
  public var description: String {
    "\(file):\(line):\(column): \(severity.rawValue): \(message)"
  }
}

/// A pack that could not be loaded, with every error and warning found.
public struct ContentError: Error, Sendable, CustomStringConvertible {
  public var issues: [ContentIssue]

  public init(issues: [ContentIssue]) { self.issues = issues }

  public var description: String { issues.map(\.description).joined(separator: "\n") }
}
