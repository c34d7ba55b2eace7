import GuideCore

/// A key and what it does, for the footer: `Esc back`.
struct KeyHint: Equatable {
  var keys: String
  var action: String

  init(_ keys: String, _ action: String) {
    self.keys = keys
    self.action = action
  }
}

/// The bottom two rows: a status line (when there is news) and the keys that work here.
enum Footer {
  static func draw(_ hints: [KeyHint], status: String?, _ canvas: inout Canvas) {
    let rows = canvas.size.rows
    if let status {
      canvas.putFitted(status, row: rows - 2, column: 1, width: canvas.size.columns - 2, role: .warn)
    }
    var column = 1
    let all = hints + [KeyHint("?", "help"), KeyHint("q", "quit")]
    for (index, hint) in all.enumerated() {
      let keys = canvas.glyphs.text(hint.keys)
      let width = CellWidth.of(keys) + 1 + CellWidth.of(hint.action)
      let isLast = index == all.count - 1
      // Keep room for "? help  q quit" so the way out is always shown.
      let reserve = isLast || index >= all.count - 2 ? 0 : 16
      if column + width + reserve > canvas.size.columns - 1 { continue }
      column = canvas.put(keys, row: rows - 1, column: column, role: .key)
      column = canvas.put(" " + hint.action, row: rows - 1, column: column, role: .dim)
      column += 2
    }
  }
}
