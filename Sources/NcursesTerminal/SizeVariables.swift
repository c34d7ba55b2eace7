/// `COLUMNS` and `LINES`, which curses takes over the window's own size when they are set.
///
/// A value no window has (`COLUMNS=100000`) made curses fail to start, and the guide blamed
/// `TERM`. Checked before curses starts, so the message names the variable instead.
public enum SizeVariables {
  /// Wider or taller than any real window, yet far inside what curses can hold.
  public static let maxSide = 10_000
  /// A screen of more cells would cost curses and the frame over 100 MB.
  public static let maxCells = 1_000_000

  /// What is wrong with the size curses would use, naming the variables that set it and what
  /// to do; nil when it is usable. `window` is the size the terminal reports,
  /// used for the side no variable sets. Values that are not positive numbers are ignored by
  /// curses, and here.
  public static func problem(
    columns: String?, lines: String?, window: (columns: Int, rows: Int)
  ) -> String? {
    func value(_ text: String?) -> Int? {
      guard let text, let number = Int(text), number > 0 else { return nil }
      return number
    }
    let setColumns = value(columns)
    let setLines = value(lines)
    guard setColumns != nil || setLines != nil else { return nil }
    let width = setColumns ?? window.columns
    let height = setLines ?? window.rows
    let named = [
      setColumns.map { _ in "COLUMNS=\(columns ?? "")" },
      setLines.map { _ in "LINES=\(lines ?? "")" },
    ].compactMap { $0 }.joined(separator: " and ")
    let both = setColumns != nil && setLines != nil
    let advice =
      both
      ? "unset them, or set them to the window's size" : "unset it, or set it to the window's size"
    if width > maxSide || height > maxSide {
      return
        "\(named) \(both ? "are" : "is") larger than any window (at most \(maxSide) a side) — \(advice)"
    }
    if width.multipliedReportingOverflow(by: height).partialValue > maxCells {
      return
        "\(named) \(both ? "make" : "makes") a screen of more than \(maxCells) cells — \(advice)"
    }
    return nil
  }
}
