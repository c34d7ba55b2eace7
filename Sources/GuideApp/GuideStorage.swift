import FoundationEssentials
import GuideCore
import GuideStore

/// The finished attempts of one pack, as stored in `history.json`.
public struct History: Codable, Sendable, Equatable {
  public var attempts: [Attempt]

  public init(attempts: [Attempt] = []) { self.attempts = attempts }
}

/// The quiz being taken, as stored in `quiz-in-progress.json`.
public struct SavedQuiz: Codable, Sendable, Equatable {
  public var progress: QuizProgress?

  public init(progress: QuizProgress? = nil) { self.progress = progress }
}

/// The progress marks of one pack, as stored in `progress.json`.
public struct Progress: Codable, Sendable, Equatable {
  public var marks: [String: TopicMark]
  /// How many times the marks were reset (nil before the first): a guide that finds more than
  /// it knew of learns that a reset came after the marks it could not save yet.
  public var resets: Int?

  public init(marks: [String: TopicMark] = [:], resets: Int? = nil) {
    self.marks = marks
    self.resets = resets
  }
}

/// Where the reader was, as stored in `place.json`.
public struct SavedPlace: Codable, Sendable, Equatable {
  public var place: Place?

  public init(place: Place? = nil) { self.place = place }
}

/// Where one pack's results and quiz-in-progress live, and the words for what went wrong.
///
/// Every method answers with a one-line notice for the status line instead of throwing: a
/// guide that cannot save still works, and says so.
public struct GuideStorage: Sendable {
  public let history: DocumentStore<History>
  public let inProgress: DocumentStore<SavedQuiz>
  public let progress: DocumentStore<Progress>
  public let place: DocumentStore<SavedPlace>
  private let memory = StorageMemory()

  public init(paths: DataPaths, packID: String) {
    let pack = paths.forPack(packID)
    history = DocumentStore(
      path: Paths.join(pack.dataDirectory, "history.json"), formatVersion: 1,
      empty: History(), accepts: { $0.isWithinLimits })
    inProgress = DocumentStore(
      path: Paths.join(pack.stateDirectory, "quiz-in-progress.json"),
      formatVersion: 1, empty: SavedQuiz(), accepts: { $0.isWithinLimits })
    progress = DocumentStore(
      path: Paths.join(pack.dataDirectory, "progress.json"), formatVersion: 1,
      empty: Progress(), accepts: { $0.isWithinLimits })
    place = DocumentStore(
      path: Paths.join(pack.stateDirectory, "place.json"), formatVersion: 1,
      empty: SavedPlace(), accepts: { $0.isWithinLimits })
  }

  public func loadMarks() -> (marks: [String: TopicMark], notice: String?) {
    let (saved, notice) = Self.describe(
      progress.load(), name: "progress marks", file: progress.path)
    memory.rememberMarks(saved?.marks ?? [:], resets: saved?.resets ?? 0)
    return (saved?.marks ?? [:], notice)
  }

  /// Saves what changed since the marks were loaded or last saved, merged under the lock into
  /// the file as it is now: two guides open at once both keep their marks. Past
  /// `Guide.maxMarks`, which the reader refuses, nothing is written and the changes stay
  /// unsaved, to be tried again with the next save; but once another guide has reset the
  /// marks since, only the change asked for now is saved: the reset wins over the older ones.
  /// A failure is told once until a save works.
  public func saveMarks(_ marks: [String: TopicMark]) -> String? {
    let changes = memory.changedMarks(to: marks)
    var resets = 0
    let failure = perform(marksNotSaved) {
      _ = try progress.update { saved in
        resets = saved.resets ?? 0
        var merged = saved.marks
        let kept = resets == changes.resets ? changes.sinceSaved : changes.sinceAsked
        for (id, mark) in kept { merged[id] = mark }
        guard merged.count <= Guide.maxMarks else { throw MarksFull() }
        saved.marks = merged
      }
    }
    if failure == nil { memory.rememberMarks(marks, resets: resets) }
    return memory.onceInARow(failure, for: progress.path)
  }

