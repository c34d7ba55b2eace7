import CNcursesw
import GuideCore
import GuideUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real screen: ncursesw set up for a full-screen app, frames out, keys in.
///
/// Thin on purpose: it copies frames to curses, decodes keys and reports signals; every
/// decision about what those mean belongs to the app. Call `stop()` before exiting.
@MainActor
public final class NcursesTerminal: Terminal {
  /// True when the locale is UTF-8, so box drawing, arrows and wide text can be shown.
  public let unicode: Bool
  /// True when roles are drawn with colours as well as attributes.
  public let colors: Bool

  private var screen: OpaquePointer?
  private let window: UnsafeMutablePointer<WINDOW>
  /// Attributes and colour pair for each role, worked out once from the theme.
  /// Attributes and colour pair of each role, at the role's raw value (an array, not a
  /// dictionary: a `Role`-keyed dictionary costs a conformance scan at start).
  private let looks: [(attributes: attr_t, pair: Int16)]
  private var cursorVisible = false
  /// True when curses reports clicks and the wheel (`--no-mouse` turns it off).
  private var mouseEnabled = false
  /// A mouse event decoded from an escape sequence, handed out by the next `nextEvent`.
  private var decodedMouse: TerminalEvent?
  /// The rows of the last frame drawn: a row that has not changed is not copied into curses
  /// again. Emptied whenever curses' own copy may differ (resize, full repaint).
  private var drawnRows: [[Cell]] = []

  /// How long `wgetch` waits before the loop looks at the signal flags again.
  static let inputTimeoutMilliseconds: Int32 = 100

  private init(
    screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, unicode: Bool, colors: Bool,
    looks: [(attributes: attr_t, pair: Int16)]
  ) {
    self.screen = screen
    self.window = window
    self.unicode = unicode
    self.colors = colors
    self.looks = looks
  }

  // MARK: - Starting and stopping

  /// Takes over the terminal, or says why it cannot.
  ///
  /// - Parameter theme: the table from role to look; `monochrome` uses no colour at all.
  /// - Parameter colorsAllowed: false for `NO_COLOR` or `--color never`; colours are also off
  ///   when the terminal has none.
  public static func start(colorsAllowed: Bool, theme: ThemeName = .dark, mouse: Bool = true)
    -> Result<
      NcursesTerminal, TerminalStartError
    >
  {
    guard isatty(0) == 1, isatty(1) == 1 else { return .failure(.notATerminal) }
    // Only the character set matters to curses; loading every locale category would cost a
    // dozen more files opened and mapped at start.
    setlocale(LC_CTYPE, "")
    guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
      return .failure(.termNotSet)
    }
    let unicode = dg_locale_is_utf8() != 0

    // Before newterm, so ncurses leaves SIGINT/SIGTERM to us (it installs its own otherwise).
    Signals.install()
    guard let screen = dg_newterm() else {
      Signals.restore()
      return .failure(.unknownTerminal(term))
    }
    set_term(screen)
    guard dg_has_cursor_addressing() != 0, let window = dg_stdscr() else {
      endwin()
      delscreen(screen)
      Signals.restore()
      return .failure(.noCursorAddressing(term))
    }
    Signals.setCursesActive(true)

    cbreak()
    noecho()
    nonl()
    dg_disable_flow_control()
    intrflush(window, false)
    keypad(window, true)
    if mouse {
      // Clicks open items and links, the wheel scrolls; presses, so a click needs no wait.
      mousemask(dg_mouse_mask(), nil)
      mouseinterval(0)
    }
    defineMissingKeys()
    wtimeout(window, inputTimeoutMilliseconds)
    curs_set(0)
    if getenv("ESCDELAY") == nil { set_escdelay(25) }

    let colors = colorsAllowed && theme != .monochrome && has_colors() && start_color() == OK
    let background: Int16 = colors && use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
    let looks = Role.allCases.map { role in
      let style = Theme.style(for: role, in: theme)
      var pair: Int16 = 0
      if colors, let foreground = style.foreground, role.rawValue + 1 < dg_color_pairs() {
        pair = Int16(role.rawValue + 1)
        init_pair(pair, foreground, background)
      }
      return (attributes: Theme.cursesAttributes(style.attributes), pair: pair)
    }

