/// The text of help (`?`): the keys of the screen under it first, then the keys that work
/// everywhere, wrapped to the help box; both read from the key tables (`Bindings`).
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

  /// Every row of help for a screen whose keys are `table`, then help's own keys and `global`,
  /// wrapped to the help box of a screen of `size`.
  public static func rows(for table: KeyTable, global: [KeyBinding], size: Size) -> [Row] {
    let textWidth = innerWidth(size) - keyWidth - 2
    var rows: [Row] = []
    for (title, bindings) in [
      (table.title, table.bindings), ("Everywhere", Bindings.helpKeys + global),
    ] {
      if !rows.isEmpty { rows.append(Row(keys: "", text: "", isHeading: false)) }
      rows.append(.heading(title))
      for binding in bindings {
        for (index, line) in Wrap.text(binding.helpText, width: textWidth).enumerated() {
          rows.append(Row(keys: index == 0 ? binding.label : "", text: line, isHeading: false))
        }
      }
    }
    return rows
  }
}
