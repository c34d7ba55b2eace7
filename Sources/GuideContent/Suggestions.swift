/// Ids that look like a mistyped one, for "did you mean" hints in `show` and `validate`.
public enum Suggestions {
  /// Ids within a small edit distance of `wanted`, or containing it, nearest first.
  ///
  /// Bounded for hostile input: ids whose length alone rules them out are skipped before any
  /// distance is computed, and a `wanted` longer than any sensible id gets no suggestions.
  public static func closest(to wanted: String, in ids: [String], limit: Int = 3) -> [String] {
    let wanted = wanted.lowercased()
    guard wanted.count <= 100 else { return [] }
    let allowed = max(2, wanted.count / 3)
    var near: [(id: String, distance: Int)] = []
    for id in ids {
      if id.contains(wanted) {
        // Inserting the missing characters is the shortest edit: no table to fill.
        near.append((id, id.count - wanted.count))
      } else if abs(id.count - wanted.count) <= allowed {
        let distance = distance(wanted, id)
        if distance <= allowed { near.append((id, distance)) }
      }
    }
    return near.sorted { $0.distance < $1.distance }.prefix(limit).map(\.id)
  }

  /// Levenshtein distance.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
