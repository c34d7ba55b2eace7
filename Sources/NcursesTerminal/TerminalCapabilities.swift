import CNcursesw

/// What the terminal's terminfo entry says it can do, beyond what curses hides: read once,
/// after `newterm`, so the look of each role fits the terminal in use.
public struct TerminalCapabilities: Sendable, Equatable {
  /// Whether dim text reaches the screen: `dim` exists and, when the entry has `sgr` (which
  /// curses prefers), `sgr` sets it too. `rxvt-unicode-256color` has no `dim`; kitty's `sgr`
  /// leaves it out, so curses never sends it there.
  public var canDim: Bool
  /// How many colours the palette has (`colors`); 0 when none.
  public var colors: Int
  /// The bytes that make the cursor a steady bar and the ones that give it back (terminfo
  /// `Ss` and `Se`, DECSCUSR); nil when the entry has no `Ss`.
  public var cursorShape: (bar: String, restore: String)?

  public init(canDim: Bool, colors: Int, cursorShape: (bar: String, restore: String)? = nil) {
    self.canDim = canDim
    self.colors = colors
    self.cursorShape = cursorShape
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.canDim == rhs.canDim && lhs.colors == rhs.colors
      && lhs.cursorShape?.bar == rhs.cursorShape?.bar
      && lhs.cursorShape?.restore == rhs.cursorShape?.restore
  }

  /// DECSCUSR 6: a steady bar, drawn at the cell's left edge so the cell keeps its highlight.
  static let steadyBar: Int32 = 6

  /// The current terminal's (the one `newterm` or `setupterm` set up).
  static func current() -> TerminalCapabilities {
    let dim = dg_string_capability("dim") != nil
    // sgr's fifth parameter is dim: an sgr without %p5 turns dim off whenever it is used.
    // (Searched in C: `String.contains` would page in the string-processing library's code
    // at every start for this one look.)
    let canDim = dim && dg_capability_contains("sgr", "%p5") != 0
    let colors = max(0, Int(dg_number_capability("colors")))
    var shape: (bar: String, restore: String)?
    if let bar = dg_cursor_shape(steadyBar) {
      let barText = String(cString: bar)
      // Without Se, DECSCUSR 0 asks for the user's own configured shape.
      let restore = dg_string_capability("Se").map { String(cString: $0) } ?? "\u{1B}[0 q"
      shape = (barText, restore)
    }
    return TerminalCapabilities(canDim: canDim, colors: colors, cursorShape: shape)
  }
}
