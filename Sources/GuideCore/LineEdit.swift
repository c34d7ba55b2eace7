/// A line of text being typed, with its cursor: the search line's editing keys as a value.
///
/// The cursor counts characters (grapheme clusters), so it can never sit inside one, and is
/// always within `0...text.count`. `selected` means the whole text is selected, as when `/`
/// brings back the last search: typing replaces it, Right or End keeps it.
public struct LineEdit: Sendable, Equatable {
  public private(set) var text: String
  /// How many characters come before the cursor.
  public private(set) var cursor: Int
  /// The whole text is selected: the next character typed or pasted replaces it.
  public private(set) var selected: Bool

  /// The text with the cursor at its end; `selected` selects all of it.
  public init(_ text: String = "", selected: Bool = false) {
    self.text = Self.printable(text)
    self.cursor = self.text.count
    self.selected = selected && !self.text.isEmpty
  }

  /// Applies an editing key; false for keys that do not edit a line (the caller's keys).
  public mutating func apply(_ key: Key) -> Bool {
    switch key {
    case .character(let character): insert(String(character))
    case .left: move(to: selected ? 0 : cursor - 1)
    case .right: move(to: selected ? text.count : cursor + 1)
    case .home, .control("a"): move(to: 0)
    case .end, .control("e"): move(to: text.count)
    case .backspace: selected ? clear() : delete(from: cursor - 1, to: cursor)
    case .delete, .control("d"): selected ? clear() : delete(from: cursor, to: cursor + 1)
    case .control("u"): selected ? clear() : delete(from: 0, to: cursor)
    case .control("w"): selected ? clear() : delete(from: wordStart(), to: cursor)
    default: return false
    }
    return true
  }

  /// Inserts text at the cursor (replacing the selection), as typed or pasted: line breaks and
  /// tabs become spaces, control characters and bidi controls are dropped.
  public mutating func insert(_ typed: String) {
    let typed = Self.printable(typed)
    if selected { clear() }
    guard !typed.isEmpty else { return }
    let split = index(cursor)
    let before = String(text[..<split]) + typed
    text = before + String(text[split...])
    // Counted in the new text: a combining mark typed after a letter joins it.
    cursor = characters(upTo: before.utf8.count)
  }

  private mutating func clear() {
    text = ""
    cursor = 0
    selected = false
  }

  private mutating func move(to position: Int) {
    selected = false
    cursor = min(max(0, position), text.count)
  }

  private mutating func delete(from start: Int, to end: Int) {
    let start = max(0, start)
    let end = min(text.count, end)
    guard start < end else { return }
    let lower = index(start)
    let kept = String(text[..<lower])
    text = kept + String(text[index(end)...])
    cursor = characters(upTo: kept.utf8.count)
  }

  /// Where the word before the cursor starts: back over spaces, then over the word (as the
  /// shell's Ctrl-W does).
  private func wordStart() -> Int {
    let before = Array(text.prefix(cursor))
    var start = before.count
    while start > 0, before[start - 1].isWhitespace { start -= 1 }
    while start > 0, !before[start - 1].isWhitespace { start -= 1 }
    return start
  }

  private func index(_ characters: Int) -> String.Index {
    text.index(text.startIndex, offsetBy: min(max(0, characters), text.count))
  }

  /// How many characters of `text` end at or before `utf8` bytes; where two pieces joined
  /// into one character, the cursor goes after it.
  private func characters(upTo utf8: Int) -> Int {
    var count = 0
    for index in text.indices {
      if text.utf8.distance(from: text.startIndex, to: index) >= utf8 { return count }
      count += 1
    }
    return count
  }

  /// The cells the text before the cursor takes: where the terminal's cursor goes.
  public var cursorCells: Int { CellWidth.of(String(text.prefix(cursor))) }

  /// Text that may go into a line: line breaks and tabs as spaces, no control characters
  /// (C0, DEL, C1) and no bidi controls, which could reorder what the line shows.
  static func printable(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: continue
      case _ where scalar.properties.isBidiControl: continue
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}
