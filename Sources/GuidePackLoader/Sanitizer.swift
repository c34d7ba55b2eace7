/// Makes pack text safe to put on a terminal.
///
/// Packs are untrusted: an escape sequence in a title could retitle the window or clear the
/// screen, and a bidi override could reorder what the reader sees. Escape shows as `␛`; other
/// control characters and bidi controls are dropped; line breaks and tabs become spaces.
public enum Sanitizer {
  public static func clean(_ text: String) -> String {
    if isPlain(text) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x1B: out.append("\u{241B}")
      case 0x09, 0x0A, 0x0D: out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: continue
      case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: continue
      default: out.append(scalar)
      }
    }
    return String(out).trimmingSpaces()
  }
}

extension Sanitizer {
  /// Printable ASCII with single spaces and nothing to trim: by far the common case.
  static func isPlain(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var previous: UInt8 = 0x20
      for byte in bytes {
        guard byte >= 0x20, byte < 0x7F, byte != 0x20 || previous != 0x20 else { return false }
        previous = byte
      }
      return previous != 0x20
    }
  }
}

extension String {
  /// Drops leading and trailing spaces and collapses runs of spaces inside to one.
  func trimmingSpaces() -> String {
    split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
