/// A small suffix-stripping stemmer, so one phrase finds the forms of its words.
///
/// "advocate", "advocates" and "advocacy" all become `advoc`; "write", "writing", "writer" and
/// "written" all become `writ`. It strips one known suffix at a time (keeping at least three
/// letters) and a doubled last consonant, until nothing changes; stemming a stem changes
/// nothing, so a phrase and the posting always meet on the same form. It is deliberately
/// cruder than a linguist's stemmer: both sides go through it, so what counts is that it is
/// consistent and predictable for the people who write a lexicon. Search (GuideCore) uses it too,
/// so a query word finds the forms of the same word on every page.
public enum Stemmer {
  /// Suffix and replacement; where two could apply, the longer is listed first.
  private static let rules: [(suffix: [UInt8], replacement: [UInt8])] = [
    ("ations", ""), ("ation", ""), ("ators", ""), ("ator", ""), ("acies", ""), ("acy", ""),
    ("ating", ""), ("ated", ""), ("ates", ""), ("ate", ""), ("ings", ""), ("ing", ""),
    ("ies", "y"), ("ied", "y"), ("ers", ""), ("er", ""), ("ed", ""), ("en", ""), ("es", ""),
    ("s", ""), ("e", ""),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  private static let shortestStem = 3

  /// The stem of a lower-case word.
  public static func stem(_ word: String) -> String {
    var bytes = Array(word.utf8)
    dropPossessive(&bytes)
    while stripOnce(&bytes) {}
    return String(decoding: bytes, as: UTF8.self)
  }

  /// "developer's" is "developer" (the scanner keeps an apostrophe only inside a word).
  private static func dropPossessive(_ bytes: inout [UInt8]) {
    for possessive in possessives where bytes.count > possessive.count {
      if bytes.suffix(possessive.count).elementsEqual(possessive) {
        bytes.removeLast(possessive.count)
        return
      }
    }
  }

  private static let possessives = [Array("'s".utf8), Array("\u{2019}s".utf8)]

  /// Strips one suffix, or undoubles a final consonant; false when the word is a stem.
  private static func stripOnce(_ bytes: inout [UInt8]) -> Bool {
    if let last = bytes.last, bytes.count > shortestStem, bytes[bytes.count - 2] == last,
      isConsonant(last)
    {
      bytes.removeLast()
      return true
    }
    for rule in rules
    where bytes.count - rule.suffix.count + rule.replacement.count >= shortestStem
      && bytes.count > rule.suffix.count
      && bytes.suffix(rule.suffix.count).elementsEqual(rule.suffix)
    {
      bytes.removeLast(rule.suffix.count)
      bytes += rule.replacement
      return true
    }
    return false
  }

  private static func isConsonant(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) && !"aeiouy".utf8.contains(byte)
  }
}
