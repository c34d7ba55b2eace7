import GuideContent

/// Reads the inline markup of page text: `*emphasis*` and `[label](topic-id)`.
///
/// Anything that does not close (a lone `*`, a `[` without `](…)`) stays as literal text, so
/// a typo never hides words. The markup is ASCII, so the text is read as UTF-8 bytes and cut
/// at byte offsets: no character-by-character copying, which matters for packs of megabytes.
public enum InlineParser {
  private static let star = UInt8(ascii: "*")
  private static let openLabel = UInt8(ascii: "[")

  public static func parse(_ source: String) -> [Inline] {
    if !source.utf8.contains(where: { $0 == star || $0 == openLabel }) {
      return source.isEmpty ? [] : [.text(source)]
    }
    var source = source
    return source.withUTF8 { bytes in
      var result: [Inline] = []
      var plainStart = 0
      var index = 0
      while index < bytes.count {
        var markup: (inline: Inline, end: Int)?
        if bytes[index] == star, let close = find(star, in: bytes, from: index + 1),
          close > index + 1
        {
          markup = (.emphasis(text(bytes, index + 1..<close)), close + 1)
        } else if bytes[index] == openLabel {
          markup = link(in: bytes, at: index)
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
  private static func link(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (
    inline: Inline, end: Int
  )? {
    guard let labelEnd = find(UInt8(ascii: "]"), in: bytes, from: start + 1),
      labelEnd + 1 < bytes.count, bytes[labelEnd + 1] == UInt8(ascii: "("),
      let targetEnd = find(UInt8(ascii: ")"), in: bytes, from: labelEnd + 2)
    else { return nil }
    let label = start + 1..<labelEnd
    let target = labelEnd + 2..<targetEnd
    guard !label.isEmpty, !target.isEmpty,
      find(UInt8(ascii: " "), in: bytes, from: target.lowerBound, to: target.upperBound) == nil
    else { return nil }
    return (.link(label: text(bytes, label), target: text(bytes, target)), targetEnd + 1)
  }

  /// The offset of the first `byte` in `range` (to the end of the text when it is `from:`).
  private static func find(
    _ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil
  ) -> Int? {
    let range = start..<(end ?? bytes.count)
    var index = range.lowerBound
    while index < range.upperBound {
      if bytes[index] == byte { return index }
      index += 1
    }
    return nil
  }

  /// The text of a run of bytes; markup is ASCII, so a run always holds whole characters.
  private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
