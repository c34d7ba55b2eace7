/// A posting's text as safe lines: the posting is untrusted, like pack text.
///
/// The same character rules as the pack loader's sanitiser (escape shows as `␛`, other control
/// and bidirectional-override characters are dropped, tabs become spaces), applied per line:
/// the reader needs the posting's lines and paragraphs, which that sanitiser joins into one.
public enum PostingText {
  /// The lines of `text`, split at LF, CRLF, CR, vertical tab, form feed, NEL and the Unicode
  /// line and paragraph separators.
  public static func lines(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      forEachLine(bytes) { line in
        switch line {
        case .bytes(let range):
          lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        case .cleaned(let text): lines.append(text)
        }
      }
      return lines
    }
  }

  /// A line of a posting's bytes: where it is in them when it needs no cleaning (nearly every
  /// line), or its cleaned text.
  enum Line {
    case bytes(Range<Int>)
    case cleaned(String)
  }

  /// The bytes of a line of `text`, the posting's bytes that `forEachLine` split.
  static func withBytes<Result>(
    of line: Line, in text: UnsafeBufferPointer<UInt8>,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    switch line {
    case .bytes(let range): return body(UnsafeBufferPointer(rebasing: text[range]))
    case .cleaned(var cleaned): return cleaned.withUTF8(body)
    }
  }

  /// Each line of `bytes`, in order, as `lines` splits and cleans them, copying none of the
  /// lines that need no cleaning.
  static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Line) -> Void) {
    func line(_ range: Range<Int>) {
      let slice = bytes[range]
      guard needsCleaning(slice) else { return body(.bytes(range)) }
      let text = String(decoding: UnsafeBufferPointer(rebasing: slice), as: UTF8.self)
      for cleaned in clean(text) { body(.cleaned(cleaned)) }
    }
    var start = 0
    var index = 0
    var count = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        line(start..<index)
        count += 1
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        start = index + 1
      }
      index += 1
    }
    if start < bytes.count || count == 0 { line(start..<bytes.count) }
  }

  /// Whether the bytes hold a character that `clean` changes: C0 controls and DEL, C1 controls
  /// (UTF-8 `C2 80`–`C2 9F`), and the bidi controls and line separators among U+2000–U+206F
  /// (`E2 80 xx` and `E2 81 xx`, whose other characters, such as dashes and quotes, are common).
  private static func needsCleaning(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte < 0x20 || byte == 0x7F { return true }
      if byte == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] < 0xA0 { return true }
      if byte == 0xE2, index + 2 < bytes.endIndex,
        isCleanedAfterE2(bytes[index + 1], bytes[index + 2])
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// U+200E, U+200F, U+2028–U+202E (`E2 80 8E/8F/A8–AE`) and U+2066–U+2069 (`E2 81 A6–A9`).
  private static func isCleanedAfterE2(_ second: UInt8, _ third: UInt8) -> Bool {
    switch (second, third) {
    case (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xA8...0xAE), (0x81, 0xA6...0xA9): return true
    default: return false
    }
  }

  private static func clean(_ text: String) -> [String] {
    var lines: [String] = []
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      // Vertical tab, form feed (the page break pdftotext writes) and NEL end a line too:
      // dropped, they would glue a title to the words after it.
      case 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
        lines.append(String(out))
        out = String.UnicodeScalarView()
      case 0x1B: out.append("\u{241B}")
      case 0x09: out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: continue
      case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: continue
      default: out.append(scalar)
      }
    }
    return lines + [String(out)]
  }
}