    let terminal = NcursesTerminal(
      screen: screen, window: window, unicode: unicode, colors: colors, looks: looks)
    terminal.mouseEnabled = mouse
    return .success(terminal)
  }

  /// Home/End sequences some terminals send (tmux, rxvt, VT220 keypads) without terminfo
  /// saying so: Debian's xterm-256color lists only `ESC O H`, yet tmux sends `ESC [ 1 ~`.
  private static let extraKeySequences: [(sequence: String, code: Int32)] = [
    ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME),
    ("\u{1B}OH", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END),
    ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
  ]

  /// Binds the sequences in `extraKeySequences` that terminfo left unbound.
  private static func defineMissingKeys() {
    for (sequence, code) in extraKeySequences where key_defined(sequence) == 0 {
      define_key(sequence, code)
    }
  }

  /// Gives the terminal back: normal mode, main screen, visible cursor. Safe to call twice.
  ///
  /// After a `.signal` event the caller exits with `128 + signal`; after SIGHUP it must not
  /// write to the terminal any more.
  public func stop() {
    guard let screen else { return }
    self.screen = nil
    Signals.setCursesActive(false)
    // A terminal that has gone away (its window closed: input reports a hang-up) gets no more
    // output: curses' goodbye goes to /dev/null instead.
    if dg_input_closed() != 0 {
      let nowhere = open("/dev/null", O_WRONLY | O_CLOEXEC)
      if nowhere >= 0 {
        fflush(nil)
        dup2(nowhere, 1)
        close(nowhere)
      }
    }
    curs_set(1)
    endwin()
    delscreen(screen)
    Signals.restore()
  }

  /// Whether `start` succeeded and `stop` has not been called.
  public var isActive: Bool { screen != nil }

  // MARK: - Output

  public var size: Size {
    guard isActive else { return Size(columns: 0, rows: 0) }
    return Size(columns: Int(dg_max_x(window)), rows: Int(dg_max_y(window)))
  }

  /// Makes the next `draw` repaint the whole screen (Ctrl-L, back from Ctrl-Z).
  public func invalidate() {
    guard isActive, let current = dg_curscr() else { return }
    clearok(current, true)
  }

  /// Copies the frame into curses; `doupdate` then sends only what changed.
  ///
  /// A frame larger than the screen is clipped; screen area outside a smaller frame is blanked.
  public func draw(_ frame: Frame) {
    guard isActive else { return }
    let screenRows = Int(dg_max_y(window))
    let screenColumns = Int(dg_max_x(window))
    let rows = min(frame.size.rows, screenRows, frame.cells.count)
    if drawnRows.count != rows || drawnRows.first?.count != frame.cells.first?.count
      || frame.size.columns != screenColumns
    {
      drawnRows = []
    }
    for row in 0..<rows {
      let cells = frame.cells[row]
      if row < drawnRows.count, drawnRows[row] == cells { continue }
      let columns = min(frame.size.columns, screenColumns, cells.count)
      var column = 0
      var text: [UInt8] = []
      text.reserveCapacity(columns * 2 + 1)
      while column < columns {
        let start = column
        let role = cells[column].role
        text.removeAll(keepingCapacity: true)
        while column < columns, cells[column].role == role {
          text.append(contentsOf: printable(cells, at: column, columns: columns).utf8)
          column += 1
        }
        text.append(0)
        write(text, role: role, row: row, from: start, to: column)
      }
      if columns < screenColumns {
        dg_set_attributes(window, dg_attr_normal(), 0)
        wmove(window, Int32(row), Int32(columns))
        wclrtoeol(window)
      }
    }
    drawnRows = Array(frame.cells.prefix(rows))
    dg_set_attributes(window, dg_attr_normal(), 0)
    if rows < screenRows {
      wmove(window, Int32(rows), 0)
      wclrtobot(window)
    }
    placeCursor(frame.cursor, rows: min(rows, screenRows), columns: screenColumns)
    wnoutrefresh(window)
    doupdate()
  }

  /// The text to write for one cell: "" for the second half of a wide character, never a
  /// control character, and plain ASCII when the locale cannot show more.
  private func printable(_ cells: [Cell], at column: Int, columns: Int) -> String {
    let text = cells[column].text
    // Printable ASCII, nearly every cell, needs none of the checks below.
    if text.utf8.count == 1, let byte = text.utf8.first, byte >= 0x20, byte < 0x7F { return text }
    if text.isEmpty {
      // The second half of a wide character, unless that character was replaced or clipped.
      if column == 0 || !unicode { return " " }
      return ""
    }
    let isWide = column + 1 < cells.count && cells[column + 1].text.isEmpty
    if isWide, column + 1 >= columns { return " " }
    if text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    {
      return isWide && unicode ? "??" : "?"
    }
    if !unicode, !text.unicodeScalars.allSatisfy({ $0.isASCII }) { return "?" }
    return text
  }

  /// Writes a run of one role; `text` is UTF-8 ending in a NUL (bytes, not a String, so a
  /// row is built without a string append per cell).
  private func write(_ text: [UInt8], role: Role, row: Int, from start: Int, to end: Int) {
    let look = looks[role.rawValue]
    dg_set_attributes(window, look.attributes, look.pair)
    // ERR at the bottom-right cell is expected: curses still draws it (scrollok is off).
    _ = text.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) {
        mvwaddstr(window, Int32(row), Int32(start), $0.baseAddress)
      }
    }
    // If curses measured a character narrower than the frame did, blank the gap so the next
    // run starts where the frame expects and nothing stale shows through.
    if getcury(window) == Int32(row) {
      let reached = Int(dg_cur_x(window))
      if reached > start, reached < end {
        for _ in reached..<end { waddch(window, chtype(UInt8(ascii: " "))) }
      }
    }
  }

  private func placeCursor(_ cursor: (row: Int, column: Int)?, rows: Int, columns: Int) {
    if let cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0, cursor.column < columns {
      if !cursorVisible {
        curs_set(1)
        cursorVisible = true
      }
      wmove(window, Int32(cursor.row), Int32(cursor.column))
    } else if cursorVisible {
      curs_set(0)
      cursorVisible = false
    }
  }

  // MARK: - Input

  /// Waits for a key, a resize, a signal or a request to repaint; nil once input is closed.
  ///
  /// Wakes every 100 ms to look at the signal flags; anything it cannot decode is skipped.
  /// Input is read a byte at a time (`wgetch`) and UTF-8 decoded here: `wget_wch`, given a
  /// byte that starts no valid character, keeps reading and throws away up to a dozen of the
  /// keys that follow it.
  public func nextEvent() -> TerminalEvent? {
    guard isActive else { return nil }
    while true {
      if let signal = Signals.takePending() { return .signal(signal) }
      if Signals.takeContinued() { return .redraw }
      switch readRaw() {
      case .character(let byte):
        if byte == 27, skipEscapeSequence() {
          if let mouse = decodedMouse {
            decodedMouse = nil
            return mouse
          }
          continue
        }
        // Outside a UTF-8 locale only ASCII is a key, as with curses' own decoding.
        guard let code = byte < 0x80 ? byte : unicode ? readUTF8(lead: byte) : nil else {
          continue
        }
        if let key = KeyDecoder.key(forCharacter: code) { return .key(key) }
      case .function(let code):
        if code == KEY_RESIZE { return .resized(size) }
        if code == KEY_MOUSE {
          if let event = mouseEvent() { return event }
          continue
        }
        if let key = KeyDecoder.key(forFunctionKey: code) { return .key(key) }
      case nil:
        if Signals.takeContinued() { return .redraw }
        if let signal = Signals.takePending() { return .signal(signal) }
        if dg_input_closed() != 0 { return nil }
      }
    }
  }

  /// The character that `lead` starts, reading its continuation bytes; nil for a byte that
  /// starts none, or a sequence that is cut short or invalid (the byte that broke it is put
  /// back, so a key typed after junk is never lost).
  private func readUTF8(lead: UInt32) -> UInt32? {
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return nil
    }
    wtimeout(window, Self.sequenceTimeoutMilliseconds)
    defer { wtimeout(window, Self.inputTimeoutMilliseconds) }
    var bytes = [UInt8(lead)]
    while bytes.count < length {
      guard let next = readRaw() else { return nil }
      guard case .character(let byte) = next, (0x80...0xBF).contains(byte) else {
        putBack(next)
        return nil
      }
      bytes.append(UInt8(byte))
    }
    // Rejects overlong forms and surrogates.
    guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
    return text.unicodeScalars.first?.value
  }

  /// How long to wait for the rest of an escape sequence that has started arriving.
  static let sequenceTimeoutMilliseconds: Int32 = 10

  /// Called after a lone Esc: if an escape sequence curses did not recognise follows (CSI
  /// `ESC [`, SS3 `ESC O`, or a control string such as OSC `ESC ]`), reads it to its end and
  /// returns true, so it is ignored as a whole.
  ///
  /// Otherwise curses would hand over Esc and then the rest as typed characters: a
  /// cursor-position report `ESC [ 12 ; 40 R` would press Esc, `1` and `2`. Bracketed-paste
  /// markers, mouse reports and colour reports (`ESC ] 11 ; ... BEL`) go the same way.
  /// Anything else after Esc (another Esc, a letter) is put back and read as usual.
  private func skipEscapeSequence() -> Bool {
    wtimeout(window, Self.sequenceTimeoutMilliseconds)
    defer { wtimeout(window, Self.inputTimeoutMilliseconds) }
    guard let next = readRaw() else { return false }
    switch next {
    case .character(0x5B):  // "["
      skipControlSequence()
      return true
    case .character(0x4F):  // "O": one more character names the key.
      _ = readRaw()
      return true
    case .character(0x5D), .character(0x50), .character(0x5F), .character(0x5E):
      // OSC, DCS, APC, PM (terminal replies such as a colour report): up to BEL or ESC \.
      skipControlString()
      return true
    default:
      putBack(next)
      return false
    }
  }

  /// Reads the parameter and intermediate bytes and the final byte of a CSI sequence; an X10
  /// mouse report (`ESC [ M` and three bytes) includes its three bytes, and a bracketed paste
  /// everything up to its end.
  private func skipControlSequence() {
    var parameters: [UInt32] = []
    while let next = readRaw() {
      guard case .character(let code) = next else {
        putBack(next)
        return
      }
      switch code {
      case 0x20...0x3F:
        parameters.append(code)
        continue
      case 0x40...0x7E:
        if mouseEnabled, parameters.first == 0x3C, code == 0x4D {
          decodedMouse = Self.sgrMouse(parameters.dropFirst())
          return
        }
        if parameters.isEmpty, code == 0x4D {
          for _ in 0..<3 { _ = readRaw() }
        }
        // `ESC [ 200 ~` starts a bracketed paste: pasted text is not keys.
        if parameters == [0x32, 0x30, 0x30], code == 0x7E { skipPaste() }
        return
      default:
        putBack(next)
        return
      }
    }
  }

  /// An SGR mouse press (`ESC [ < button ; column ; row M`, counted from 1) as an event:
  /// button 0 is a left click, 64 and 65 the wheel. Releases end in `m` and never get here.
  static func sgrMouse(_ parameters: ArraySlice<UInt32>) -> TerminalEvent? {
    let text = String(decoding: parameters.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
    let numbers = text.split(separator: ";").compactMap { Int($0) }
    guard numbers.count == 3, numbers[1] >= 1, numbers[2] >= 1 else { return nil }
    switch numbers[0] {
    case 0: return .click(row: numbers[2] - 1, column: numbers[1] - 1)
    case 64: return .wheel(up: true)
    case 65: return .wheel(up: false)
    default: return nil
    }
  }

  /// The mouse event curses decoded; with the mouse off, the report is skipped instead.
  private func mouseEvent() -> TerminalEvent? {
    guard mouseEnabled else {
      skipMouseReport()
      return nil
    }
    var row: Int32 = 0
    var column: Int32 = 0
    switch dg_mouse_event(&row, &column) {
    case 1: return .click(row: Int(row), column: Int(column))
    case 2: return .wheel(up: true)
    case 3: return .wheel(up: false)
    default: return nil
    }
  }

  /// Curses matched the start of a mouse report (terminfo's `kmous`) but, with no mouse mask,
  /// leaves the rest as characters: `ESC [ < 0 ; 12 ; 5 M` would press `0`, `1`, `2`... Reads
  /// the rest: SGR parameters up to `M` or `m` when `kmous` ends in `<`, else X10's three bytes.
  private func skipMouseReport() {
    wtimeout(window, Self.sequenceTimeoutMilliseconds)
    defer { wtimeout(window, Self.inputTimeoutMilliseconds) }
    let start = "kmous".withCString { tigetstr($0) }
    let sgr =
      start.map { Int(bitPattern: $0) != -1 && String(cString: $0).hasSuffix("<") } ?? false
    guard sgr else {
      for _ in 0..<3 { _ = readRaw() }
      return
    }
    while let next = readRaw() {
      guard case .character(let code) = next, (0x20...0x3F).contains(code) else {
        if case .character(let code) = next, (0x40...0x7E).contains(code) { return }
        putBack(next)
        return
      }
    }
  }

  /// Reads pasted text up to `ESC [ 201 ~`, or until input pauses for a while; a paste of a
  /// paragraph full of digits must not open one menu item after another.
  private func skipPaste() {
    wtimeout(window, Self.inputTimeoutMilliseconds)
    defer { wtimeout(window, Self.sequenceTimeoutMilliseconds) }
    let end: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
    var matched = 0
    for _ in 0..<1_000_000 {
      guard let next = readRaw() else { return }
      guard case .character(let code) = next else {
        matched = 0
        continue
      }
      if code == end[matched] {
        matched += 1
        if matched == end.count { return }
      } else {
        matched = code == end[0] ? 1 : 0
      }
    }
  }

  /// Reads a control string up to its terminator (BEL, or ESC and one more character), or
  /// until input pauses; bounded so a stuck sender cannot keep the loop here.
  private func skipControlString() {
    for _ in 0..<4096 {
      guard let next = readRaw() else { return }
      if case .character(let code) = next {
        if code == 0x07 { return }
        if code == 0x1B {
          _ = readRaw()
          return
        }
      }
    }
  }

  private enum RawInput {
    /// A byte of input, not yet decoded.
    case character(UInt32)
    case function(Int32)
  }

  /// One `wgetch` result: a byte, or a key code curses decoded; nil on timeout.
  private func readRaw() -> RawInput? {
    let code = wgetch(window)
    if code == ERR { return nil }
    return (0..<256).contains(code) ? .character(UInt32(code)) : .function(code)
  }

  private func putBack(_ input: RawInput) {
    switch input {
    case .character(let code): ungetch(Int32(code))
    case .function(let code): ungetch(code)
    }
  }

}
