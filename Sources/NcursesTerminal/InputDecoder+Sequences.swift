import GuideCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Escape sequences: control sequences (keys, mouse reports) and control strings (a
/// terminal's answers), read a byte at a time.
extension InputDecoder {
  /// The byte after ESC: a control sequence, a single shift or a control string starts, or
  /// it was the Escape key and this byte is read afresh.
  mutating func afterEscape(_ byte: UInt8, into events: inout [Event]) {
    state = .ground
    switch byte {
    case UInt8(ascii: "["): state = .controlSequence([])
    case UInt8(ascii: "O"): state = .singleShift
    case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"):
      state = .controlString(length: 0, afterEscape: false, start: [byte])
    default:
      // Esc, then a key typed after it (Alt sends this way too): both are keys.
      events.append(.key(.escape))
      ground(byte, into: &events)
    }
  }

  /// A byte inside `ESC [`: a parameter, the final byte, or one that cuts the sequence short.
  mutating func inControlSequence(_ parameters: [UInt8], _ byte: UInt8, into events: inout [Event])
  {
    switch byte {
    case 0x20...0x3F:
      state = .controlSequence(
        parameters.count < Self.maxParameterBytes ? parameters + [byte] : parameters)
    case 0x40...0x7E:
      state = .ground
      finishControlSequence(parameters, final: byte, into: &events)
    default:
      // Not part of a sequence: the sequence was cut short; the byte is read afresh.
      state = .ground
      ground(byte, into: &events)
    }
  }

  /// A byte of a control string, which ends at BEL or `ESC \` (or its length limit); an
  /// OSC 11 answer about the background becomes an event.
  mutating func inControlString(
    length: Int, afterEscape: Bool, start: [UInt8], _ byte: UInt8, into events: inout [Event]
  ) {
    if afterEscape || byte == 0x07 || length + 1 >= Self.maxControlStringBytes {
      state = .ground
      let ended = afterEscape ? byte == UInt8(ascii: "\\") : byte == 0x07
      if ended, let light = Self.backgroundIsLight(start) {
        events.append(.background(light: light))
      }
    } else {
      var start = start
      if byte != 0x1B, start.count < Self.maxKeptControlStringBytes { start.append(byte) }
      state = .controlString(length: length + 1, afterEscape: byte == 0x1B, start: start)
    }
  }

  /// The keys `ESC O` and one byte stand for (cursor keys in application mode, keypad keys).
  static let singleShiftKeys: [UInt8: Key] = [
    UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right,
    UInt8(ascii: "D"): .left, UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end,
    UInt8(ascii: "M"): .enter, UInt8(ascii: "w"): .home, UInt8(ascii: "q"): .end,
    UInt8(ascii: "y"): .pageUp, UInt8(ascii: "s"): .pageDown,
  ]

  /// The keys a final byte stands for when the sequence has no parameters.
  static let plainFinalKeys: [UInt8: Key] = [
    UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right,
    UInt8(ascii: "D"): .left, UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end,
    UInt8(ascii: "Z"): .backTab,
  ]

  /// The keys of `ESC [ n ~` (VT220 editing keys; tmux, rxvt and the Linux console).
  static let tildeKeys: [String: Key] = [
    "1": .home, "7": .home, "4": .end, "8": .end, "5": .pageUp, "6": .pageDown, "3": .delete,
  ]

  mutating func finishControlSequence(
    _ parameters: [UInt8], final: UInt8, into events: inout [Event]
  ) {
    if parameters.isEmpty {
      switch final {
      case UInt8(ascii: "M"): state = .x10Mouse([])
      case UInt8(ascii: "["): state = .linuxFunctionKey
      default: if let key = Self.plainFinalKeys[final] { events.append(.key(key)) }
      }
      return
    }
    let text = String(decoding: parameters, as: UTF8.self)
    if final == UInt8(ascii: "~") {
      if text == "200" {
        state = .paste
        pasted = []
        pasteEndMatched = 0
        pasteSilence = 0
      } else if let key = Self.tildeKeys[text] {
        events.append(.key(key))
      }
    } else if final == UInt8(ascii: "M"), text.hasPrefix("<"), mouse,
      let event = Self.sgrMouse(text.dropFirst())
    {
      events.append(event)
    }
  }

  /// An SGR mouse press (`ESC [ < button ; column ; row M`, counted from 1). Releases end in
  /// `m` and are ignored.
  static func sgrMouse(_ parameters: Substring) -> Event? {
    let numbers = parameters.split(separator: ";").compactMap { Int($0) }
    guard numbers.count == 3, numbers[1] >= 1, numbers[2] >= 1 else { return nil }
    return mouseEvent(button: numbers[0], row: numbers[2] - 1, column: numbers[1] - 1)
  }

  /// An X10 report's three bytes: button, column and row, each offset by 32 (and 1).
  static func x10Mouse(_ report: [UInt8]) -> Event? {
    guard report.count == 3, report[0] >= 32 else { return nil }
    let column = Int(report[1]) - 33
    let row = Int(report[2]) - 33
    guard column >= 0, row >= 0 else { return nil }
    return mouseEvent(button: Int(report[0]) - 32, row: row, column: column)
  }

  /// Button 0 is a left press, 64 and 65 the wheel; Shift, Alt and Ctrl (4, 8, 16) do not
  /// change what a button means; motion (32) and other buttons are ignored.
  private static func mouseEvent(button: Int, row: Int, column: Int) -> Event? {
    switch button & ~(4 | 8 | 16) {
    case 0: .click(row: row, column: column)
    case 64: .wheel(up: true)
    case 65: .wheel(up: false)
    default: nil
    }
  }

  /// Whether an OSC 11 answer (`]11;rgb:RRRR/GGGG/BBBB`, 1 to 4 hex digits a part) names a
  /// light colour: one with more contrast against black than against white (relative
  /// luminance above 0.179). Nil for anything else.
  static func backgroundIsLight(_ string: [UInt8]) -> Bool? {
    let prefix = Array("]11;rgb:".utf8)
    guard string.count > prefix.count, Array(string.prefix(prefix.count)) == prefix else {
      return nil
    }
    let parts = string.dropFirst(prefix.count).split(
      separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    guard parts.count == 3 else { return nil }
    var channels: [Double] = []
    for part in parts {
      guard (1...4).contains(part.count),
        let value = Int(String(decoding: part, as: UTF8.self), radix: 16)
      else { return nil }
      let fraction = Double(value) / Double((1 << (4 * part.count)) - 1)
      channels.append(
        fraction <= 0.03928 ? fraction / 12.92 : pow((fraction + 0.055) / 1.055, 2.4))
    }
    let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    return luminance > 0.179
  }
}
