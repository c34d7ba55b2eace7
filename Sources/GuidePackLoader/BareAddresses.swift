import GuideContent

/// Finds `https://…` and `http://…` addresses written in plain text and makes each a link
/// whose label is the address, so it stays visible where links cannot be followed.
///
/// An address runs to the first character not allowed in one (a space, a letter outside
/// ASCII); a sentence's closing punctuation and an unmatched `)` after it are left out, so
/// "see https://example.org." links `https://example.org`. One pass over the bytes.
enum BareAddresses {
  static func split(_ text: String) -> [Inline] {
    // A byte scan, not `String.contains`, which allocates on every call: this runs per run of
    // plain text, hundreds of thousands of times in a big pack.
    guard text.utf8.count >= 8, hasPair(text, UInt8(ascii: ":"), UInt8(ascii: "/")) else {
      return [.text(text)]
    }
    let bytes = Array(text.utf8)
    var result: [Inline] = []
    var plainStart = 0
    var index = 0
    while index < bytes.count {
      guard let run = addressRun(bytes, from: index) else {
        index += 1
        continue
      }
      if let end = run.link {
        if plainStart < index { result.append(.text(string(bytes[plainStart..<index]))) }
        let url = string(bytes[index..<end])
        result.append(.webLink(label: url, url: url))
        plainStart = end
      }
      // Past the whole run either way: an address is never looked for inside another, which
      // keeps text such as `https://https://…` linear.
      index = run.link ?? run.end
    }
    if plainStart < bytes.count { result.append(.text(string(bytes[plainStart...]))) }
    return result
  }

  /// Whether `first` is directly followed by `second` somewhere in the text.
  /// Read from the string's own buffer: walking `utf8` byte by byte made this check, run on
  /// every paragraph, the largest single cost of loading a 32 MB pack.
  static func hasPair(_ text: String, _ first: UInt8, _ second: UInt8) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count > 1 else { return false }
      for index in 1..<bytes.count where bytes[index] == second && bytes[index - 1] == first {
        return true
      }
      return false
    }
  }

  private static let schemes = [Array("https://".utf8), Array("http://".utf8)]

  /// The run of address characters from a scheme at `start`, and where the link in it ends
  /// (nil when it is too long or has no host); nil when no scheme starts there.
  private static func addressRun(_ bytes: [UInt8], from start: Int) -> (end: Int, link: Int?)? {
    guard bytes[start] == UInt8(ascii: "h"), start == 0 || !isWordByte(bytes[start - 1]),
      let scheme = schemes.first(where: { bytes[start...].starts(with: $0) })
    else { return nil }
    var end = start + scheme.count
    while end < bytes.count, bytes[end] < 0x80,
      WebAddress.isAddressCharacter(Unicode.Scalar(bytes[end]))
    {
      end += 1
    }
    guard end - start <= WebAddress.maxLength else { return (end, nil) }
    let link = trimmed(bytes[start..<end])
    return (end, link > start + scheme.count ? link : nil)
  }

  /// The end of an address with trailing sentence punctuation and unmatched closing
  /// parentheses left out.
  private static func trimmed(_ run: ArraySlice<UInt8>) -> Int {
    var unmatched = count(UInt8(ascii: ")"), in: run) - count(UInt8(ascii: "("), in: run)
    var end = run.endIndex
    while end > run.startIndex {
      let last = run[end - 1]
      if Array(".,;:!?'*".utf8).contains(last) {
        end -= 1
      } else if last == UInt8(ascii: ")"), unmatched > 0 {
        unmatched -= 1
        end -= 1
      } else {
        break
      }
    }
    return end
  }

  private static func count(_ byte: UInt8, in bytes: ArraySlice<UInt8>) -> Int {
    bytes.reduce(0) { $1 == byte ? $0 + 1 : $0 }
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  private static func string(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }
}
