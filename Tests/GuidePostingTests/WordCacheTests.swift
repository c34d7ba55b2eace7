import PropertyBased
import Testing

@testable import GuidePosting

@Suite("The word cache of the posting reader")
struct WordCacheTests {
  /// Short words over a few letters, so they repeat, and enough of them that the table grows.
  static let words = Gen.int(in: 0...5).array(of: 1...6)
    .map { $0.map { UInt8(ascii: "a") + UInt8($0) } }
    .array(of: 0...3000)

  @Test func itGivesBackTheIdAWordWasFirstGivenAsADictionaryWould() async {
    await propertyCheck(count: 30, input: Self.words) { words in
      Self.checkAgainstADictionary(words)
    }
  }

  /// Every word looked up is found with the id it was added with, and a word not added yet
  /// is not found.
  static func checkAgainstADictionary(_ words: [[UInt8]]) {
    var cache = WordCache()
    var model: [[UInt8]: Int32] = [:]
    for word in words {
      word.withUnsafeBufferPointer { bytes in
        let (id, place) = cache.find(bytes)
        #expect(id == model[word], "\(String(decoding: word, as: UTF8.self))")
        if id == nil, let place {
          let new = Int32(model.count)
          cache.add(bytes, id: new, at: place)
          model[word] = new
        }
      }
    }
  }
}
