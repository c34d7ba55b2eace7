import FoundationEssentials
import Glibc

/// Why the store could not do what was asked.
///
/// `description` is one line meant for the app's status line, so the user learns that
/// their results were not saved and why, without a stack trace or a crash.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What kind of failure this is, for callers that want to react differently.
  public enum Kind: Equatable, Sendable {
    /// The folder could not be created, or it exists but cannot be written to.
    case folderUnavailable
    /// The file was written by a newer version; we must not overwrite it.
    case newerFormat
    /// The existing file could not be read (permissions, not a regular file, ...).
    case unreadable
    /// A damaged file could not be moved aside, so it was kept as it was.
    case quarantineFailed
    /// The lock file could not be opened or locked.
    case lockFailed
    /// The document could not be turned into JSON.
    case encodingFailed
    /// The new content could not be written.
    case writeFailed
    /// The file could not be deleted.
    case removeFailed
  }

  public var kind: Kind
  /// The file or folder concerned.
  public var path: String
  /// What went wrong as a short clause, e.g. "could not read history.json: Permission denied".
  public var detail: String

  public init(_ kind: Kind, path: String, detail: String) {
    self.kind = kind
    self.path = path
    self.detail = detail
  }

  public var description: String {
    switch kind {
    case .removeFailed: Self.singleLine(detail)
    default: saying("results were not saved")
    }
  }

  /// One line: `what` (such as "Progress marks were not saved"), then why.
  public func saying(_ what: String) -> String {
    Self.singleLine("\(what): \(detail)")
  }

  /// Paths and decoder messages may contain newlines or escape characters; a status line
  /// must not, or it would break the screen layout.
  static func singleLine(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\t": scalars.append(" ")
      case _ where scalar.properties.generalCategory == .control: scalars.append("?")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}

extension StoreError: LocalizedError {
  public var errorDescription: String? { description }
}

/// The text for the current `errno`, e.g. "Permission denied".
func errnoText(_ code: Int32) -> String {
  String(cString: strerror(code))
}
