import GuideContent
import GuideCore

/// "Your plan": the laid-out plan, scrolled so the selected action shows, with each action's
/// mark beside it and the selected action highlighted.
enum PlanScreen {
  static func draw(_ guide: Guide, _ position: PlanPosition, _ canvas: inout Canvas) -> [KeyHint] {
    let left = Chrome.textLeft(canvas.size)
    let width = Chrome.textWidth(canvas.size)
    let top = Chrome.headerRows
    let rows = Chrome.bodyRows(canvas.size)
    canvas.put("Your plan", row: top, column: left, role: .heading)
    let view = guide.planView
    // Two columns for the selection marker, as on every list.
    let layout = PlanLayout(view, pack: guide.pack, marks: guide.state.marks, width: width - 2)
    let actions = view?.actions ?? []
    let visible = max(1, rows - 2)
    let selected =
      layout.actionLines.indices.contains(position.selection)
      ? layout.actionLines[position.selection] : 0..<0
    var first =
      selected.upperBound <= visible ? 0 : min(selected.lowerBound, selected.upperBound - visible)
    // Start at a paragraph or heading rather than halfway through one.
    while first > 0, first < selected.lowerBound, !layout.lines[first - 1].spans.isEmpty {
      first += 1
    }
    for (offset, line) in layout.lines.dropFirst(first).prefix(visible).enumerated() {
      let index = first + offset
      let row = top + 2 + offset
      let action = layout.actionLines.firstIndex { $0.contains(index) }
      var role = Role.normal
      if let action, layout.actionLines[action].lowerBound == index {
        role = canvas.listRow(
          row, left: left, width: width, index: action, selected: action == position.selection)
        if actions.indices.contains(action),
          let mark = guide.state.marks[PlanView.markID(of: actions[action])]
        {
          canvas.put(
            MarkGlyph.symbol(mark, canvas.glyphs), row: row,
            column: left + 2 + PlanLayout.markColumn, role: role)
        }
      } else if let action, action == position.selection {
        canvas.frame.paint(row: row, from: left, to: left + width, role: .selection)
        role = .selection
      }
      for span in canvas.glyphs.drawn(line) {
        canvas.frame.put(
          span.text, row: row, column: left + 2 + span.column,
          role: role == .selection ? role : span.role, limit: width - 2 - span.column)
      }
    }
    guard !actions.isEmpty else { return [KeyHint("Esc", "back")] }
    return [
      KeyHint(canvas.glyphs.upDown, "move"), KeyHint("d", "done"), KeyHint("Enter", "page"),
      KeyHint("Esc", "back"),
    ]
  }
}
