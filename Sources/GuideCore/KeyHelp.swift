/// The text of help (`?`): the keys of the screen under it first, then the keys that work
/// everywhere, wrapped to the help box.
///
/// Core and UI both use it: core to keep help's scroll in bounds, UI to draw the same rows.
/// Keys are written in words ("Up Down"), so they read the same on an ASCII terminal.
public enum KeyHelp {
  /// One row of help: a section heading, or a key column and (a wrapped line of) what it does.
  public struct Row: Sendable, Equatable {
    public var keys: String
    public var text: String
    public var isHeading: Bool

    public init(keys: String, text: String, isHeading: Bool) {
      self.keys = keys
      self.text = text
      self.isHeading = isHeading
    }

    static func heading(_ text: String) -> Row { Row(keys: "", text: text, isHeading: true) }
  }

  /// The key column is this wide; every key label fits in it.
  public static let keyWidth = 13
  /// Help is never wider than this, so a key and its action stay close on a wide screen.
  static let widestBox = 64

  /// The help box's inside width on a screen of this size.
  public static func innerWidth(_ size: Size) -> Int {
    max(keyWidth + 4, min(widestBox, size.columns) - 4)
  }

  /// How many rows of help fit: the rows between the header and the key bar, less the box's
  /// top and bottom edges.
  public static func visibleRows(_ size: Size) -> Int {
    max(1, size.rows - 4)
  }

  /// The first row shown can go no further than this.
  public static func maxScroll(_ rows: Int, _ size: Size) -> Int {
    max(0, rows - visibleRows(size))
  }

  /// Every row of help for `screen`, wrapped to the help box of a screen of `size`.
  public static func rows(for screen: Screen, size: Size) -> [Row] {
    let textWidth = innerWidth(size) - keyWidth - 2
    var rows: [Row] = []
    for (title, keys) in [(title(of: screen), screenKeys(screen)), ("Everywhere", globalKeys)] {
      if !rows.isEmpty { rows.append(Row(keys: "", text: "", isHeading: false)) }
      rows.append(.heading(title))
      for (key, action) in keys {
        for (index, line) in Wrap.text(action, width: textWidth).enumerated() {
          rows.append(Row(keys: index == 0 ? key : "", text: line, isHeading: false))
        }
      }
    }
    return rows
  }

  static func title(of screen: Screen) -> String {
    switch screen {
    case .menu: return "On this menu"
    case .page: return "On this page"
    case .quiz: return "In the quiz"
    case .results(let position): return position.attempt == nil ? "On results" : "On this attempt"
    case .posting(.prompt): return "Reading a job posting"
    case .posting(.reading): return "On this reading"
    case .plan: return "On your plan"
    }
  }

  static let globalKeys: [(String, String)] = [
    ("Esc ? q", "close this help"),
    ("Up Down j k", "scroll this help"),
    ("/", "search every page"),
    ("n N", "next, previous match on a page"),
    ("i", "index of terms"),
    ("]", "forward again, after going back"),
    ("Ctrl-L", "redraw the screen"),
    ("q", "quit (outside help)"),
  ]

  static let back: (String, String) = ("Esc Left h", "back")

  /// A quiz step or a plan taller than the window: Up and Down read on to the choices too.
  static let scroll: (String, String) = ("PgUp PgDn", "scroll what does not fit")

  static func screenKeys(_ screen: Screen) -> [(String, String)] {
    switch screen {
    case .menu(let position):
      var keys = [
        ("Up Down j k", "move"), ("1-9", "open that item"), ("Enter Right", "open"), back,
      ]
      if position.id == GuideState.homeID { keys.append(("R", "reset all progress marks")) }
      return keys
    case .page:
      return reading + [
        ("d l s", "mark this page done, learning or skipped; again to clear"),
        ("n N", "next, previous search match"),
      ]
    case .quiz(let position):
      switch position.step {
      case .intro:
        return [("Up Down j k", "move"), ("Enter 1-9", "choose"), scroll, back]
      case .question:
        return [
          ("Up Down j k", "move"), ("1-9 Enter", "answer"), ("s", "skip this question"),
          ("Backspace", "previous question"), ("Esc", "leave the quiz; answers are kept"), scroll,
        ]
      case .feedback:
        return [
          ("Space n", "next question"), ("1-9 Enter", "choose"),
          ("Backspace", "previous question"), ("Esc", "leave the quiz; answers are kept"), scroll,
        ]
      }
    case .results(let position):
      if position.attempt == nil {
        return [
          ("Up Down j k", "move"), ("1-9 Enter", "open that attempt or retake"),
          ("p", "your plan"), back,
        ]
      }
      return reading + [("p", "your plan")]
    case .posting(.prompt):
      return [
        ("paste", "read the pasted posting (up to 1 MB)"),
        ("Enter", "read the text file whose path is typed (up to 4 MB)"),
        ("Backspace", "delete a character (Ctrl-U: the whole line)"),
        ("Esc Left", "back"),
        ("?", "this help, when the line is empty"),
      ]
    case .posting(.reading):
      return reading
    case .plan:
      return [
        ("Up Down j k", "move"), ("1-9 Enter", "open the action's page"),
        ("d l s", "mark the action done, learning or skipped; again to clear"), scroll, back,
      ]
    }
  }

  /// The keys of anything read line by line: pages and one attempt's results.
  static let reading: [(String, String)] = [
    ("Up Down j k", "scroll a line"),
    ("Space b", "page down, up (also PgDn PgUp)"),
    ("g G", "top, bottom (also Home End)"),
    ("Tab", "next link (Shift-Tab: previous)"),
    ("Enter Right", "follow the link"),
    back,
  ]
}
