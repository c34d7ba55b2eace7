import PropertyBased
import Testing

@testable import GuideCore

/// Folding British spellings to American ones in place, as the search index does for every
/// byte of a pack, must give what replacing each part of the table in turn gives.
@Suite("Spelling fold")
struct SpellingFoldPropertyTests {
  /// Pieces that make British parts, near misses of them and plain text; joined at random they
  /// put parts at the start, the end, back to back and cut short.
  static let pieces = [
    "colour", "organis", "programme", "centre", "travell", "internationalis", "colou", "organ",
    "programm", "cent", "re", "is", "ation", " ", "e", "the ", "\n", "é", "Z",
  ]

  @Test func foldingInPlaceGivesWhatReplacingEachPartInTurnGives() async {
    await propertyCheck(
      count: 1000, input: Gen.element(of: Self.pieces).map { $0 ?? "" }.array(of: 0...12)
    ) { pieces in
      Self.check(Array(pieces.joined().utf8))
    }
  }

  @Test func noAmericanPartIsLongerThanItsBritishOne() {
    // Folding in place relies on it: the folded text must never overtake what is still unread.
    for entry in SpellingFold.table { #expect(entry.american.count <= entry.british.count) }
  }

  /// At each byte, the first part of the table that starts there is replaced; else the byte is
  /// kept.
  static func check(_ bytes: [UInt8]) {
    var expected: [UInt8] = []
    var index = 0
    scan: while index < bytes.count {
      for entry in SpellingFold.table where bytes[index...].starts(with: entry.british) {
        expected += entry.american
        index += entry.british.count
        continue scan
      }
      expected.append(bytes[index])
      index += 1
    }
    #expect(SpellingFold.fold(bytes[...]) == expected, "\(String(decoding: bytes, as: UTF8.self))")
  }
}
