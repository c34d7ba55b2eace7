/// Greedy word wrap measured in terminal cells.
///
/// Styled runs are wrapped together: a word made of several runs ("link" followed by ",")
/// stays on one line. Words longer than the width are broken between characters, never inside
/// one, so a line never overflows; spaces at a break are dropped. The exception is a word
/// holding a piece that `keepWhole` names (a web address in printed text, which a terminal's
/// own link detection and copying need in one piece): it gets a line of its own, however long.
public enum Wrap {
  /// A run of text without spaces, and whether a space separates it from the run before.
  public struct Piece<Style> {
    public var text: String
    public var style: Style
    public var spaceBefore: Bool

    public init(_ text: String, style: Style, spaceBefore: Bool) {
      self.text = text
      self.style = style
      self.spaceBefore = spaceBefore
    }
  }

  /// Splits styled runs into pieces at spaces.
  public static func pieces<Style>(_ runs: [(String, Style)]) -> [Piece<Style>] {
    var result: [Piece<Style>] = []
    var pendingSpace = false
    for (text, style) in runs {
      var word = ""
      for character in text {
        if character == " " {
          if !word.isEmpty {
            result.append(Piece(word, style: style, spaceBefore: pendingSpace && !result.isEmpty))
            word = ""
          }
          pendingSpace = true
        } else {
          word.append(character)
        }
      }
      if !word.isEmpty {
        result.append(Piece(word, style: style, spaceBefore: pendingSpace && !result.isEmpty))
        pendingSpace = false
      }
    }
    return result
  }

  /// Lays pieces into lines of at most `width` cells. A line's first piece never has a space.
  public static func lines<Style>(
    _ pieces: [Piece<Style>], width: Int, keepWhole: (Piece<Style>) -> Bool = { _ in false }
  ) -> [[Piece<Style>]] {
    let width = max(1, width)
    var lines: [[Piece<Style>]] = []
    var current: [Piece<Style>] = []
    var used = 0

    func breakLine() {
      lines.append(current)
      current = []
      used = 0
    }

    for word in words(pieces) {
      let cells = word.reduce(0) { $0 + CellWidth.of($1.text) }
      let gap = current.isEmpty ? 0 : 1
      if used + gap + cells > width, !current.isEmpty { breakLine() }
      if cells <= width || word.contains(where: keepWhole) {
        for (index, piece) in word.enumerated() {
          var piece = piece
          piece.spaceBefore = index == 0 && !current.isEmpty
          used += (piece.spaceBefore ? 1 : 0) + CellWidth.of(piece.text)
          current.append(piece)
        }
        if cells > width { breakLine() }
        continue
      }
      // Longer than a whole line: it starts a line and breaks between characters.
      for piece in word {
        var chunk = ""
        for character in piece.text {
          let size = CellWidth.of(character)
          if size > width { continue }
          if used + size > width {
            if !chunk.isEmpty {
              current.append(Piece(chunk, style: piece.style, spaceBefore: false))
            }
            chunk = ""
            breakLine()
          }
          chunk.append(character)
          used += size
        }
        if !chunk.isEmpty { current.append(Piece(chunk, style: piece.style, spaceBefore: false)) }
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// Groups pieces that touch (no space between) into unbreakable words.
  private static func words<Style>(_ pieces: [Piece<Style>]) -> [[Piece<Style>]] {
    var words: [[Piece<Style>]] = []
    for piece in pieces {
      if !piece.spaceBefore, !words.isEmpty {
        words[words.count - 1].append(piece)
      } else {
        words.append([piece])
      }
    }
    return words
  }

  /// Plain text wrapped to lines of strings.
  public static func text(_ text: String, width: Int) -> [String] {
    lines(pieces([(text, 0)]), width: width).map(joined)
  }

  /// A wrapped line as a string, with its spaces.
  public static func joined<Style>(_ line: [Piece<Style>]) -> String {
    line.map { ($0.spaceBefore ? " " : "") + $0.text }.joined()
  }
}

/// Asked of the extension, not the type, so making the type at run time checks nothing.
extension Wrap.Piece: Equatable where Style: Equatable {}
