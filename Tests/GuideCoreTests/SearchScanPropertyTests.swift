import GuideContent
import PropertyBased
import Testing

@testable import GuideCore

/// The word-at-a-time byte scan under search must find exactly what a byte-by-byte scan finds,
/// wherever the byte is (inside a word, in the tail shorter than a word, nowhere).
@Suite("Search byte scan")
struct SearchScanPropertyTests {
  /// Few distinct bytes, so a byte often occurs, sometimes twice in one word, sometimes not at
  /// all; 0x80 and 0xFF catch a scan that mishandles high bits or borrows between bytes.
  static let bytes = Gen.element(of: [0x00, 0x01, 0x61, 0x62, 0x80, 0xFF] as [UInt8])
    .map { $0 ?? 0 }.array(of: 0...40)

  @Test func findsTheSameOffsetAsAByteByByteScan() async {
    await propertyCheck(
      count: 1000, input: Self.bytes, Gen.element(of: [0x00, 0x61, 0x80, 0xFF] as [UInt8]),
      Gen.int(in: 0...40)
    ) { text, byte, from in
      Self.check(text, byte: byte ?? 0, from: min(from, text.count))
    }
  }

  static func check(_ text: [UInt8], byte: UInt8, from: Int) {
    let expected = text[from...].firstIndex(of: byte)
    let found = text.withUnsafeBufferPointer {
      SearchIndex.nextOccurrence(of: byte, in: $0, from: from)
    }
    #expect(found == expected, "\(text) \(byte) from \(from)")
  }
}
