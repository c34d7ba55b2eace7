/// A posting's bytes as text, or why they are not a posting.
public enum PostingInput {
  /// Far above any real posting (a few kilobytes), low enough to read and hold at once.
  public static let maxBytes = 4 * 1024 * 1024

  public enum NotText: Error, Equatable, CustomStringConvertible {
    case tooLarge
    case nulBytes
    case notUTF8(invalid: Int)

    public var description: String {
      switch self {
      case .tooLarge: return "is larger than \(PostingInput.maxBytes / 1024 / 1024) MB"
      case .nulBytes: return "holds NUL bytes, so it is not text"
      case .notUTF8(let invalid):
        return "is not UTF-8 text (\(invalid) bytes could not be read)"
      }
    }
  }

  /// The text, and how many invalid bytes became U+FFFD. A few are repaired (a stray Latin-1
  /// letter in an otherwise UTF-8 file); more than four, and more than one byte in a hundred,
  /// means binary data or another encoding, which would read as noise.
  public static func decode(_ bytes: [UInt8]) throws(NotText) -> (text: String, repaired: Int) {
    guard bytes.count <= maxBytes else { throw .tooLarge }
    guard !bytes.contains(0) else { throw .nulBytes }
    var invalid = 0
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    parsing: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid: continue
      case .error(let length): invalid += length
      case .emptyInput: break parsing
      }
    }
    guard invalid <= max(4, bytes.count / 100) else { throw .notUTF8(invalid: invalid) }
    return (String(decoding: bytes, as: UTF8.self), invalid)
  }
}
