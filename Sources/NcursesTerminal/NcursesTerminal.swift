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
public final class NcursesTerminal: Terminal {
  /// True when the locale is UTF-8, so box drawing, arrows and wide text can be shown.
  public let unicode: Bool

  private var screen: OpaquePointer?
  private let window: UnsafeMutablePointer<WINDOW>
  /// Attributes and colour pair of each role, at the role's raw value (an array, not a
  /// dictionary: a `Role`-keyed dictionary costs a conformance scan at start).
  private var looks: [(attributes: attr_t, pair: Int16)]
  /// The look of each role inside a hyperlink: the same attributes and colours under a twin
  /// colour pair, so curses tells a linked cell from an alike one outside any link and
  /// rewrites it when the link has gone. The role's own look where no twin can be made (no
  /// colours, too few pairs, hyperlinks off).
  private var linkedLooks: [(attributes: attr_t, pair: Int16)]
  private var cursorVisible = false
  /// What the terminfo entry offers (dim, colours, cursor shape).
  private let capabilities: TerminalCapabilities
  /// The roles drawn reversed or underlined in the theme in use: a block cursor on one of
  /// their cells would notch the highlight (see `CursorPlacement`).
  private var highlightedRoles: Set<Role> = []
  /// How the roles were turned into looks, kept so `change(theme:)` can do it again.
  private let colors: Bool
  private let background: Int16
  private let hyperlinks: Bool
  /// The theme in use, and whether the terminal's answer about its background may change it.
  private var theme: ThemeName
  private let followsBackground: Bool
  /// Turns the bytes read into events.
  private var decoder: InputDecoder
  /// Events decoded but not yet handed out (a byte can finish two: Esc, then a letter).
  private var decoded: [InputDecoder.Event] = []
  /// The rows of the last frame drawn: a row that has not changed is not copied into curses
  /// again. Emptied whenever curses' own copy may differ (resize, full repaint).
  private var drawnRows: [[Cell]] = []
  /// The SGR sequence of each role, by raw value, for writing hyperlinks over a frame; nil
  /// when hyperlinks are off. See `Hyperlinks`.
  private var hyperlinkLooks: [String]?
  /// The links of the last frame, and the roles that look like their cells (see
  /// `Hyperlinks.overlay`).
  private var shownLinks: [Hyperlink] = []
  private var linkedRoles = Set<Role>()
  /// Set when curses will repaint every cell, so every link must be written again.
  private var repaintPending = false

  /// How long `wgetch` waits before the loop looks at the signal flags again.
  static let inputTimeoutMilliseconds: Int32 = 100

  /// Made by `start` (NcursesTerminal+Start.swift) once curses runs.
  init(
    screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, unicode: Bool, mouse: Bool,
    theme: ThemeName, colors: Bool, background: Int16, hyperlinks: Bool,
    capabilities: TerminalCapabilities, followsBackground: Bool
  ) {
    self.theme = theme
    self.followsBackground = followsBackground
    self.screen = screen
    self.window = window
    self.unicode = unicode
    self.decoder = InputDecoder(unicode: unicode, mouse: mouse)
    self.colors = colors
    self.background = background
    self.hyperlinks = hyperlinks
    self.capabilities = capabilities
    looks = []
    linkedLooks = []
    setUpLooks(theme)
  }

  /// Turns each role's style in `theme` into curses attributes and colour pairs (and the SGR
  /// sequences links are written with).
  private func setUpLooks(_ theme: ThemeName) {
    let styles = Role.allCases.map { Theme.style(for: $0, in: theme, on: capabilities) }
    let pairs = Int(dg_color_pairs())
    looks = Role.allCases.map { role in
      let style = styles[role.rawValue]
      var pair: Int16 = 0
      if colors, let foreground = style.foreground, role.rawValue + 1 < pairs {
        pair = Int16(role.rawValue + 1)
        init_pair(pair, foreground, background)
      }
      return (attributes: Theme.cursesAttributes(style.attributes), pair: pair)
    }
    linkedLooks = Role.allCases.map { role in
      let look = looks[role.rawValue]
      let twin = role.rawValue + 1 + looks.count
      guard hyperlinks, look.pair != 0, twin < pairs,
        let foreground = styles[role.rawValue].foreground
      else { return look }
      init_pair(Int16(twin), foreground, background)
      return (attributes: look.attributes, pair: Int16(twin))
    }
    hyperlinkLooks =
      hyperlinks
      ? Role.allCases.map { role in
        Hyperlinks.sgr(
          styles[role.rawValue], colored: looks[role.rawValue].pair != 0,
          blackBackground: background >= 0)
      } : nil
    highlightedRoles = Set(
      Role.allCases.filter {
        !styles[$0.rawValue].attributes.isDisjoint(with: [.reverse, .underline])
      })
  }

