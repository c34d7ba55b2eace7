/// "Reset all progress marks?", the question `R` on home asks: `y` resets, any other key
/// keeps them.
package struct ResetMarksQuestion: OverlayModel {
  package func keyTable(_ guide: Guide) -> KeyTable { Bindings.resetMarksQuestion }

  package func key(_ key: Key, _ guide: inout Guide) -> [Effect] {
    guide.state.overlay = nil
    guard key == .character("y") else {
      guide.state.status = "Progress kept."
      return []
    }
    guide.state.marks = [:]
    guide.state.status = "Progress marks reset."
    return [.resetMarks]
  }

  package var footerQuestion: String? { "Reset all progress marks?" }
}