  /// Forgets every saved mark, whoever made it: marks another guide saved before the reset
  /// go too. A guide still open with such a mark on screen writes it again only if it is
  /// changed there after the reset.
  public func resetMarks() -> String? {
    var resets = 0
    let failure = perform(marksNotSaved) {
      _ = try progress.update { saved in
        resets = (saved.resets ?? 0) + 1
        saved = Progress(marks: [:], resets: resets)
      }
    }
    if failure == nil { memory.rememberMarks([:], resets: resets) }
    return memory.onceInARow(failure, for: progress.path)
  }

  /// The words before why marks could not be saved.
  private let marksNotSaved = "Progress marks were not saved"

  /// A save that would hold more marks than the file may.
  struct MarksFull: Error, CustomStringConvertible {
    var description: String {
      "Progress marks were not saved: progress.json holds the most marks kept "
        + "(10,000); clear one first"
    }
  }

  /// The last place read; damaged or missing files just mean "start at home".
  public func loadPlace() -> Place? {
    if case .loaded(let saved) = place.load() { return saved.place }
    return nil
  }

  public func savePlace(_ value: Place?) -> String? {
    perform { _ = try place.update { $0.place = value } }
  }

  /// The saved attempts, oldest first, and a notice when the file needed attention.
  public func loadAttempts() -> (attempts: [Attempt], notice: String?) {
    let (history, notice) = Self.describe(history.load(), name: "results", file: history.path)
    return (history?.attempts ?? [], notice)
  }

  public func loadProgress() -> (progress: QuizProgress?, notice: String?) {
    let (saved, notice) = Self.describe(
      inProgress.load(), name: "quiz progress", file: inProgress.path)
    return (saved?.progress, notice)
  }

  /// Adds an attempt; nil when saved, else why not. An attempt that cannot be saved goes back
  /// to the quiz in progress (cleared just before), so the answers are not lost with it.
  public func record(_ attempt: Attempt) -> String? {
    guard !attempt.date.isEmpty else { return nil }
    let failure = perform { _ = try history.update { $0.attempts.append(attempt) } }
    if failure != nil {
      _ = saveProgress(
        QuizProgress(
          packID: attempt.packID, packVersion: attempt.packVersion, answers: attempt.answers,
          current: attempt.answers.count))
    }
    return failure
  }

  /// Saves the quiz in progress; a failure is told once, not after every answer.
  public func saveProgress(_ progress: QuizProgress) -> String? {
    memory.once(perform { _ = try inProgress.update { $0.progress = progress } })
  }

  public func clearProgress() -> String? {
    perform { try inProgress.remove() }
  }

  /// Runs `work`; nil when it worked, else one line saying why not, after `what` (such as
  /// "Progress marks were not saved") when the store failed.
  private func perform(_ what: String? = nil, _ work: () throws -> Void) -> String? {
    do {
      try work()
      return nil
    } catch let error as StoreError {
      guard let what else { return error.description }
      return error.saying(what)
    } catch {
      return "\(error)"
    }
  }

  /// The document, if usable, and a line telling the user what happened to a bad file.
  static func describe<Document>(_ result: LoadResult<Document>, name: String, file: String) -> (
    Document?, String?
  ) {
    switch result {
    case .missing: return (nil, nil)
    case .loaded(let document): return (document, nil)
    case .quarantined(let movedTo):
      return (
        nil, "Saved \(name) could not be read; the file was kept as \(Paths.name(of: movedTo))."
      )
    case .newerFormat:
      return (
        nil,
        "Saved \(name) come from a newer devrel-guide; \(Paths.name(of: file)) was left untouched."
      )
    case .unreadable(let why):
      return (nil, "Saved \(name) could not be read: \(why)")
    }
  }

}
