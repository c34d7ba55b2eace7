import GuideCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the bytes a terminal sends into keys, clicks, wheel turns and pastes.
///
/// Pure: bytes in, events out, no curses and no clock, so every sequence (split, cut short,
/// malformed) is tested on byte strings. Whoever reads the terminal feeds it each byte, and
/// when input pauses for as long as `wait` says, calls `pause(silentFor:)`, which ends whatever
/// is incomplete: a lone Esc becomes the Escape key, a cut sequence is dropped. A paste is the
/// exception: it ends only at its end marker, however long the gaps between its pieces (a slow
/// link sends it in pieces), and is dropped, never typed, once silent for
/// `pasteTimeoutMilliseconds`.
///
/// Junk is never typed: an escape sequence it does not know (a cursor-position report, a
/// colour reply, a function key the guide does not use) is read to its end and ignored as a
/// whole, and a byte that starts no valid UTF-8 character is dropped without the key after it.
public struct InputDecoder: Sendable {
  /// What the bytes meant.
  public enum Event: Sendable, Equatable {
    case key(Key)
    /// A left-button press at a cell, counted from 0.
    case click(row: Int, column: Int)
    /// The wheel turned: up (toward the top of a page) or down.
    case wheel(up: Bool)
    /// Text pasted between bracketed-paste markers (`ESC [ 200 ~` … `ESC [ 201 ~`), as one
    /// event, so pasted digits never open one menu item after another.
    case paste(String)
    /// The terminal's answer to OSC 11 (its background colour): whether it is light. Any
    /// other control string, or an answer not of the form `rgb:R/G/B`, is ignored.
    case background(light: Bool)
  }

  /// How long the reader may wait for the next byte before calling `pause()`.
  public enum Wait: Sendable, Equatable {
    /// Nothing is pending: wait as long as you like.
    case idle
    /// A lone Esc: the Escape key, unless the rest of a sequence follows at once.
    case escape
    /// Inside a sequence or a UTF-8 character, whose bytes arrive together.
    case sequence
    /// Inside a paste, which a slow link may send in pieces: pauses add up to
    /// `pasteTimeoutMilliseconds` before the paste is dropped.
    case paste
  }

  /// The longest paste read as one; the bytes after it, up to the paste's end, are dropped,
  /// so a huge paste can never act as keys (`R` then `y` on home would reset every mark).
  public static let maxPasteBytes = 1_000_000
  /// How long a paste may be silent before what arrived of it is dropped: generous, since an
  /// ssh link can stall for seconds, yet bounded, so a start marker whose end never comes does
  /// not swallow every key typed after it for good. Dropped, not handed on: half a paste
  /// typed as keys is what a paste must never be.
  public static let pasteTimeoutMilliseconds = 5_000
  /// The longest control string (a terminal's reply) skipped as one.
  static let maxControlStringBytes = 4096
  /// The bytes of a control string kept to be read: `]11;rgb:` and three 4-digit parts fit.
  static let maxKeptControlStringBytes = 40

  /// The parameter bytes of a control sequence kept for decoding; more are read and dropped.
  static let maxParameterBytes = 32

  enum State: Sendable, Equatable {
    case ground
    case escape
    /// `ESC O`: one more byte names the key.
    case singleShift
    /// `ESC [` and the parameter bytes so far.
    case controlSequence([UInt8])
    /// `ESC [ [`: the Linux console's F1–F5, one more byte.
    case linuxFunctionKey
    /// `ESC [ M`: an X10 mouse report's three bytes.
    case x10Mouse([UInt8])
    /// OSC, DCS, APC or PM, up to BEL or `ESC \`; `afterEscape` once ESC arrived; `start`
    /// holds the introducer and the first bytes (enough for an OSC 11 answer).
    case controlString(length: Int, afterEscape: Bool, start: [UInt8])
    /// A UTF-8 character and the number of bytes it needs.
    case utf8([UInt8], length: Int)
    case paste
    /// After a paste reached `maxPasteBytes`: its remaining bytes, dropped.
    case pasteRest
  }

  var state = State.ground
  var pasted: [UInt8] = []
  /// How much of the paste end marker the last bytes matched.
  var pasteEndMatched = 0
  /// How long the paste has been silent since its last byte.
  var pasteSilence = 0
  private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

  /// True when the locale is UTF-8; otherwise only ASCII is a key, as with curses.
  public let unicode: Bool
  /// False for `--no-mouse`: mouse reports are read and ignored.
  public let mouse: Bool

  public init(unicode: Bool, mouse: Bool) {
    self.unicode = unicode
    self.mouse = mouse
  }

  public var wait: Wait {
    switch state {
    case .ground: .idle
    case .escape: .escape
    case .paste, .pasteRest: .paste
    default: .sequence
    }
  }

  /// Reads one byte; most bytes finish an event, bytes inside a sequence return none.
  public mutating func feed(_ byte: UInt8) -> [Event] {
    var events: [Event] = []
    feed(byte, into: &events)
    return events
  }

