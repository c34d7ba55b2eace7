import CNcursesw
import GuideCore
import GuideUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Taking over the terminal: what is checked first, curses started, input and colours set up.
extension NcursesTerminal {
  /// Takes over the terminal, or says why it cannot.
  ///
  /// Hyperlinks stay off for terminal types that would show their sequences as text (see
  /// `Hyperlinks.suit`) whatever the settings say.
  public static func start(_ settings: TerminalSettings) -> Result<
    NcursesTerminal, TerminalStartError
  > {
    guard isatty(0) == 1, isatty(1) == 1 else { return .failure(.notATerminal) }
    // Only the character set matters to curses; loading every locale category would cost a
    // dozen more files opened and mapped at start.
    setlocale(LC_CTYPE, "")
    guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
      return .failure(.termNotSet)
    }
    let unicode = dg_locale_is_utf8() != 0
    if let problem = SizeVariables.problem(
      columns: getenv("COLUMNS").map { String(cString: $0) },
      lines: getenv("LINES").map { String(cString: $0) }, window: windowSize())
    {
      return .failure(.unusableSize(problem))
    }
    let (screen, window): (OpaquePointer, UnsafeMutablePointer<WINDOW>)
    switch openScreen(term: term) {
    case .failure(let error): return .failure(error)
    case .success(let opened): (screen, window) = opened
    }
    setUpInput(window, mouse: settings.mouse)
    let capabilities = TerminalCapabilities.current()
    // A bar cursor leaves the focused item's highlight whole; the cursor is hidden until a
    // screen places it, so the shape is set once here and given back in `stop`.
    if let shape = capabilities.cursorShape { NcursesTerminal.writeToTerminal(shape.bar) }
    // Every other way out (a crash, a signal, Ctrl-Z) gives both back too, and fg sets both.
    let shape = capabilities.cursorShape
    Signals.setModeSequences(
      enter: "\u{1B}[?2004h" + (shape?.bar ?? ""), leave: "\u{1B}[?2004l" + (shape?.restore ?? ""))
    Signals.chainStopHandler()

    let colors =
      settings.colors && settings.theme != .monochrome && has_colors() && start_color() == OK
    // Asked now, answered whenever the terminal likes: the first frame does not wait, and a
    // terminal that never answers changes nothing. Not where unknown OSC shows as text.
    let askBackground = settings.askBackground && colors && Hyperlinks.suit(term: term)
    if askBackground { NcursesTerminal.writeToTerminal("\u{1B}]11;?\u{1B}\\") }
    let background: Int16 = colors && use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
    return .success(
      NcursesTerminal(
        screen: screen, window: window, unicode: unicode, mouse: settings.mouse,
        theme: settings.theme, colors: colors, background: background,
        hyperlinks: settings.hyperlinks && Hyperlinks.suit(term: term),
        capabilities: capabilities, followsBackground: askBackground))
  }

  /// Curses started on the terminal, with our signal handlers in place of its own; or why not.
  private static func openScreen(term: String) -> Result<
    (OpaquePointer, UnsafeMutablePointer<WINDOW>), TerminalStartError
  > {
    dg_share_one_malloc_arena()
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
    return .success((screen, window))
  }

  /// Keys as they are typed, without echo or flow control; clicks, the wheel and pastes
  /// reported; the cursor hidden.
  private static func setUpInput(_ window: UnsafeMutablePointer<WINDOW>, mouse: Bool) {
    cbreak()
    noecho()
    nonl()
    dg_disable_flow_control()
    intrflush(window, false)
    // Clicks open items and links, the wheel scrolls: this asks the terminal to report them;
    // InputDecoder reads the reports.
    if mouse { mousemask(dg_mouse_mask(), nil) }
    wtimeout(window, inputTimeoutMilliseconds)
    curs_set(0)
    if getenv("ESCDELAY") == nil { set_escdelay(25) }
    // Bracketed paste: pasted text comes marked, so InputDecoder makes it one event instead
    // of keys (a sentence pasted on the home screen would otherwise act as commands).
    NcursesTerminal.writeToTerminal("\u{1B}[?2004h")
  }

  /// Control sequences curses does not know, straight to the terminal, all of them: a write
  /// cut short by a signal is finished, so no sequence is left open.
  static func writeToTerminal(_ sequence: String) {
    var sequence = sequence
    sequence.withUTF8 { bytes in
      var sent = 0
      while sent < bytes.count {
        let written = CNcursesw.write(
          STDOUT_FILENO, bytes.baseAddress.map { $0 + sent }, bytes.count - sent)
        if written > 0 {
          sent += written
        } else if written < 0, errno == EINTR {
          continue
        } else {
          return
        }
      }
    }
  }

  /// The size the terminal reports, before curses starts; 0 where it reports none.
  private static func windowSize() -> (columns: Int, rows: Int) {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0 else { return (0, 0) }
    return (Int(size.ws_col), Int(size.ws_row))
  }
}
