/// The numbers of a posting that matter before applying, each as posted: the years of
/// experience asked with what they are of, the share of travel, and the pay.
///
/// Each is read from one line's words and bytes, so finding them costs time in proportion to
/// the line. Nothing is converted: a pay range keeps its currency and period as written.
enum PostingFigures {
  /// How many words after "years" make its subject at most ("in a developer relations role").
  static let subjectWords = 10

  /// "5+ years as a software engineer", "2-3 years in developer relations": from the number to
  /// the end of the clause (punctuation, the line's end, or the next figure), at most
  /// `subjectWords` words past "years".
  static func years(_ words: [WordScanner.Word], _ bytes: UnsafeBufferPointer<UInt8>)
    -> [String]
  {
    var found: [String] = []
    var index = 0
    while index < words.count {
      guard words[index].isNumber, let unit = yearsWord(after: index, words, bytes) else {
        index += 1
        continue
      }
      var end = unit
      while end + 1 < words.count, end + 1 - unit <= subjectWords, words[end + 1].joinsPrevious,
        !(words[end + 1].isNumber && yearsWord(after: end + 1, words, bytes) != nil)
      {
        end += 1
      }
      found.append(text(bytes, words[index].range.lowerBound..<words[end].range.upperBound))
      index = end + 1
    }
    return found
  }

  /// The index of "years" after the number at `index` ("5 years", "3-5 years", "3 to 5
  /// yrs"), or nil.
  private static func yearsWord(
    after index: Int, _ words: [WordScanner.Word], _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    var next = index + 1
    // A range: "3-5 years", "3 to 5 years".
    if next < words.count, words[next].joinsPrevious {
      if words[next].isNumber {
        next += 1
      } else if next + 1 < words.count, lower(words[next], bytes) == "to",
        words[next + 1].isNumber, words[next + 1].joinsPrevious
      {
        next += 2
      }
    }
    guard next < words.count, words[next].joinsPrevious,
      ["years", "year", "yrs", "yr"].contains(lower(words[next], bytes))
    else { return nil }
    return next
  }

  /// Percentages on a line that speaks of travel (the caller knows): "up to 30%", "25
  /// percent".
  static func travel(_ words: [WordScanner.Word], _ bytes: UnsafeBufferPointer<UInt8>)
    -> [String]
  {
    var found: [String] = []
    for (index, word) in words.enumerated() where word.isNumber {
      var end = word.range.upperBound
      if end < bytes.count, bytes[end] == UInt8(ascii: "%") {
        end += 1
      } else if index + 1 < words.count, lower(words[index + 1], bytes) == "percent" {
        end = words[index + 1].range.upperBound
      } else {
        continue
      }
      var start = word.range.lowerBound
      // "up to", "about", "less than": the words that say how the share is bounded.
      var before = index - 1
      while before >= 0, index - before <= 2, words[before + 1].joinsPrevious,
        ["up", "to", "about", "around", "approximately", "under", "less", "than", "over"]
          .contains(lower(words[before], bytes))
      {
        start = words[before].range.lowerBound
        before -= 1
      }
      found.append(text(bytes, start..<end))
    }
    return found
  }

  // MARK: - Pay

