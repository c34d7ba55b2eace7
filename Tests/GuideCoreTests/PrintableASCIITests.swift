import GuideCore
import PropertyBased
import Testing

/// `CellWidth.isPrintableASCII` reads a string's bytes in place; whatever the bytes, it must
/// answer as the byte-by-byte check it replaced, since a frame puts such text a byte a cell.
@Suite("Printable ASCII")
struct PrintableASCIITests {
  /// Bytes from every range that matters: controls, printable ASCII, DEL, and UTF-8.
  static let scalars = Gen.int(in: 0...5).array(of: 0...40)

  @Test func answersAsTheByteByByteCheck() async {
    await propertyCheck(count: 500, input: Self.scalars) { picks in
      let pool: [Unicode.Scalar] = ["\u{0}", "\u{1B}", "a", " ", "~", "\u{7F}", "é", "\u{85}"]
      var text = ""
      for (index, pick) in picks.enumerated() {
        text.unicodeScalars.append(pool[(pick + index) % pool.count])
      }
      let expected = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
      #expect(CellWidth.isPrintableASCII(text) == expected)
      // Long strings are stored apart from the string value; read from there too.
      let long = String(repeating: "x", count: 40) + text
      #expect(CellWidth.isPrintableASCII(long) == expected)
    }
  }

  @Test func knownStrings() {
    #expect(CellWidth.isPrintableASCII(""))
    #expect(CellWidth.isPrintableASCII("Skills: the 4C's ~"))
    #expect(!CellWidth.isPrintableASCII("tab\there"))
    #expect(!CellWidth.isPrintableASCII("caf\u{E9}"))
    #expect(!CellWidth.isPrintableASCII("del\u{7F}"))
  }
}
