import GuideCore
import Synchronization

/// What one guide's storage remembers between saves.
///
/// The marks as this guide last saw them let a save write only what changed here, merged into
/// whatever another guide open at the same time saved meanwhile. The warnings already given
/// keep a folder that cannot be written from repeating the same line after every answer.
final class StorageMemory: Sendable {
  private struct State {
    /// The marks as last saved or loaded.
    var marks: [String: TopicMark] = [:]
    /// The marks of the last save asked for, whether it worked or not.
    var asked: [String: TopicMark] = [:]
    /// The resets the file had counted then.
    var resets = 0
    var warnings: Set<String> = []
    /// The files whose last save failed.
    var failing: Set<String> = []
  }

  private let state = Mutex(State())

  /// What a save of `marks` changes: a new mark, or nil where a mark was removed, since the
  /// marks were last saved and since the last save was asked for (only what was done just
  /// now), and the resets counted at the last save.
  func changedMarks(to marks: [String: TopicMark]) -> (
    sinceSaved: [String: TopicMark?], sinceAsked: [String: TopicMark?], resets: Int
  ) {
    state.withLock { state in
      let changes = (
        Self.changes(from: state.marks, to: marks), Self.changes(from: state.asked, to: marks),
        state.resets
      )
      state.asked = marks
      return changes
    }
  }

  private static func changes(
    from old: [String: TopicMark], to new: [String: TopicMark]
  ) -> [String: TopicMark?] {
    var changes: [String: TopicMark?] = [:]
    for (id, mark) in new where old[id] != mark { changes[id] = .some(mark) }
    for id in old.keys where new[id] == nil { changes[id] = .some(nil) }
    return changes
  }

  /// Remembers `marks` as this guide's view, once they are saved (or loaded), with the resets
  /// the file counted: changes that could not be saved stay changes, and the next save tries
  /// them again.
  func rememberMarks(_ marks: [String: TopicMark], resets: Int) {
    state.withLock { state in
      state.marks = marks
      state.asked = marks
      state.resets = resets
    }
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
