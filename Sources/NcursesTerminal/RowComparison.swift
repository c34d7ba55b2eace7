import GuideUI

/// Whether a row of the frame is the row already on screen, so the terminal copies only the
/// rows a key changed into curses.
enum RowComparison {
  /// Compares the cells here: `[Cell] ==` from another module calls `Cell`'s `==` through its
  /// protocol witness for every cell, a tenth of a menu move's instructions (issue 33).
  static func same(_ old: [Cell], _ new: [Cell]) -> Bool {
    guard old.count == new.count else { return false }
    return old.withUnsafeBufferPointer { old in
      new.withUnsafeBufferPointer { new in
        for index in old.indices where old[index].role != new[index].role { return false }
        for index in old.indices where old[index].text != new[index].text { return false }
        return true
      }
    }
  }
}
