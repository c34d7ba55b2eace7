/// The word id of each word a posting has used so far, found by the word's bytes as written.
///
/// Postings repeat their words, so most words are looked up here rather than lowered and
/// stemmed again; and looking up bytes in place makes no `String` for a word seen before.
/// Open addressing with linear probing over a cheap hash. A posting written so that many
/// words share a hash cannot make a look-up slow: after `longestProbe` places the word is
/// simply not cached, and is stemmed each time it occurs, as if there were no cache.
/// Search's index (GuideCore) finds words the same way.
public struct WordCache {
  private struct Entry {
    var hash: Int
    var start: Int
    var count: Int
    var id: Int32
  }

  /// Indexes into `entries`, or -1; the count is a power of two, at least twice the entries.
  private var slots = [Int32](repeating: -1, count: 1024)
  private var entries: [Entry] = []
  /// Every word's bytes, one after another.
  private var bytes: [UInt8] = []

  /// Where a word is, or would go.
  public struct Place {
    fileprivate var hash: Int
    fileprivate var slot: Int
  }

  /// How many places a look-up tries before it gives up.
  static let longestProbe = 32

  public init() {}

  /// The id of `word` if it was seen before, and otherwise where `add` should put it (nil when
  /// the word is not to be cached).
  public func find(_ word: UnsafeBufferPointer<UInt8>) -> (id: Int32?, place: Place?) {
    let hash = Self.hash(word)
    let mask = slots.count - 1
    var slot = hash & mask
    for _ in 0..<Self.longestProbe {
      let index = Int(slots[slot])
      guard index >= 0 else { return (nil, Place(hash: hash, slot: slot)) }
      let entry = entries[index]
      if entry.hash == hash, entry.count == word.count, matches(entry, word) {
        return (entry.id, nil)
      }
      slot = (slot + 1) & mask
    }
    return (nil, nil)
  }

  /// Eight bytes at a time, each step a multiply and a shift: the words of a posting are
  /// short, and this costs a fraction of a general-purpose hasher.
  private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    var hash = 0x243F_6A88_85A3_08D3 ^ UInt64(word.count)
    var index = 0
    while index < word.count {
      var chunk: UInt64 = 0
      let end = min(index + 8, word.count)
      while index < end {
        chunk = chunk << 8 | UInt64(word[index])
        index += 1
      }
      hash = (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
    }
    return Int(truncatingIfNeeded: hash)
  }

  /// Remembers the id of a word `find` did not know, at the place it gave.
  public mutating func add(_ word: UnsafeBufferPointer<UInt8>, id: Int32, at place: Place) {
    slots[place.slot] = Int32(entries.count)
    entries.append(Entry(hash: place.hash, start: bytes.count, count: word.count, id: id))
    bytes.append(contentsOf: word)
    if entries.count * 2 > slots.count { grow() }
  }

  private func matches(_ entry: Entry, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { stored in
      var index = 0
      while index < word.count, stored[entry.start + index] == word[index] { index += 1 }
      return index == word.count
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, entry) in entries.enumerated() {
      var slot = entry.hash & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }
}
