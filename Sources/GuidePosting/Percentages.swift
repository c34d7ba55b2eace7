/// Whole percentages that add up to exactly 100.
enum Percentages {
  /// Each share of the total, rounded by largest remainder: every part is its exact share
  /// rounded down or up, and the parts that lost most to rounding down get the points left
  /// (the first listed on a tie). All zero when the total is zero.
  static func of(_ parts: [Int]) -> [Int] {
    let total = parts.reduce(0) { $0 + max($1, 0) }
    guard total > 0 else { return parts.map { _ in 0 } }
    var shares = parts.map { max($0, 0) * 100 / total }
    let remainders = parts.map { max($0, 0) * 100 % total }
    let left = 100 - shares.reduce(0, +)
    let order = remainders.indices.sorted {
      remainders[$0] > remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1)
    }
    for index in order.prefix(left) { shares[index] += 1 }
    return shares
  }
}
