import GuideCore

/// A key and what it does, for the footer: `Esc back`.
struct KeyHint: Equatable {
  var keys: String
  var action: String
  /// The screen's main key: kept at any width, before `? help`.
  var main = false

  init(_ keys: String, _ action: String, main: Bool = false) {
    self.keys = keys
    self.action = action
    self.main = main
  }
}

/// The bottom two rows: a status line (when there is news) and the keys that work here.
///
/// Hints come most useful first. When they do not fit, the last optional ones go; the screen's
/// main key (answer, choose, open) and the ways back and out (Esc, q) always stay, and `? help`
/// gives up its room to the main key last of all (help is one key, `?`, on every screen).
enum Footer {
  /// `global` adds "? help" and "q quit"; off where those keys are typed or answer a prompt.
  static func draw(_ hints: [KeyHint], status: String?, global: Bool = true, _ canvas: inout Canvas)
  {
    let rows = canvas.size.rows
    if let status {
      canvas.putFitted(
        status, row: rows - 2, column: 1, width: canvas.size.columns - 2, role: .warn)
    }
    var shown = hints + (global ? [KeyHint("?", "help"), KeyHint("q", "quit")] : [])
    func width(_ hint: KeyHint) -> Int {
      CellWidth.of(canvas.glyphs.text(hint.keys)) + 1 + CellWidth.of(hint.action) + 2
    }
    let hasMain = shown.contains(where: \.main)
    while shown.map(width).reduce(0, +) > canvas.size.columns - 1,
      let optional = shown.lastIndex(where: { !$0.isEssential && !$0.main })
        ?? (hasMain ? shown.lastIndex(where: { $0.keys == "?" }) : nil)
    {
      shown.remove(at: optional)
    }
    var column = 1
    for hint in shown {
      column = canvas.put(hint.keys, row: rows - 1, column: column, role: .key)
      column = canvas.put(" " + hint.action, row: rows - 1, column: column, role: .dim)
      column += 2
    }
  }
}

extension KeyHint {
  /// A hint from a key table, its arrows drawn as the terminal can.
  init(_ hint: Guide.FooterHint, _ glyphs: Glyphs) {
    switch hint.keys {
    case .text(let keys): self.init(keys, hint.action, main: hint.main)
    case .upDown: self.init(glyphs.upDown, hint.action, main: hint.main)
    }
  }

  /// The hints that must never be dropped: how to go back, get help, and leave.
  var isEssential: Bool { keys.hasPrefix("Esc") || keys == "?" || keys == "q" }
}
