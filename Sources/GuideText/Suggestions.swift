/// Ids that look like a mistyped one: sharing a prefix or within a small edit distance.
public enum Suggestions {
  /// Up to `limit` ids, nearest first.
  public static func closest(to wanted: String, in ids: [String], limit: Int = 3) -> [String] {
    let scored = ids.map { ($0, distance(wanted.lowercased(), $0)) }
    let near = scored.filter {
      $0.1 <= max(2, wanted.count / 3) || $0.0.contains(wanted.lowercased())
    }
    return near.sorted { $0.1 < $1.1 }.prefix(limit).map(\.0)
  }

  /// ` Did you mean: a, b?`, or "" when nothing is close.
  public static func hint(for wanted: String, in ids: [String]) -> String {
    let close = closest(to: wanted, in: ids)
    return close.isEmpty ? "" : " Did you mean: \(close.joined(separator: ", "))?"
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
