/// Makes pack text safe to put on a terminal.
///
/// Packs are untrusted: an escape sequence in a title could retitle the window or clear the
/// screen, and a bidi override could reorder what the reader sees. Escape shows as `␛`; other
/// control characters and bidi controls are dropped; line breaks and tabs become spaces.
///
/// Emoji joined into one picture (a zero-width joiner between them, a skin tone, a variation
/// selector) are taken apart into their plain emoji: terminals disagree on how many cells such
/// a sequence takes, and curses counts each emoji on its own, so a joined one would push the
/// rest of the row out of place. Apart, each character is one scalar, measured the same way by
/// the layout, by curses and by the terminal.
public enum Sanitizer {
  public static func clean(_ text: String) -> String {
    if isPlain(text) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x20...0x7E: out.append(scalar)
      case 0x1B: out.append("\u{241B}")
      case 0x09, 0x0A, 0x0D: out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: continue
      case _ where isBidiControl(scalar): continue
      case _ where joinsEmoji(scalar, after: out.last): continue
      default: out.append(scalar)
      }
    }
    return String(out).trimmingSpaces()
  }

  /// A skin tone, an emoji variation selector, or a zero-width joiner after an emoji. (A joiner
  /// elsewhere shapes letters in scripts such as Devanagari, takes no cell, and stays.)
  static func joinsEmoji(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
    if (0x1F3FB...0x1F3FF).contains(scalar.value) || scalar.value == 0xFE0F { return true }
    guard scalar.value == 0x200D, let previous else { return false }
    return previous.properties.isEmoji && previous.value > 0xFF
  }

  /// Text of several lines made safe to print as it is: line breaks and tabs stay, escape shows
  /// as `␛`, other control characters and bidi controls go. For whole outputs (a topic, a
  /// list of issues) where `clean`'s joining of lines would be wrong.
  ///
  /// Printable ASCII, line breaks and tabs are kept without asking Unicode's tables about them:
  /// every printed line ends in a line break, and asking for each of its characters made
  /// printing a 30 MB paragraph take seconds.
  public static func printable(_ text: String) -> String {
    guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 >= 0x7F })
    else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x20...0x7E: out.append(scalar)
      case 0x1B: out.append("\u{241B}")
      case 0x09, 0x0A: out.append(scalar)
      case 0x00...0x1F, 0x7F...0x9F: continue
      case _ where isBidiControl(scalar): continue
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Every character Unicode lists as a bidi control: marks (ALM U+061C, LRM, RLM), embeddings
  /// and overrides (U+202A–U+202E), and isolates (U+2066–U+2069). Any of them can make a
  /// terminal show text in an order other than the one it was written in.
  static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isBidiControl
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
