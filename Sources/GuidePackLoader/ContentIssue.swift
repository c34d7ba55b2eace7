/// One problem found while loading a pack, placed at a file, line and column.
package struct ContentIssue: Sendable, Equatable, CustomStringConvertible {
  package enum Severity: String, Sendable {
    case error
    case warning
  }

  package var file: String
  package var line: Int
  package var column: Int
  package var severity: Severity
  package var message: String

  /// The file name and the message are cleaned: both can carry text from the pack (a folder's
  /// name, a YAML key), and they are printed as they are.
  package init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
    self.file = Sanitizer.clean(file)
    self.line = line
    self.column = column
    self.severity = severity
    self.message = Sanitizer.clean(message)
  }

  /// `FILE:LINE:COL: error: message`, the form compilers use, so editors can jump to it.
  package var description: String {
    "\(file):\(line):\(column): \(severity.rawValue): \(message)"
  }
}

/// A pack that could not be loaded, with every error and warning found.
package struct ContentError: Error, Sendable, CustomStringConvertible {
  package var issues: [ContentIssue]

  package init(issues: [ContentIssue]) { self.issues = issues }

  package var description: String { issues.map(\.description).joined(separator: "\n") }
}
