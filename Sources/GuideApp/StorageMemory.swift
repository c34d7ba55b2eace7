import GuideCore
import Synchronization

/// What one guide's storage remembers between saves.
///
/// The marks as this guide last saw them let a save write only what changed here, merged into
/// whatever another guide open at the same time saved meanwhile. The warnings already given
/// keep a folder that cannot be written from repeating the same line after every answer.
final class StorageMemory: Sendable {
  private struct State {
    var marks: [String: TopicMark] = [:]
    var warnings: Set<String> = []
    /// The files whose last save failed.
    var failing: Set<String> = []
  }

  private let state = Mutex(State())

  /// What changed in `marks` since the view last remembered: a new mark, or nil where a mark
  /// was removed.
  func changedMarks(to marks: [String: TopicMark]) -> [String: TopicMark?] {
    state.withLock { state in
      var changes: [String: TopicMark?] = [:]
      for (id, mark) in marks where state.marks[id] != mark { changes[id] = .some(mark) }
      for id in state.marks.keys where marks[id] == nil { changes[id] = .some(nil) }
      return changes
    }
  }

  /// Remembers `marks` as this guide's view, once they are saved (or loaded): changes that
  /// could not be saved stay changes, and the next save tries them again.
  func rememberMarks(_ marks: [String: TopicMark]) {
    state.withLock { $0.marks = marks }
  }

  /// `warning` when the last save of `file` worked (or there was none), nil while saves of it
  /// keep failing: a full disk is told once, not after every mark and again on exit.
  func onceInARow(_ warning: String?, for file: String) -> String? {
    state.withLock { state in
      guard let warning else {
        state.failing.remove(file)
        return nil
      }
      return state.failing.insert(file).inserted ? warning : nil
    }
  }

  /// `warning` the first time it comes, nil after that.
  func once(_ warning: String?) -> String? {
    guard let warning else { return nil }
    return state.withLock { $0.warnings.insert(warning).inserted ? warning : nil }
  }
}
