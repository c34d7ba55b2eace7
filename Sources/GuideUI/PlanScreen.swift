import GuideContent
import GuideCore

/// "Your plan": the laid-out plan, scrolled like a quiz step (`ChoiceWindow`), with each
/// action's mark beside it, the selected action highlighted and the lines out of sight counted.
enum PlanScreen {
  static func draw(_ guide: Guide, _ position: PlanPosition, _ canvas: inout Canvas) {
    let left = Chrome.textLeft(canvas.size)
    let width = Chrome.textWidth(canvas.size)
    let top = Chrome.headerRows
    canvas.putTitle("Your plan")
    // An action's lines sit beside two columns for the selection marker, as on every list;
    // the rest (the basis, the headings) start at the text column, under the title.
    let layout = guide.planLayout
    let actions = guide.planView?.actions ?? []
    let window = guide.planWindow(layout)
    let first = window.bounded(position.scroll)
    let linesTop = top + Chrome.titleRows(canvas.size)
    for (offset, line) in layout.lines.dropFirst(first).prefix(window.visibleRows).enumerated() {
      let index = first + offset
      let row = linesTop + offset
      let action = layout.actionLines.firstIndex { $0.contains(index) }
      var role = Role.normal
      let indent = action == nil ? 0 : Chrome.listIndent
      if let action, layout.actionLines[action].lowerBound == index {
        role = canvas.listRow(
          row, left: left, width: width, index: action, selected: action == position.selection)
        if actions.indices.contains(action),
          let mark = guide.state.marks[PlanView.markID(of: actions[action])]
        {
          canvas.put(
            MarkGlyph.symbol(mark, canvas.glyphs), row: row,
            column: left + Chrome.listIndent + PlanLayout.markColumn, role: role)
        }
      } else if let action, action == position.selection {
        canvas.frame.paint(row: row, from: left, to: left + width, role: .selection)
        role = .selection
      }
      for span in canvas.glyphs.drawn(line) {
        canvas.frame.put(
          span.text, row: row, column: left + indent + span.column,
          role: role == .selection ? role : span.role, limit: width - indent - span.column)
      }
    }
    MoreMarker.putLine(
      window, scroll: first, row: linesTop + window.visibleRows, left: left, width: width,
      &canvas)
  }
}

extension PlanPosition: ScreenDrawing {
  func draw(_ guide: Guide, _ canvas: inout Canvas) { PlanScreen.draw(guide, self, &canvas) }
}
