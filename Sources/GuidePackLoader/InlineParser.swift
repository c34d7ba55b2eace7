import GuideContent

/// Reads the inline markup of page text: `*emphasis*`, `[label](topic-id)`,
/// `[label](https://…)` and bare `https://…` addresses.
///
/// Anything that does not close (a lone `*`, a `[` without `](…)`) stays as literal text, so
/// a typo never hides words. The markup is ASCII, so the text is read as UTF-8 bytes and cut
/// at byte offsets: no character-by-character copying, which matters for packs of megabytes.
/// Each closing byte is looked for through a `NextByte`, so text full of markup that never
/// closes (200,000 `[`) is read in linear time, not in minutes.
public enum InlineParser {
  private static let star = UInt8(ascii: "*")
  private static let openLabel = UInt8(ascii: "[")

  public static func parse(_ source: String) -> [Inline] {
    markup(source).flatMap { inline -> [Inline] in
      guard case .text(let text) = inline else { return [inline] }
      return BareAddresses.split(text)
    }
  }

  /// Emphasis and bracketed links; bare addresses are found afterwards, in the plain runs.
  private static func markup(_ source: String) -> [Inline] {
    if !source.utf8.contains(where: { $0 == star || $0 == openLabel }) {
      return source.isEmpty ? [] : [.text(source)]
    }
    var source = source
    return source.withUTF8 { bytes in
      var find = Finder(bytes)
      var result: [Inline] = []
      var plainStart = 0
      var index = 0
      while index < bytes.count {
        var markup: (inline: Inline, end: Int)?
        if bytes[index] == star, let close = find.star.after(index + 1), close > index + 1 {
          markup = (.emphasis(text(bytes, index + 1..<close)), close + 1)
        } else if bytes[index] == openLabel {
          markup = link(in: bytes, at: index, &find)
        }
        guard let markup else {
          index += 1
          continue
        }
        if plainStart < index { result.append(.text(text(bytes, plainStart..<index))) }
        result.append(markup.inline)
        index = markup.end
        plainStart = index
      }
      if plainStart < bytes.count { result.append(.text(text(bytes, plainStart..<bytes.count))) }
      return result
    }
  }

  /// `[label](target)` starting at `start`, and the offset after it; nil when it is not one.
  private static func link(
    in bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ find: inout Finder
  ) -> (inline: Inline, end: Int)? {
    guard let labelEnd = find.closeLabel.after(start + 1),
      labelEnd + 1 < bytes.count, bytes[labelEnd + 1] == UInt8(ascii: "("),
      let targetEnd = find.closeTarget.after(labelEnd + 2)
    else { return nil }
    let label = start + 1..<labelEnd
    let target = labelEnd + 2..<targetEnd
    guard !label.isEmpty, !target.isEmpty,
      (find.space.after(target.lowerBound) ?? bytes.count) >= target.upperBound
    else { return nil }
    let address = text(bytes, target)
    guard WebAddress.scheme(of: address[...]) != nil else {
      return (.link(label: text(bytes, label), target: address), targetEnd + 1)
    }
    // A target with a scheme is an outside address; one `validate` refuses stays plain text,
    // so a pack loaded anyway never holds a link to it.
    guard WebAddress.problem(with: address[...]) == nil else { return nil }
    return (.webLink(label: text(bytes, label), url: address), targetEnd + 1)
  }

  /// The next `*`, `]`, `)` and space, each remembered between lookups.
  private struct Finder {
    var star, closeLabel, closeTarget, space: NextByte

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      star = NextByte(UInt8(ascii: "*"), in: bytes)
      closeLabel = NextByte(UInt8(ascii: "]"), in: bytes)
      closeTarget = NextByte(UInt8(ascii: ")"), in: bytes)
      space = NextByte(UInt8(ascii: " "), in: bytes)
    }
  }

  /// Finds the first `byte` at or after an offset. The parser asks from offsets that only grow,
  /// so the answer found last time holds until the offset passes it: all lookups together read
  /// the text once.
  private struct NextByte {
    let byte: UInt8
    let bytes: UnsafeBufferPointer<UInt8>
    /// The last offset asked about, and the first `byte` at or after it (`bytes.count`: none).
    private var asked = Int.max
    private var found = 0

    init(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) {
      self.byte = byte
      self.bytes = bytes
    }

    mutating func after(_ start: Int) -> Int? {
      if !(asked <= start && start <= found) {
        found = start
        while found < bytes.count, bytes[found] != byte { found += 1 }
      }
      asked = start
      return found < bytes.count ? found : nil
    }
  }

  /// The text of a run of bytes; markup is ASCII, so a run always holds whole characters.
  private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
