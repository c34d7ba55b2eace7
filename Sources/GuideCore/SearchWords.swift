import GuidePosting

/// How search cuts text into words, and what a word is looked up by. The index, the query, the
/// synonyms and the highlight all go through here, so they always agree on what a word is.
///
/// A word is a run of letters and digits (any script), with an apostrophe inside it kept
/// ("don't"). Its *surface* is its lower-case form with British spellings folded to American
/// (`SpellingFold`); its *key* is the surface's stem (`Stemmer`), so "salaries" and "salary",
/// "blogging" and "blogs" share one key.
enum SearchWords {
  /// Calls `body` with the byte range of each word of `bytes` (UTF-8), left to right.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
    var index = 0
    var start = -1
    /// Where the word would end if an apostrophe just read is not inside it.
    var beforeApostrophe = -1
    while index < bytes.count {
      let (kind, length) = classify(bytes, at: index)
      switch kind {
      case .letter:
        if start < 0 { start = index }
        beforeApostrophe = -1
      case .apostrophe where start >= 0 && beforeApostrophe < 0:
        beforeApostrophe = index
      default:
        if start >= 0 { body(start..<(beforeApostrophe >= 0 ? beforeApostrophe : index)) }
        start = -1
        beforeApostrophe = -1
      }
      index += length
    }
    if start >= 0 { body(start..<(beforeApostrophe >= 0 ? beforeApostrophe : index)) }
  }

  /// The words of a text as byte ranges of its UTF-8.
  static func ranges(in text: String) -> [Range<Int>] {
    var text = text
    var found: [Range<Int>] = []
    text.withUTF8 { bytes in scan(bytes) { found.append($0) } }
    return found
  }

  enum Kind { case letter, apostrophe, other }

  /// What the character at `index` is, and how many bytes it takes. ASCII by a table; other
  /// characters by their Unicode properties (letters, digits and marks join words).
  @inline(__always)
  static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Kind, Int) {
    let byte = bytes[index]
    if byte < 0x80 {
      return (asciiLetters[Int(byte)] ? .letter : byte == 0x27 ? .apostrophe : .other, 1)
    }
    let (scalar, length) = decode(bytes, at: index)
    guard let scalar else { return (.other, length) }
    if scalar == "\u{2019}" { return (.apostrophe, length) }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber,
      .otherNumber:
      return (.letter, length)
    default:
      return (properties.isAlphabetic ? .letter : .other, length)
    }
  }

  private static let asciiLetters: [Bool] = (0..<128).map { byte in
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// The scalar starting at `index` and its length; nil (one byte) for a byte that does not
  /// start valid UTF-8, which a `String` never holds but a hostile buffer might.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    Unicode.Scalar?, Int
  ) {
    let lead = bytes[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= bytes.count else { return (nil, 1) }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return (nil, 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (Unicode.Scalar(value), length)
  }

  /// The word's lower-case, spelling-folded form; a curly apostrophe becomes a straight one.
  static func surface(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var lowered: [UInt8]
    if word.allSatisfy({ $0 < 0x80 }) {
      lowered = word.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    } else {
      let text = String(decoding: word, as: UTF8.self).lowercased()
        .replacing("\u{2019}", with: "'")
      lowered = Array(text.utf8)
    }
    let count = lowered.withUnsafeMutableBufferPointer { SpellingFold.fold(inPlace: $0) }
    lowered.removeLast(lowered.count - count)
    return lowered
  }

  /// What a surface is looked up by: its stem, with past forms no suffix rule reaches
  /// ("burnt", "learnt", "spoken", "paid") taken to the plain verb's.
  static func key(_ surface: [UInt8]) -> [UInt8] {
    let stem = Stemmer.stem(String(decoding: surface, as: UTF8.self))
    return Array(Stemmer.stem(irregular[stem] ?? stem).utf8)
  }

  private static let irregular: [String: String] = [
    "burnt": "burn", "learnt": "learn", "spelt": "spell", "dreamt": "dream", "spok": "speak",
    "wrot": "write", "paid": "pay",
  ]

  /// The surfaces of a short text's words (a query's, a synonym's), with their keys.
  static func words(of text: String) -> [(surface: [UInt8], key: [UInt8])] {
    var text = text
    var words: [(surface: [UInt8], key: [UInt8])] = []
    text.withUTF8 { bytes in
      scan(bytes) { range in
        let surface = surface(UnsafeBufferPointer(rebasing: bytes[range]))
        words.append((surface, key(surface)))
      }
    }
    return words
  }
}