  /// Reads every byte, as if they arrived together (no pause among them).
  public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Event] {
    var events: [Event] = []
    for byte in bytes { feed(byte, into: &events) }
    return events
  }

  /// Input paused for `milliseconds` (for good, when not given): ends what is incomplete. A
  /// lone Esc is the Escape key and any other cut sequence or character is dropped. A paste
  /// goes on through pauses until they add up to `pasteTimeoutMilliseconds` without a byte;
  /// then what arrived of it is dropped.
  public mutating func pause(silentFor milliseconds: Int = .max) -> [Event] {
    switch state {
    case .paste, .pasteRest:
      let timeout = Self.pasteTimeoutMilliseconds
      pasteSilence = min(timeout, pasteSilence + min(max(0, milliseconds), timeout))
      guard pasteSilence == timeout else { return [] }
      pasted = []
      pasteEndMatched = 0
      state = .ground
      return []
    case .escape:
      state = .ground
      return [.key(.escape)]
    default:
      state = .ground
      return []
    }
  }

  private mutating func feed(_ byte: UInt8, into events: inout [Event]) {
    if state == .paste || state == .pasteRest { pasteSilence = 0 }
    switch state {
    case .ground:
      ground(byte, into: &events)
    case .escape:
      afterEscape(byte, into: &events)
    case .singleShift:
      state = .ground
      if let key = Self.singleShiftKeys[byte] { events.append(.key(key)) }
    case .controlSequence(let parameters):
      inControlSequence(parameters, byte, into: &events)
    case .linuxFunctionKey:
      state = .ground
    case .x10Mouse(var report):
      report.append(byte)
      if report.count < 3 {
        state = .x10Mouse(report)
        return
      }
      state = .ground
      if let event = Self.x10Mouse(report), mouse { events.append(event) }
    case .controlString(let length, let afterEscape, let start):
      inControlString(length: length, afterEscape: afterEscape, start: start, byte, into: &events)
    case .utf8(let bytes, let length):
      inCharacter(bytes, length: length, byte, into: &events)
    case .paste:
      readPasted(byte, into: &events)
    case .pasteRest:
      if matchesPasteEnd(byte) { state = .ground }
    }
  }

  /// A byte after the first of a UTF-8 character of `length` bytes.
  private mutating func inCharacter(
    _ bytes: [UInt8], length: Int, _ byte: UInt8, into events: inout [Event]
  ) {
    guard (0x80...0xBF).contains(byte) else {
      state = .ground
      ground(byte, into: &events)
      return
    }
    let bytes = bytes + [byte]
    guard bytes.count == length else {
      state = .utf8(bytes, length: length)
      return
    }
    state = .ground
    // Rejects overlong forms and surrogates.
    if let scalar = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first,
      let key = Self.key(for: scalar.value)
    {
      events.append(.key(key))
    }
  }

  /// A byte outside any sequence.
  mutating func ground(_ byte: UInt8, into events: inout [Event]) {
    switch byte {
    case 0x1B:
      state = .escape
    case 0..<0x80:
      if let key = Self.key(for: UInt32(byte)) { events.append(.key(key)) }
    case 0xC2...0xDF where unicode:
      state = .utf8([byte], length: 2)
    case 0xE0...0xEF where unicode:
      state = .utf8([byte], length: 3)
    case 0xF0...0xF4 where unicode:
      state = .utf8([byte], length: 4)
    default:
      break
    }
  }

  // MARK: - Pastes

  private mutating func readPasted(_ byte: UInt8, into events: inout [Event]) {
    pasted.append(byte)
    if matchesPasteEnd(byte) {
      pasted.removeLast(Self.pasteEnd.count)
      state = .ground
      events.append(finishPaste())
    } else if pasted.count >= Self.maxPasteBytes {
      state = .pasteRest
      events.append(finishPaste())
    }
  }

  /// Follows the paste end marker byte by byte; true when this byte completes it.
  private mutating func matchesPasteEnd(_ byte: UInt8) -> Bool {
    if byte == Self.pasteEnd[pasteEndMatched] {
      pasteEndMatched += 1
    } else {
      pasteEndMatched = byte == Self.pasteEnd[0] ? 1 : 0
    }
    guard pasteEndMatched == Self.pasteEnd.count else { return false }
    pasteEndMatched = 0
    return true
  }

  private mutating func finishPaste() -> Event {
    let text = String(decoding: pasted, as: UTF8.self)
    pasted = []
    pasteEndMatched = 0
    return .paste(text)
  }

  // MARK: - Characters

  /// The key a character (a Unicode scalar value) stands for; nil for input the app ignores.
  static func key(for code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26:
      guard let scalar = Unicode.Scalar(code + 96) else { return nil }
      return .control(Character(scalar))
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      switch scalar.properties.generalCategory {
      case .control, .format, .surrogate, .unassigned, .privateUse, .lineSeparator,
        .paragraphSeparator:
        return nil
      default:
        return .character(Character(scalar))
      }
    }
  }
}
