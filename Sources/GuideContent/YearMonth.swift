/// A calendar month, as a topic's `checked: 2026-12` field writes it: the month every outside
/// source on the page was last opened and confirmed.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  /// 1 for January to 12 for December.
  public let month: Int

  /// Nil unless `month` is 1 to 12 and `year` has four digits.
  public init?(year: Int, month: Int) {
    guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  /// The nearest real month: a year outside 1000–9999 or a month outside 1–12 is brought to
  /// the nearest end (for a clock's reading, which is always real in practice).
  public init(clampedYear year: Int, month: Int) {
    self.year = min(9999, max(1000, year))
    self.month = min(12, max(1, month))
  }

  /// Exactly `YYYY-MM` (`2026-12`); anything else, or a month that does not exist, is nil.
  public init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
    var digits: [Int] = []
    for (index, byte) in bytes.enumerated() where index != 4 {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      digits.append(Int(byte - UInt8(ascii: "0")))
    }
    let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
    self.init(year: year, month: digits[4] * 10 + digits[5])
  }

  /// `2026-12`, as a pack writes it.
  public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

  /// "December 2026", as a page shows it.
  public var spelled: String { "\(Self.names[month - 1]) \(year)" }

  /// Whole months from `self` to `later`: 2025-12 to 2026-12 is 12; negative when `later`
  /// comes first.
  public func months(until later: YearMonth) -> Int {
    (later.year - year) * 12 + (later.month - month)
  }

  public static func < (left: YearMonth, right: YearMonth) -> Bool {
    (left.year, left.month) < (right.year, right.month)
  }

  private static let names = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}

extension ContentPack {
  /// The topics checked more than `months` months before `today`, oldest first (in menu order
  /// within a month): what a pack author should open again. Topics without a `checked:` month
  /// cite no outside source, so they have nothing to re-check.
  public func stale(today: YearMonth, after months: Int) -> [Topic] {
    let order = Dictionary(uniqueKeysWithValues: topicOrder.enumerated().map { ($1, $0) })
    return topics.values
      .compactMap { topic in topic.checked.map { (topic: topic, checked: $0) } }
      .filter { $0.checked.months(until: today) > months }
      .sorted {
        ($0.checked, order[$0.topic.id] ?? .max) < ($1.checked, order[$1.topic.id] ?? .max)
      }
      .map(\.topic)
  }
}
