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
  }

  private let state = Mutex(State())

  /// Remembers `marks` as this guide's view, and returns what changed since the last view:
  /// a new mark, or nil where a mark was removed.
  func changedMarks(to marks: [String: TopicMark]) -> [String: TopicMark?] {
    state.withLock { state in
      var changes: [String: TopicMark?] = [:]
      for (id, mark) in marks where state.marks[id] != mark { changes[id] = .some(mark) }
      for id in state.marks.keys where marks[id] == nil { changes[id] = .some(nil) }
      state.marks = marks
      return changes
    }
  }

  func rememberMarks(_ marks: [String: TopicMark]) {
    state.withLock { $0.marks = marks }
  }

  /// `warning` the first time it comes, nil after that.
  func once(_ warning: String?) -> String? {
    guard let warning else { return nil }
    return state.withLock { $0.warnings.insert(warning).inserted ? warning : nil }
  }
}
