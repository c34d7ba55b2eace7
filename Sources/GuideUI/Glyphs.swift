/// The drawing characters for a terminal: Unicode where it shows UTF-8, ASCII elsewhere.
///
/// In a non-UTF-8 locale every string is also transliterated, so `LANG=C` shows `'` and `-`
/// instead of mojibake; characters with no ASCII form become `?`.
public struct Glyphs: Sendable {
  public let unicode: Bool

  public init(unicode: Bool) { self.unicode = unicode }

  public var marker: String { unicode ? "›" : ">" }
  public var separator: String { unicode ? " › " : " > " }
  public var ellipsis: String { unicode ? "…" : "..." }
  public var horizontal: String { unicode ? "─" : "-" }
  public var vertical: String { unicode ? "│" : "|" }
  public var corners: (String, String, String, String) {
    unicode ? ("┌", "┐", "└", "┘") : ("+", "+", "+", "+")
  }
  public var filled: String { unicode ? "█" : "#" }
  public var empty: String { unicode ? "░" : "." }
  public var check: String { unicode ? "✓" : "+" }
  public var cross: String { unicode ? "✗" : "x" }
  public var upDown: String { unicode ? "↑↓" : "up/down" }
  public var bullet: String { unicode ? "•" : "-" }
  public var arrow: String { unicode ? "→" : "->" }

  /// The text as this terminal can show it.
  public func text(_ text: String) -> String {
    guard !unicode else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        out.unicodeScalars.append(scalar)
      } else if let replacement = Glyphs.asciiForms[scalar.value] {
        out += replacement
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else {
        out += "?"
      }
    }
    return out
  }

  private static let asciiForms: [UInt32: String] = [
    0x2018: "'", 0x2019: "'", 0x201C: "\"", 0x201D: "\"", 0x2013: "-", 0x2014: "--",
    0x2026: "...", 0x2022: "*", 0x00B7: "-", 0x203A: ">", 0x2039: "<", 0x2192: "->",
    0x2190: "<-", 0x2191: "^", 0x2193: "v", 0x00A0: " ", 0x2500: "-", 0x2502: "|",
    0x2588: "#", 0x2591: ".", 0x2713: "+", 0x2717: "x", 0x00E9: "e", 0x00E8: "e", 0x00E0: "a",
    0x241B: "^[", 0x00D7: "x", 0x2212: "-", 0x00AB: "<<", 0x00BB: ">>",
  ]
}
