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
  public var check: String { unicode ? "✓" : "+" }
  public var cross: String { unicode ? "✗" : "x" }
  public var upDown: String { unicode ? "↑↓" : "up/down" }
  public var bullet: String { unicode ? "•" : "-" }
  public var arrow: String { unicode ? "→" : "->" }

  /// The eighth blocks, one to seven eighths of a cell filled from the left.
  private static let eighthBlocks = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// A bar `cells` wide filled for `eighths` eighths of a cell: the filled part (whole blocks,
  /// then an eighth block for what is left) and the empty rest. In ASCII the filled part is
  /// rounded to whole cells of `#`, the rest `.`.
  public func bar(eighths: Int, of cells: Int) -> (filled: String, empty: String) {
    let cells = max(0, cells)
    let eighths = min(max(0, eighths), cells * 8)
    guard unicode else {
      let full = (eighths + 4) / 8
      return (
        String(repeating: "#", count: full), String(repeating: ".", count: cells - full)
      )
    }
    let full = eighths / 8
    let part = eighths % 8
    let filled =
      String(repeating: "█", count: full) + (part > 0 ? Self.eighthBlocks[part - 1] : "")
    let used = full + (part > 0 ? 1 : 0)
    return (filled, String(repeating: "░", count: cells - used))
  }

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
