import GuideContent

/// Finds the outside addresses `validate` refuses in one paragraph or bullet, read before
/// sanitising so a control character in an address is reported rather than quietly dropped.
///
/// Every `](target)` whose target starts with a scheme is an outside address and must pass
/// `WebAddress.problem`. The target runs to the next `)`; that lookup remembers its answer,
/// so text full of `](` is still read once. A target is read only up to just past the longest
/// address allowed, and at most `maxProblems` are reported per text, so hostile text costs
/// bounded time and memory.
enum AddressCheck {
  struct Problem: Equatable {
    /// The text from `](` up to the end of the target, to find where it is written.
    var needle: String
    /// How many identical needles come before it in the same text.
    var occurrence: Int
    var message: String
  }

  static let maxProblems = 20

  static func problems(in raw: String) -> [Problem] {
    guard BareAddresses.hasPair(raw, UInt8(ascii: "]"), UInt8(ascii: "(")) else { return [] }
    let bytes = Array(raw.utf8)
    var problems: [Problem] = []
    var seen: [String: Int] = [:]
    var close = -1
    var index = 0
    while index + 1 < bytes.count, problems.count < maxProblems {
      defer { index += 1 }
      guard bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "(") else {
        continue
      }
      let start = index + 2
      if close < start {
        close = start
        while close < bytes.count, bytes[close] != UInt8(ascii: ")") { close += 1 }
      }
      let end = min(close, start + WebAddress.maxLength + 1)
      let target = String(decoding: bytes[start..<end], as: UTF8.self)
      guard WebAddress.scheme(of: target[...]) != nil,
        let message = WebAddress.problem(with: target[...])
      else { continue }
      let needle = "](" + target
      problems.append(
        Problem(needle: needle, occurrence: seen[needle, default: 0], message: message))
      seen[needle, default: 0] += 1
    }
    return problems
  }
}
