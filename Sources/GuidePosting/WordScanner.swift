/// Splits a posting's line into words, and says how each joins the word before.
///
/// A word is a run of letters, digits and combining marks (an apostrophe inside a word, as in
/// "developer's", stays in it). Words join into a phrase across spaces and across one
/// connector such as the hyphen of "on-call" or the plus of "5+ years"; any other punctuation
/// ends a phrase, so "developer. Advocate" is not "developer advocate".
///
/// It reads UTF-8 bytes: ASCII, most of any posting, is classified by a table, and only other
/// characters pay for a look at their Unicode properties.
enum WordScanner {
  struct Word {
    /// UTF-8 offsets in the line.
    var range: Range<Int>
    /// Digits only: any number matches a `#` of a phrase.
    var isNumber: Bool
    /// Whether a phrase may continue from the word before (on the same line) into this one.
    var joinsPrevious: Bool
    /// The connector between the previous word and this one, as it should be shown.
    var joint: Joint
  }

  enum Joint: Equatable {
    case space
    case connector(Unicode.Scalar, spaceBefore: Bool, spaceAfter: Bool)

    var text: String {
      switch self {
      case .space: return " "
      case .connector(let scalar, let before, let after):
        return (before ? " " : "") + String(scalar) + (after ? " " : "")
      }
    }
  }

  struct Line {
    var words: [Word] = []
    var isBlank = true
    /// A short line that is not a list item and does not end a sentence: a section heading
    /// when it opens a paragraph.
    var looksLikeHeading = false
    /// A heading wherever it is: it starts with `#`, or it looks like one and ends with `:`.
    var isMarkedHeading = false
    /// A bullet or numbered item of a list.
    var isListItem = false
    /// Whether a phrase may run from the line before into the first word (nothing but space
    /// before it) and on from the last word into the next line (nothing but space after it).
    var opensJoinable = false
    var closesJoinable = false
  }

  static let numberKey = "#"
  private static let longestHeading = 8

  /// What a word is looked up by: its stem, or `#` for a number.
  static func key(_ word: String, isNumber: Bool) -> String {
    isNumber ? numberKey : Stemmer.stem(word.lowercased())
  }

