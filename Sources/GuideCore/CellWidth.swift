/// How many terminal cells a character takes, the way wcwidth and ncurses count them.
///
/// East Asian wide and full-width characters and emoji shown as pictures take two cells;
/// combining marks and zero-width characters take none; everything else takes one. Measuring
/// in cells (not characters) is what keeps wrapped text inside the window.
public enum CellWidth {
  public static func of(_ character: Character) -> Int {
    var scalars = character.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return 0 }
    let base = of(first)
    if base == 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }),
      first.properties.isEmoji
    {
      return 2
    }
    return base
  }

  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    // Punctuation, arrows and box drawing the screens use (›, •, …, ↑, ─): one cell, and no
    // need to look up Unicode properties.
    switch value {
    case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2199, 0x2500...0x259F: return 1
    default: break
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return isWide(value) ? 2 : 1
  }

  /// Cells taken by a whole string.
  public static func of(_ text: String) -> Int {
    // Printable ASCII, the common case, is one cell a byte.
    if isPrintableASCII(text) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// Whether every byte is printable ASCII, a cell a byte. Reads the UTF-8 where it lies:
  /// `utf8.allSatisfy` walked the view's iterator a byte at a time, and a menu move asks this
  /// of every string it draws (issue 33).
  public static func isPrintableASCII(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes where byte < 0x20 || byte >= 0x7F { return false }
      return true
    } ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// East Asian Wide and Fullwidth blocks (Unicode 15, coarse-grained by block). A switch
  /// rather than a table: nothing to build at start.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
