/// What the search suggests for words the pack does not hold: the nearest words it does.
extension SearchIndex {
  /// For each word of the query the pack does not hold, the nearest words it does: by edit
  /// distance (at most a third of the word) between the words or between their stems ("salries"
  /// is one letter from "salaries", and its stem "salry" one from "salari"), then by how often
  /// they occur; shown by their shortest form ("salaries" as "salary"). At most three in all.
  func suggestions(for query: SearchQuery, marks: [UInt64]) -> [String] {
    var met: UInt64 = 0
    for bits in marks { met |= bits }
    var suggested: [String] = []
    for (wanted, matcher) in query.plainWords where met & (1 << matcher) == 0 {
      guard (3...40).contains(wanted.count) else { continue }
      let allowed = max(1, wanted.count / 3)
      var near: [(distance: Int, count: Int32, key: Int32)] = []
      for number in keyOfSurface.indices
      where abs(surfaceLength(number) - wanted.count) <= allowed {
        let distance = Self.distance(wanted, Array(surface(number)), atMost: allowed)
        guard distance <= allowed else { continue }
        near.append((distance, frequency[number], keyOfSurface[number]))
      }
      let wantedKey = SearchWords.key(wanted)
      for (key, number) in keyNumbers where abs(key.count - wantedKey.count) <= allowed {
        let distance = Self.distance(wantedKey, key, atMost: allowed)
        guard distance <= allowed else { continue }
        near.append((distance, frequency[Int(shortestSurface[Int(number)])], number))
      }
      near.sort { ($0.distance, -$0.count) < ($1.distance, -$1.count) }
      for candidate in near {
        let word = String(
          decoding: surface(Int(shortestSurface[Int(candidate.key)])), as: UTF8.self)
        guard !suggested.contains(word) else { continue }
        suggested.append(word)
        if suggested.count == 3 { return suggested }
      }
    }
    return suggested
  }

  /// Levenshtein distance, or more than `atMost` as soon as it must be.
  static func distance(_ a: [UInt8], _ b: [UInt8], atMost: Int) -> Int {
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      var smallest = i
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        smallest = min(smallest, current[j])
      }
      if smallest > atMost { return atMost + 1 }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
