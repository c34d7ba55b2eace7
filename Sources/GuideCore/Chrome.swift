/// The fixed parts of every screen: a header bar, a footer bar, and the text column between;
/// the layout grammar every screen follows (docs/layout.md).
///
/// Core needs these numbers to keep scrolling in bounds; UI uses the same ones to draw, so the
/// two never disagree about how many lines fit.
public enum Chrome {
  /// Header bar and one blank line under it.
  public static let headerRows = 2
  /// One blank or status line and the key bar.
  public static let footerRows = 2
  /// Below this the screen only says it is too small.
  public static let minimumSize = Size(columns: 34, rows: 10)
  /// The widest text column; long lines are hard to read on a huge terminal.
  public static let maximumTextWidth = 76

  /// A screen's title, the rule under it and a blank line: the first rows of a body. On a
  /// short window the rule goes, so the list below keeps the row.
  public static func titleRows(_ size: Size) -> Int { underlinesTitles(size) ? 3 : 2 }

  /// Whether a title drawn above a list has its rule: not below 16 rows.
  public static func underlinesTitles(_ size: Size) -> Bool { size.rows >= 16 }
  /// The cells before a list's rows: its `›` marker and a space, so the rows' words line up
  /// under the text column while the marker sits at its edge.
  public static let listIndent = 2
  /// Blank cells kept round a box drawn over a screen (help), so no word beneath touches it.
  public static let boxMargin = 1

  public static func bodyRows(_ size: Size) -> Int {
    max(1, size.rows - headerRows - footerRows)
  }

  /// The text column width for a terminal width: margins of 2, capped for comfortable reading.
  public static func textWidth(_ size: Size) -> Int {
    max(10, min(maximumTextWidth, size.columns - 4))
  }

  /// The first column of the (centred) text column.
  public static func textLeft(_ size: Size) -> Int {
    max(2, (size.columns - textWidth(size)) / 2)
  }

  public static func fits(_ size: Size) -> Bool {
    size.columns >= minimumSize.columns && size.rows >= minimumSize.rows
  }
}