  // MARK: - Stopping (starting is in NcursesTerminal+Start.swift)

  /// Gives the terminal back: normal mode, main screen, visible cursor. Safe to call twice.
  ///
  /// After a `.signal` event the caller exits with `128 + signal`; after SIGHUP it must not
  /// write to the terminal any more.
  public func stop() {
    guard let screen else { return }
    self.screen = nil
    // A terminal that has gone away (its window closed: input reports a hang-up) gets no more
    // output: curses' goodbye goes to /dev/null instead.
    if dg_input_closed() != 0 {
      let nowhere = open("/dev/null", O_WRONLY | O_CLOEXEC)
      if nowhere >= 0 {
        fflush(nil)
        dup2(nowhere, 1)
        close(nowhere)
      }
    } else {
      Self.writeToTerminal("\u{1B}[?2004l")
      if let shape = capabilities.cursorShape { Self.writeToTerminal(shape.restore) }
    }
    curs_set(1)
    endwin()
    // Only now: until endwin is done, a signal's watchdog gives the terminal back itself if
    // this thread is stuck writing to a terminal that stopped reading.
    Signals.setCursesActive(false)
    delscreen(screen)
    Signals.restore()
  }

  /// Whether `start` succeeded and `stop` has not been called.
  private var isActive: Bool { screen != nil }

  // MARK: - Output

  public var size: Size {
    guard isActive else { return Size(columns: 0, rows: 0) }
    return Size(columns: Int(dg_max_x(window)), rows: Int(dg_max_y(window)))
  }

