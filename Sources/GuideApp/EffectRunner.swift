import GuideCore

/// Carries out the effects the state machine returns, the same way for the full screen and the
/// line mode; what only the caller can do (quit, repaint, show a notice) comes back to it.
struct EffectRunner {
  /// What is left for the caller after the storage work.
  struct Outcome: Equatable {
    var quit = false
    var redraw = false
    /// One line each, for the status line or the output: what could not be saved.
    var notices: [String] = []
    /// What the work found, for the state machine (a posting file's text).
    var events: [Event] = []
  }

  /// Storage and the file reader; `HOME` for a path typed as `~/...`.
  let dependencies: Dependencies
  var storage: (any SessionStorage)? { dependencies.storage }

  func run(_ effects: [Effect]) -> Outcome {
    var outcome = Outcome()
    func note(_ notice: String?) { if let notice { outcome.notices.append(notice) } }
    for effect in effects {
      switch effect {
      case .quit: outcome.quit = true
      case .redraw: outcome.redraw = true
      case .saveProgress(let progress): note(storage?.saveProgress(progress))
      case .clearProgress: note(storage?.clearProgress())
      case .saveMarks(let marks): note(storage?.saveMarks(marks))
      case .resetMarks: note(storage?.resetMarks())
      case .recordAttempt(let attempt):
        note(storage.map { $0.record(attempt) } ?? "Results are not saved in this session.")
      case .readPostingFile(let path):
        let file = PostingFileReader.read(path, dependencies)
        outcome.events.append(.postingFileRead(path: path, file))
      }
    }
    return outcome
  }
}
