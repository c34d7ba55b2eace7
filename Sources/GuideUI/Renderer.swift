import GuideContent
import GuideCore

/// Draws the whole screen for a state: header, the current screen, footer, and help on top.
///
/// Pure: the same guide and size always give the same frame, so tests compare frames to the
/// expected lines.
public enum Renderer {
  /// `unicode`: whether the terminal shows UTF-8 (box drawing, arrows, block bars).
  public static func render(_ guide: Guide, unicode: Bool = true) -> Frame {
    let state = guide.state
    var canvas = Canvas(size: state.size, unicode: unicode)
    guard Chrome.fits(state.size) else {
      TooSmallScreen.draw(&canvas)
      return canvas.frame
    }
    // A screen read like a page draws its laid-out lines; the others draw themselves.
    let model = guide.screenModel
    if let reading = model.reading {
      PageScreen.draw(guide, scroll: reading.scroll, focus: reading.focusedLink, &canvas)
    } else if let drawn = drawing(model) {
      drawn.draw(guide, &canvas)
    }
    // The footer's hints come from the key table of the overlay, or else of the screen.
    var hints = guide.footerHints.map { KeyHint($0, canvas.glyphs) }
    if let search = state.overlay?.search {
      canvas.frame.clickTargets = []
      SearchScreen.draw(
        search, query: guide.searchQuery(search.query, typing: search.typing), &canvas)
    }
    Header.draw(guide, &canvas)
    if case .help(let scroll) = state.overlay {
      canvas.frame.cursor = nil
      canvas.frame.clickTargets = []
      HelpOverlay.draw(guide, scroll: scroll, &canvas)
    }
    var status = state.status
    if let overlay = guide.overlayModel {
      hints = guide.overlayFooterHints.map { KeyHint($0, canvas.glyphs) }
      status = overlay.footerQuestion ?? status
    }
    // The screens' hints already end with `? help` and `q quit` where the screen offers them.
    Footer.draw(hints, status: status, global: false, &canvas)
    return canvas.frame
  }

  /// The screen's own drawing, for a screen not read like a page. Cast to each type that
  /// draws itself, which compares type metadata; a cast to `any ScreenDrawing` would make the
  /// runtime search every conformance in the binary the first time it meets each screen type.
  static func drawing(_ model: any ScreenModel) -> (any ScreenDrawing)? {
    if let menu = model as? MenuPosition { return menu }
    if let quiz = model as? QuizPosition { return quiz }
    if let results = model as? ResultsListScreen { return results }
    if let prompt = model as? PostingPrompt { return prompt }
    if let plan = model as? PlanPosition { return plan }
    return nil
  }
}

/// How a screen that is not read like a page draws its body; each conforms in its own file
/// and is listed in `Renderer.drawing`.
protocol ScreenDrawing {
  func draw(_ guide: Guide, _ canvas: inout Canvas)
}

/// The top bar: where you are (breadcrumbs), and how far down the page.
enum Header {
  static func draw(_ guide: Guide, _ canvas: inout Canvas) {
    canvas.fill(row: 0, role: .title)
    var right = ""
    let underSearch = guide.state.overlay?.search != nil
    if case .page(let page) = guide.state.screen, let mark = guide.state.marks[page.id],
      !underSearch
    {
      right = MarkGlyph.label(mark, canvas.glyphs) + "  "
    }
    if let page = guide.page, !underSearch {
      right += position(
        scroll: guide.screenModel.pageScroll, lines: page.lines.count,
        rows: Chrome.bodyRows(canvas.size))
    }
    let rightWidth = CellWidth.of(right)
    let room = canvas.size.columns - 2 - (rightWidth > 0 ? rightWidth + 2 : 0)
    let trail = breadcrumbText(guide.breadcrumbs, width: room, canvas: canvas)
    canvas.put(trail, row: 0, column: 1, role: .title, limit: room)
    if rightWidth > 0 {
      canvas.put(right, row: 0, column: canvas.size.columns - rightWidth - 1, role: .title)
    }
  }

  /// Joins the crumbs; when too long, drops crumbs after "Home" and marks the gap, and when
  /// "Home › … › last" is still too long, "Home" goes too, so the last crumb (where you are,
  /// an attempt's date) is cut last.
  static func breadcrumbText(_ crumbs: [String], width: Int, canvas: Canvas) -> String {
    let separator = canvas.glyphs.separator
    var shown = crumbs
    var text = shown.joined(separator: separator)
    func fits(_ text: String) -> Bool { CellWidth.of(canvas.glyphs.text(text)) <= width }
    while !fits(text), shown.count > 2 {
      shown.remove(at: 1)
      text = ([shown[0], canvas.glyphs.ellipsis] + shown.dropFirst()).joined(separator: separator)
    }
    if !fits(text), shown.count == 2, crumbs.count > 2 {
      text = [canvas.glyphs.ellipsis, shown[1]].joined(separator: separator)
    }
    return canvas.fitted(text, width: width)
  }

  /// `All`, `Top`, `End` or a percentage, like less and vim.
  static func position(scroll: Int, lines: Int, rows: Int) -> String {
    if lines <= rows { return "All" }
    if scroll == 0 { return "Top" }
    if scroll + rows >= lines { return "End" }
    return "\((scroll + rows) * 100 / lines)%"
  }
}

/// Shown instead of everything when the window is below `Chrome.minimumSize`.
enum TooSmallScreen {
  static func draw(_ canvas: inout Canvas) {
    let need = Chrome.minimumSize
    let have = canvas.size
    let message =
      "terminal too small: need \(need.columns)x\(need.rows), have \(have.columns)x\(have.rows)"
    let lines = Wrap.text(message, width: max(1, have.columns))
    let top = max(0, (have.rows - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let left = max(0, (have.columns - CellWidth.of(line)) / 2)
      canvas.put(line, row: top + offset, column: left, role: .warn)
    }
  }
}
