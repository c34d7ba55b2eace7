/// A file's text with its line starts, for turning "the second `](x)` after line 5" into the
/// line and column where it is written.
///
/// Made only for files with a message to place, and once per file: placing every bad link of a
/// large file stays linear in its size.
struct SourceLines {
  private let bytes: [UInt8]
  private let lineStarts: [Int]

  init(_ text: String) {
    bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  /// Where the `occurrence`-th `needle` at or after the start of `position`'s line begins,
  /// moved on by `skip` characters (to point at a link's target rather than its `](`).
  func find(_ needle: String, occurrence: Int, from position: SourcePosition, skip: Int = 0)
    -> SourcePosition?
  {
    let wanted = Array(needle.utf8)
    guard !wanted.isEmpty, position.line >= 1, position.line <= lineStarts.count else {
      return nil
    }
    var remaining = occurrence
    var offset = lineStarts[position.line - 1]
    while offset + wanted.count <= bytes.count {
      if bytes[offset] == wanted[0], bytes[offset..<offset + wanted.count].elementsEqual(wanted) {
        if remaining == 0 { return self.position(ofByte: offset + min(skip, wanted.count)) }
        remaining -= 1
        offset += wanted.count
      } else {
        offset += 1
      }
    }
    return nil
  }

  /// Line and column (in characters, as libyaml counts them) of a byte offset.
  private func position(ofByte offset: Int) -> SourcePosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let characters = bytes[lineStarts[low]..<offset].reduce(0) { count, byte in
      byte & 0xC0 == 0x80 ? count : count + 1
    }
    return SourcePosition(line: low + 1, column: characters + 1)
  }
}
