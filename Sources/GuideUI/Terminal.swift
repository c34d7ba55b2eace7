import GuideCore

/// What the terminal tells the app.
public enum TerminalEvent: Sendable, Equatable {
  case key(Key)
  /// The window changed size; the terminal already knows the new size.
  case resized(Size)
  /// The screen must be painted again in full (Ctrl-L, or back from Ctrl-Z).
  case redraw
  /// SIGINT, SIGTERM or SIGHUP arrived; the app saves what it must and exits `128 + signal`.
  case signal(Int32)
  /// A mouse button was clicked at a cell.
  case click(row: Int, column: Int)
  /// The mouse wheel turned: up (toward the top of a page) or down.
  case wheel(up: Bool)
  /// Text pasted in one piece (bracketed paste).
  case paste(String)
}

/// What waiting a limited time for input gave.
public enum TerminalWait: Sendable, Equatable {
  case event(TerminalEvent)
  /// Nothing arrived in time.
  case timedOut
  /// Input is closed: the app should end.
  case closed
}

/// How the full-screen terminal is set up, as the options and environment decided.
public struct TerminalSettings: Sendable, Equatable {
  /// False for `NO_COLOR` or `--color never`; colours are also off when the terminal has none.
  public var colors: Bool
  /// The table from role to look; `monochrome` uses no colour at all.
  public var theme: ThemeName
  /// Whether clicks and the wheel are reported (`--no-mouse` turns them off).
  public var mouse: Bool
  /// Whether outside addresses become OSC 8 hyperlinks (`--no-hyperlinks`,
  /// `DEVREL_GUIDE_HYPERLINKS=0`); the terminal also leaves them off where it must.
  public var hyperlinks: Bool
  /// True when nothing chose the theme (no `--theme`, `DEVREL_GUIDE_THEME`, settings file or
  /// `COLORFGBG`): the terminal is asked for its background (OSC 11) and, if it answers, the
  /// theme becomes light or dark to match, after the first frame.
  public var askBackground: Bool

  public init(
    colors: Bool, theme: ThemeName = .dark, mouse: Bool = true, hyperlinks: Bool = true,
    askBackground: Bool = false
  ) {
    self.colors = colors
    self.theme = theme
    self.mouse = mouse
    self.hyperlinks = hyperlinks
    self.askBackground = askBackground
  }
}

/// The seam between the app and a real screen: ncurses in the binary, a fake in tests.
///
/// Deliberately small (size, draw, next event), so a test terminal is a few lines and every
/// piece of app logic runs in tests. Not `Sendable`: the compiler keeps a terminal on the thread
/// that started it, as curses needs (the session's work thread only gets values).
public protocol Terminal: AnyObject {
  var size: Size { get }
  /// True when the terminal can show UTF-8 (box drawing, arrows, block bars).
  var unicode: Bool { get }
  /// Shows a frame; the terminal sends only what changed since the last one.
  func draw(_ frame: Frame)
  /// Forgets what is on screen, so the next `draw` repaints everything (Ctrl-L, after Ctrl-Z).
  func invalidate()
  /// Blocks until something happens. Nil means input is closed and the app should end.
  func nextEvent() -> TerminalEvent?
  /// Like `nextEvent()`, but gives up after about `milliseconds` (0: only what has already
  /// arrived). Asked while the app works on a long event, so keys, resizes and signals are
  /// still answered.
  func nextEvent(waitingAtMost milliseconds: Int) -> TerminalWait
}
