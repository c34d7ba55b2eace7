/// "Reset all progress marks?", the question `R` on home asks: `y` resets, any other key
/// keeps them.
public struct ResetMarksQuestion: OverlayModel {
  public func keyTable(_ guide: Guide) -> KeyTable { Bindings.resetMarksQuestion }

  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] {
    guide.state.overlay = nil
    guard key == .character("y") else {
      guide.state.status = "Progress kept."
      return []
    }
    guide.state.marks = [:]
    guide.state.status = "Progress marks reset."
    return [.resetMarks]
  }

  public var footerQuestion: String? { "Reset all progress marks?" }
}
