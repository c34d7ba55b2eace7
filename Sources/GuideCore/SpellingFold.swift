/// British and American spellings of the same word, made equal for search: the index and the
/// query are both folded, so "organise" finds "organize" and "colour" finds "color".
///
/// A small table of word parts, not a dictionary: each British part is replaced by the American
/// one wherever it occurs, in lower case. Parts are stems ("organis" covers organise, organised,
/// organisation), so a partly typed word folds as soon as its stem is typed.
enum SpellingFold {
  static let table: [(british: [UInt8], american: [UInt8])] = [
    ("behaviour", "behavior"), ("colour", "color"), ("favour", "favor"), ("honour", "honor"),
    ("labour", "labor"), ("neighbour", "neighbor"), ("humour", "humor"), ("flavour", "flavor"),
    ("programme", "program"), ("centre", "center"), ("licence", "license"),
    ("defence", "defense"), ("catalogue", "catalog"), ("dialogue", "dialog"),
    ("analys", "analyz"), ("travell", "travel"), ("modell", "model"), ("cancell", "cancel"),
    ("organis", "organiz"), ("recognis", "recogniz"), ("prioritis", "prioritiz"),
    ("summaris", "summariz"), ("optimis", "optimiz"), ("customis", "customiz"),
    ("specialis", "specializ"), ("evangelis", "evangeliz"), ("realis", "realiz"),
    ("minimis", "minimiz"), ("maximis", "maximiz"), ("standardis", "standardiz"),
    ("categoris", "categoriz"), ("personalis", "personaliz"), ("apologis", "apologiz"),
    ("socialis", "socializ"), ("utilis", "utiliz"), ("emphasis", "emphasiz"),
    ("monetis", "monetiz"), ("localis", "localiz"), ("internationalis", "internationaliz"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// For each byte, the table entries whose British part starts with it.
  static let startingWith: [[Int]] = {
    var entries = [[Int]](repeating: [], count: 256)
    for (index, entry) in table.enumerated() { entries[Int(entry.british[0])].append(index) }
    return entries
  }()

  /// Whether a British part may start with three bytes, by `key`. Nearly every three bytes in a
  /// text start none, so folding costs one look-up a byte: folding a 32 MB pack for its search
  /// index took half a second when every letter that starts a part (most of them) was
  /// compared with the table.
  static let tripleStarts: [Bool] = {
    var triples = [Bool](repeating: false, count: 1 << 15)
    for entry in table { triples[key(entry.british[0], entry.british[1], entry.british[2])] = true }
    return triples
  }()

  /// Three bytes as 15 bits, five each: exact for letters, which is all the parts are made of;
  /// other bytes may share a key with letters, which costs a comparison, never a wrong fold.
  @inline(__always)
  static func key(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
    Int(first & 31) << 10 | Int(second & 31) << 5 | Int(third & 31)
  }

  /// The bytes with every British part of the table replaced by its American form.
  static func fold(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var out = Array(bytes)
    let count = out.withUnsafeMutableBufferPointer { fold(inPlace: $0) }
    out.removeLast(out.count - count)
    return out
  }

  /// Folds `bytes` where they are and returns how many of them the folded text fills, from
  /// the start. An American part is never longer than its British one, so the text only ever
  /// moves towards the start and needs no second buffer.
  static func fold(inPlace bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
    let table = Self.table
    let startingWith = Self.startingWith
    return tripleStarts.withUnsafeBufferPointer { triples in
      var read = 0
      var write = 0
      scan: while read < bytes.count {
        // Every part is longer than three bytes.
        if read + 3 < bytes.count, triples[key(bytes[read], bytes[read + 1], bytes[read + 2])] {
          for entry in startingWith[Int(bytes[read])]
          where bytes[read...].starts(with: table[entry].british) {
            for byte in table[entry].american {
              bytes[write] = byte
              write += 1
            }
            read += table[entry].british.count
            continue scan
          }
        }
        bytes[write] = bytes[read]
        write += 1
        read += 1
      }
      return write
    }
  }
}