  /// The currency symbols looked for: `$`, `£`, `¥`, and the block U+20A0–U+20BF (`€`,
  /// `₹`, `₩` …), told by their UTF-8 bytes.
  private static func symbolLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard index < bytes.count else { return nil }
    let byte = bytes[index]
    if byte == UInt8(ascii: "$") { return 1 }
    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA3 || bytes[index + 1] == 0xA5 {
      return 2
    }
    if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x82,
      (0xA0...0xBF).contains(bytes[index + 2])
    {
      return 3
    }
    return nil
  }

  /// Currency codes, each as its three lower-case letters packed into a number.
  private static let codes: Set<UInt32> = Set(
    [
      "usd", "gbp", "eur", "cad", "aud", "nzd", "chf", "sek", "nok", "dkk", "pln", "inr", "jpy",
      "sgd", "hkd", "brl", "mxn", "zar", "ils", "cny", "krw",
    ].map { $0.utf8.reduce(0) { $0 << 8 | UInt32($1) } })

  private static let periods = [
    "per year", "a year", "per annum", "annually", "/year", "/yr", "per hour", "an hour",
    "/hour", "/hr", "per month", "a month", "/month", "/mo", "per day", "a day", "/day",
    "per week", "a week", "p.a.", "pa", "yearly", "hourly", "monthly",
  ].map { Array($0.utf8) }

  /// Posted pay on a line, as written: an amount with a currency that is a range ("$150,000 –
  /// $180,000 a year", "£60k to £75k"), or a single amount on a line that names pay (one of
  /// `payWords`, already found by the caller).
  static func pay(_ bytes: UnsafeBufferPointer<UInt8>, namesPay: Bool) -> [String] {
    var found: [String] = []
    var index = 0
    while index < bytes.count {
      guard let first = amount(bytes, at: index) else {
        index += 1
        continue
      }
      var end = first.end
      var isRange = false
      var after = skipSpaces(bytes, end)
      if let dash = rangeMark(bytes, at: after) {
        after = skipSpaces(bytes, dash)
        if let second = amount(bytes, at: after, currencyNeeded: !first.hasCurrency),
          first.hasCurrency || second.hasCurrency
        {
          end = second.end
          isRange = true
        }
      }
      guard first.hasCurrency || isRange, isRange || namesPay else {
        index = first.end
        continue
      }
      end = periodEnd(bytes, after: end) ?? end
      found.append(text(bytes, first.start..<end))
      index = end
    }
    return found
  }

  /// Whether a line may hold an amount with a currency: a symbol, or a code such as "USD".
  static func mayHoldPay(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      if symbol(bytes, at: index) != nil || code(bytes, at: index) != nil { return true }
      index += 1
    }
    return false
  }

  private struct Amount {
    var start: Int
    var end: Int
    var hasCurrency: Bool
  }

  /// An amount at `index`: an optional currency (symbol or code, before or after), digits
  /// with `,` or `.` between groups, and an optional `k` or `m`.
  private static func amount(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, currencyNeeded: Bool = true
  ) -> Amount? {
    var index = start
    var hasCurrency = false
    if let past = symbol(bytes, at: index) {
      index = past
      hasCurrency = true
    } else if let past = code(bytes, at: index) {
      index = skipSpaces(bytes, past)
      hasCurrency = true
    } else if start > 0, isDigit(bytes[start - 1]) || isLetter(bytes[start - 1]) {
      return nil
    }
    guard index < bytes.count, isDigit(bytes[index]) else { return nil }
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    while index + 1 < bytes.count,
      bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "."),
      isDigit(bytes[index + 1])
    {
      index += 1
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, "kKmM".utf8.contains(bytes[index]),
      index + 1 == bytes.count || !isLetter(bytes[index + 1])
    {
      index += 1
    }
    if !hasCurrency {
      let after = skipSpaces(bytes, index)
      if let past = code(bytes, at: after) {
        index = past
        hasCurrency = true
      } else if let past = symbol(bytes, at: index) {
        index = past
        hasCurrency = true
      }
    }
    guard hasCurrency || !currencyNeeded else { return nil }
    return Amount(start: start, end: index, hasCurrency: hasCurrency)
  }

  private static func symbol(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    symbolLength(bytes, at: index).map { index + $0 }
  }

  /// Past a currency code standing alone as a word ("USD"), in any case.
  private static func code(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard index + 3 <= bytes.count, isLetter(bytes[index]),
      index == 0 || !isLetter(bytes[index - 1]),
      index + 3 == bytes.count || !isLetter(bytes[index + 3]),
      isLetter(bytes[index + 1]), isLetter(bytes[index + 2])
    else { return nil }
    let packed = (index..<index + 3).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[$1] | 0x20) }
    return codes.contains(packed) ? index + 3 : nil
  }

  /// Past "-", "–", "—" or "to" between two amounts.
  private static func rangeMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    for mark in ["-", "\u{2013}", "\u{2014}", "to "].map({ Array($0.utf8) })
    where index + mark.count <= bytes.count {
      if bytes[index..<index + mark.count].elementsEqual(mark) { return index + mark.count }
    }
    return nil
  }

  /// Past a period written after an amount ("per year", "/yr", ", annually").
  private static func periodEnd(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Int? {
    var index = skipSpaces(bytes, end)
    if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
      index = skipSpaces(bytes, index + 1)
    }
    for period in periods where index + period.count <= bytes.count {
      let written = bytes[index..<index + period.count].map { isLetter($0) ? $0 | 0x20 : $0 }
      let next = index + period.count
      if written.elementsEqual(period), next == bytes.count || !isLetter(bytes[next]) {
        return next
      }
    }
    return nil
  }

  // MARK: - Bytes

  private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    var index = index
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    return index
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }

  private static func lower(_ word: WordScanner.Word, _ bytes: UnsafeBufferPointer<UInt8>)
    -> String
  {
    word.range.count > 16 ? "" : text(bytes, word.range).lowercased()
  }

  static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
