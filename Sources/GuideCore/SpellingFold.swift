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

  /// For each byte, the table entries whose British part starts with it: most bytes start
  /// none, so folding is one array look-up a byte.
  static let startingWith: [[Int]] = {
    var entries = [[Int]](repeating: [], count: 256)
    for (index, entry) in table.enumerated() { entries[Int(entry.british[0])].append(index) }
    return entries
  }()

  /// The bytes with every British part of the table replaced by its American form.
  static func fold(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    let startingWith = Self.startingWith
    let table = Self.table
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    scan: while index < bytes.endIndex {
      for entry in startingWith[Int(bytes[index])]
      where bytes[index...].starts(with: table[entry].british) {
        out.append(contentsOf: table[entry].american)
        index += table[entry].british.count
        continue scan
      }
      out.append(bytes[index])
      index += 1
    }
    return out
  }
}