  /// The words of a line's UTF-8 bytes.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Line {
    var line = Line()
    scan(bytes, into: &line)
    return line
  }

  /// The words of a line's UTF-8 bytes, in `result`: a posting's lines reuse one `Line`, so
  /// scanning a line allocates nothing once the longest line so far fits.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout Line) {
    let asciiKinds = Self.asciiKinds
    func classify(_ scalar: Unicode.Scalar) -> Kind { kind(of: scalar, asciiKinds) }
    clear(&result)
    var index = 0
    // The separator since the last word: whether it still lets a phrase go on, and how.
    var separatorJoins = false
    var connector: Unicode.Scalar?
    var spaceBefore = false
    var spaceAfter = false
    var first: Unicode.Scalar?
    var last: Unicode.Scalar?
    while index < bytes.count {
      let (scalar, length) = decode(bytes, at: index)
      let kind = classify(scalar)
      guard kind == .word || kind == .digit else {
        switch kind {
        case .space:
          if connector == nil { spaceBefore = true } else { spaceAfter = true }
        case .connector where connector == nil:
          connector = scalar
        default:
          separatorJoins = false
        }
        if kind != .space {
          first = first ?? scalar
          last = scalar
        }
        index += length
        continue
      }
      let start = index
      let (end, allDigits, lastOfWord) = wordEnd(bytes, from: start, asciiKinds)
      index = end
      last = lastOfWord
      if result.words.isEmpty { result.opensJoinable = first == nil }
      first = first ?? decode(bytes, at: start).scalar
      result.words.append(
        Word(
          range: start..<end, isNumber: allDigits,
          joinsPrevious: separatorJoins && !result.words.isEmpty,
          joint: connector.map { .connector($0, spaceBefore: spaceBefore, spaceAfter: spaceAfter) }
            ?? .space))
      separatorJoins = true
      connector = nil
      spaceBefore = false
      spaceAfter = false
    }
    result.isBlank = first == nil
    result.closesJoinable = separatorJoins && connector == nil
    if let first, let last { describe(&result, bytes, first: first, last: last) }
  }

  /// What a character is, from the table for ASCII.
  @inline(__always)
  private static func kind(of scalar: Unicode.Scalar, _ asciiKinds: [Kind]) -> Kind {
    scalar.value < 0x80 ? asciiKinds[Int(scalar.value)] : classify(scalar)
  }

  /// A line about to be scanned holds no words and says nothing about itself.
  private static func clear(_ result: inout Line) {
    result.words.removeAll(keepingCapacity: true)
    result.isBlank = true
    result.looksLikeHeading = false
    result.isMarkedHeading = false
    result.isListItem = false
    result.opensJoinable = false
    result.closesJoinable = false
  }

  /// Where the word that starts at `start` ends, whether it is all digits, and its last
  /// character; an apostrophe between letters belongs to the word ("don't").
  @inline(__always)
  private static func wordEnd(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ asciiKinds: [Kind]
  ) -> (end: Int, allDigits: Bool, last: Unicode.Scalar) {
    var index = start
    var allDigits = true
    var last = decode(bytes, at: start).scalar
    while index < bytes.count {
      let (scalar, length) = decode(bytes, at: index)
      var kind = kind(of: scalar, asciiKinds)
      if kind == .apostrophe, index + length < bytes.count,
        Self.kind(of: decode(bytes, at: index + length).scalar, asciiKinds) == .word
      {
        kind = .word
      }
      guard kind == .word || kind == .digit else { break }
      allDigits = allDigits && kind == .digit
      last = scalar
      index += length
    }
    return (index, allDigits, last)
  }

  /// Whether a line with characters, first `first` and last `last`, is a list item, looks
  /// like a heading, or is marked as one.
  private static func describe(
    _ result: inout Line, _ bytes: UnsafeBufferPointer<UInt8>, first: Unicode.Scalar,
    last: Unicode.Scalar
  ) {
    result.isListItem = isListItem(bytes)
    result.looksLikeHeading =
      !result.isListItem && (1...longestHeading).contains(result.words.count)
      && !".,;!?".unicodeScalars.contains(last)
    result.isMarkedHeading = first == "#" || (result.looksLikeHeading && last == ":")
  }

  /// The text of a word of a line.
  static func text(_ range: Range<Int>, of line: String) -> String {
    var line = line
    return line.withUTF8 {
      String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
    }
  }

  // MARK: - Characters

  private enum Kind: UInt8 {
    case word, digit, space, connector, apostrophe, other
  }

  /// The kind of every ASCII character, most of any posting, by table. Other characters ask
  /// for their Unicode properties when they occur: a table of the whole Basic Multilingual
  /// Plane cost more to make (65,536 property look-ups) than a posting of a megabyte takes to
  /// read.
  private static let asciiKinds: [Kind] = (0..<0x80).map { asciiKind(UInt8($0)) }

  /// The scalar at a byte offset of valid UTF-8, and how many bytes it takes.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (scalar: Unicode.Scalar, length: Int)
  {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
    for offset in 1..<min(length, bytes.count - index) {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", min(length, bytes.count - index))
  }

  private static func classify(_ scalar: Unicode.Scalar) -> Kind {
    if scalar.isASCII { return asciiKind(UInt8(scalar.value)) }
    switch scalar {
    case "\u{2010}", "\u{2013}": return .connector
    case "\u{2019}": return .apostrophe
    default: break
    }
    let properties = scalar.properties
    if properties.isWhitespace { return .space }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .word
    default:
      return properties.isAlphabetic || properties.numericType != nil ? .word : .other
    }
  }

  private static func asciiKind(_ byte: UInt8) -> Kind {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .word
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
    case UInt8(ascii: " "), 0x09: return .space
    case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: "&"):
      return .connector
    case UInt8(ascii: "'"): return .apostrophe
    default: return .other
    }
  }

  /// A list item: a bullet mark and a space, or a number and `.` or `)` and a space.
  private static func isListItem(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var text = bytes.drop { $0 == UInt8(ascii: " ") }[...]
    guard let first = text.first else { return false }
    if "-*+".utf8.contains(first) || text.starts(with: "\u{2022}".utf8)
      || text.starts(with: "\u{00B7}".utf8) || text.starts(with: "\u{2013}".utf8)
    {
      text = text.drop { $0 >= 0x80 || "-*+".utf8.contains($0) }
      return text.first == UInt8(ascii: " ")
    }
    let beforeDigits = text.count
    text = text.drop { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    guard text.count < beforeDigits, let mark = text.first else { return false }
    return (mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")"))
      && text.dropFirst().first == UInt8(ascii: " ")
  }
}
