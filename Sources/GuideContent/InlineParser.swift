/// Reads the inline markup of page text: `*emphasis*` and `[label](topic-id)`.
///
/// Anything that does not close (a lone `*`, a `[` without `](…)`) stays as literal text, so
/// a typo never hides words.
public enum InlineParser {
  public static func parse(_ source: String) -> [Inline] {
    if !source.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "[") }) {
      return source.isEmpty ? [] : [.text(source)]
    }
    var result: [Inline] = []
    var plain = ""
    var rest = Substring(source)
    func flush() {
      if !plain.isEmpty { result.append(.text(plain)) }
      plain = ""
    }
    while let first = rest.first {
      if first == "*", let close = rest.dropFirst().firstIndex(of: "*"),
        close > rest.index(after: rest.startIndex)
      {
        flush()
        result.append(.emphasis(String(rest[rest.index(after: rest.startIndex)..<close])))
        rest = rest[rest.index(after: close)...]
      } else if first == "[", let link = parseLink(rest) {
        flush()
        result.append(.link(label: link.label, target: link.target))
        rest = link.rest
      } else {
        plain.append(first)
        rest = rest.dropFirst()
      }
    }
    flush()
    return result
  }

  private static func parseLink(_ text: Substring) -> (
    label: String, target: String, rest: Substring
  )? {
    guard let labelEnd = text.firstIndex(of: "]") else { return nil }
    let afterLabel = text[text.index(after: labelEnd)...]
    guard afterLabel.first == "(", let targetEnd = afterLabel.firstIndex(of: ")") else {
      return nil
    }
    let label = text[text.index(after: text.startIndex)..<labelEnd]
    let target = afterLabel[afterLabel.index(after: afterLabel.startIndex)..<targetEnd]
    guard !label.isEmpty, !target.isEmpty, !target.contains(" ") else { return nil }
    return (String(label), String(target), afterLabel[afterLabel.index(after: targetEnd)...])
  }
}