  /// Makes the next `draw` repaint the whole screen (Ctrl-L, back from Ctrl-Z).
  public func invalidate() {
    guard isActive, let current = dg_curscr() else { return }
    clearok(current, true)
    repaintPending = true
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
    // Where the links are changes how their cells look to curses: every row is copied again.
    let linksMoved = hyperlinkLooks != nil && frame.hyperlinks != shownLinks
    if linksMoved { drawnRows = [] }
    var changed = repaintPending || linksMoved
    repaintPending = false
    let linked = hyperlinkLooks == nil ? [] : Self.linkedSpans(frame.hyperlinks, rows: rows)
    for row in 0..<rows {
      let cells = frame.cells[row]
      if row < drawnRows.count, RowComparison.same(drawnRows[row], cells) { continue }
      changed = true
      let columns = min(frame.size.columns, screenColumns, cells.count)
      let spans = row < linked.count ? linked[row] : []
      var column = 0
      var text: [UInt8] = []
      text.reserveCapacity(columns * 2 + 1)
      while column < columns {
        let start = column
        let role = cells[column].role
        let inLink = !spans.isEmpty && spans.contains { $0.contains(column) }
        text.removeAll(keepingCapacity: true)
        while column < columns, cells[column].role == role,
          spans.isEmpty || spans.contains(where: { $0.contains(column) }) == inLink
        {
          text.append(contentsOf: printable(cells, at: column, columns: columns).utf8)
          column += 1
        }
        text.append(0)
        let look = inLink ? linkedLooks[role.rawValue] : looks[role.rawValue]
        write(text, look: look, row: row, from: start, to: column)
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
    placeCursor(frame, rows: min(rows, screenRows), columns: screenColumns)
    wnoutrefresh(window)
    doupdate()
    if changed {
      writeHyperlinks(frame, rows: rows, columns: min(frame.size.columns, screenColumns))
    }
  }

  /// Writes the frame's links over what curses has just drawn, and unlinks cells that may
  /// still carry the last frame's; nothing at all while neither frame has a link.
  private func writeHyperlinks(_ frame: Frame, rows: Int, columns: Int) {
    guard let hyperlinkLooks, !(frame.hyperlinks.isEmpty && shownLinks.isEmpty) else { return }
    let bytes = Hyperlinks.overlay(
      frame, rows: rows, width: columns, unlinking: linkedRoles,
      sgr: { hyperlinkLooks[$0.rawValue] },
      text: { row, column in self.printable(frame.cells[row], at: column, columns: columns) })
    shownLinks = frame.hyperlinks
    linkedRoles = roles(lookingLike: Hyperlinks.linkedRoles(frame))
    if !bytes.isEmpty { Self.writeToTerminal(bytes) }
  }

  /// Every role whose look outside a link is the look of one of `roles` inside a link: curses
  /// tells cells apart by look, not role, so only those can keep a link it has gone from.
  private func roles(lookingLike roles: Set<Role>) -> Set<Role> {
    let alike = roles.map { linkedLooks[$0.rawValue] }
    return Set(Role.allCases.filter { role in alike.contains { $0 == looks[role.rawValue] } })
  }

  /// The columns each row's links cover.
  private static func linkedSpans(_ links: [Hyperlink], rows: Int) -> [[Range<Int>]] {
    guard !links.isEmpty else { return [] }
    var spans = Array(repeating: [Range<Int>](), count: rows)
    for link in links where link.row >= 0 && link.row < rows {
      spans[link.row].append(link.columns)
    }
    return spans
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

  /// Writes a run of one look; `text` is UTF-8 ending in a NUL (bytes, not a String, so a
  /// row is built without a string append per cell).
  private func write(
    _ text: [UInt8], look: (attributes: attr_t, pair: Int16), row: Int, from start: Int,
    to end: Int
  ) {
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

  private func placeCursor(_ frame: Frame, rows: Int, columns: Int) {
    if let cursor = frame.cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0,
      cursor.column < columns
    {
      if !cursorVisible {
        curs_set(1)
        cursorVisible = true
      }
      let column = CursorPlacement.column(
        cursor.column, in: Array(frame.cells[cursor.row].prefix(columns)),
        barCursor: capabilities.cursorShape != nil, highlighted: highlightedRoles.contains)
      wmove(window, Int32(cursor.row), Int32(column))
    } else if cursorVisible {
      curs_set(0)
      cursorVisible = false
    }
  }

  // MARK: - Input

  /// Waits for a key, a resize, a signal or a request to repaint; nil once input is closed.
  ///
  /// Curses only hands over bytes (keypad mode is off) and resizes; `InputDecoder` says what
  /// the bytes mean. Wakes every 100 ms to look at the signal flags. A paste is one event.
  public func nextEvent() -> TerminalEvent? {
    guard case .event(let event) = read(waitingAtMost: nil) else { return nil }
    return event
  }

  public func nextEvent(waitingAtMost milliseconds: Int) -> TerminalWait {
    read(waitingAtMost: Int32(clamping: max(0, milliseconds)))
  }

  /// `nextEvent`, giving up after `limit` milliseconds when there is a limit.
  private func read(waitingAtMost limit: Int32?) -> TerminalWait {
    guard isActive else { return .closed }
    var left = limit
    while true {
      if let signal = Signals.takePending() { return .event(.signal(signal)) }
      if Signals.takeContinued() { return .event(.redraw) }
      if !decoded.isEmpty {
        switch decoded.removeFirst() {
        case .key(let key): return .event(.key(key))
        case .click(let row, let column): return .event(.click(row: row, column: column))
        case .wheel(let up): return .event(.wheel(up: up))
        case .paste(let text): return .event(.paste(text))
        case .background(let light):
          guard followsBackground, (light ? ThemeName.light : .dark) != theme else { continue }
          theme = light ? .light : .dark
          setUpLooks(theme)
          drawnRows = []
          invalidate()
          return .event(.redraw)
        }
      }
      if let left, left < 0 { return .timedOut }
      let wait = timeout(for: decoder.wait)
      let slice = left.map { min($0, wait) } ?? wait
      wtimeout(window, slice)
      let code = wgetch(window)
      if (0..<256).contains(code) {
        decoded = decoder.feed(UInt8(code))
      } else if code == KEY_RESIZE {
        return .event(.resized(size))
      } else if code == ERR {
        // Below zero once the whole limit has been waited (0 still reads what has arrived).
        left = left.map { $0 - max(slice, 1) }
        if decoder.wait == .paste {
          // A paste ends at its end marker; only a long silence drops it, every wait counts.
          decoded = decoder.pause(silentFor: Int(slice))
          continue
        } else if decoder.wait != .idle {
          // Only a full pause ends a sequence: a wait cut short by the limit is not one.
          if slice == wait { decoded = decoder.pause() }
          continue
        }
        if Signals.takeContinued() { return .event(.redraw) }
        if let signal = Signals.takePending() { return .event(.signal(signal)) }
        if dg_input_closed() != 0 { return .closed }
      }
    }
  }

  /// How long to wait for the next byte: after a lone Esc, curses' `ESCDELAY`; inside a
  /// sequence, whose bytes arrive together, 10 ms; otherwise (and inside a paste, whose
  /// silences add up to its timeout) 100 ms.
  private func timeout(for wait: InputDecoder.Wait) -> Int32 {
    switch wait {
    case .idle, .paste: Self.inputTimeoutMilliseconds
    case .escape: get_escdelay()
    case .sequence: Self.sequenceTimeoutMilliseconds
    }
  }

  /// How long to wait for the rest of an escape sequence that has started arriving.
  static let sequenceTimeoutMilliseconds: Int32 = 10
}
