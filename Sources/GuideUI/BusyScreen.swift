import GuideCore

/// Drawn when the window changes size while the guide is still working on a key (the first
/// search of a huge pack, laying out a page of many thousands of lines): the screen answers at
/// the new size at once, and the real screen replaces it as soon as the work is done.
public enum BusyScreen {
  public static func render(size: Size, unicode: Bool) -> Frame {
    var canvas = Canvas(size: size, unicode: unicode)
    guard Chrome.fits(size) else {
      TooSmallScreen.draw(&canvas)
      return canvas.frame
    }
    canvas.fill(row: 0, role: .title)
    canvas.put("Working" + canvas.glyphs.ellipsis, row: 0, column: 1, role: .title)
    canvas.putFitted(
      "The screen follows as soon as this is done.", row: Chrome.headerRows, column: 1,
      width: size.columns - 2, role: .dim)
    Footer.draw([KeyHint("Ctrl-C", "quit")], status: nil, global: false, &canvas)
    return canvas.frame
  }
}
