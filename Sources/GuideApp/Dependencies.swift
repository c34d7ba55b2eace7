import FoundationEssentials
import Glibc
import GuideContent
import GuideCore
import GuidePosting
import GuideStore
import Synchronization

/// Everything a session takes from the world outside the guide, in one value: the clock,
/// storage, reading a file, the environment and the facts about the terminal.
///
/// The program uses `live(packID:)`; a test builds `inMemory(...)`, so a session under test
/// touches no real folder, reads no real file and sees no variable it did not set.
public struct Dependencies: Sendable {
  /// The time stamp for a finished attempt (ISO 8601).
  public var now: @Sendable () -> String
  /// Where results, progress, marks and the place are kept; nil when nothing is saved.
  public var storage: (any SessionStorage)?
  /// A file from outside, read within `limit` bytes; the callers ask the posting's memory.
  public var readFile: @Sendable (_ path: String, _ limit: Int) throws(FileReadError) -> [UInt8]
  /// One environment variable (`HOME` for a path typed as `~/...`).
  public var environment: @Sendable (String) -> String?
  public var terminal: TerminalFacts

  public init(
    now: @escaping @Sendable () -> String, storage: (any SessionStorage)?,
    readFile: @escaping @Sendable (String, Int) throws(FileReadError) -> [UInt8],
    environment: @escaping @Sendable (String) -> String?, terminal: TerminalFacts
  ) {
    self.now = now
    self.storage = storage
    self.readFile = readFile
    self.environment = environment
    self.terminal = terminal
  }

  /// The program's: the system clock, the pack's files in the data folders of `HOME` and the
  /// XDG variables (without them, says so and exits 78), files read with `BoundedFile`,
  /// `getenv`, and the real terminal.
  public static func live(packID: String) throws -> Dependencies {
    Dependencies(
      now: GuideSession.isoNow, storage: GuideStorage(paths: try dataPaths(), packID: packID),
      readFile: { path, limit throws(FileReadError) in
        try BoundedFile.read(path, limit: limit, memory: PostingMemory.shortfall(forBytes:))
      },
      environment: environmentValue, terminal: .live)
  }

  /// For the printing commands that keep nothing (`show`, `search`): as `live`, without
  /// storage, so they run without `HOME`.
  public static func outside() -> Dependencies {
    Dependencies(
      now: GuideSession.isoNow, storage: nil,
      readFile: { path, limit throws(FileReadError) in
        try BoundedFile.read(path, limit: limit, memory: PostingMemory.shortfall(forBytes:))
      },
      environment: environmentValue, terminal: .live)
  }

  /// For tests: a fixed clock, storage in memory, the given files and variables only, and a
  /// terminal that shows UTF-8.
  public static func inMemory(
    now: String = "2026-11-29T10:04:00Z", storage: MemoryStorage? = MemoryStorage(),
    files: [String: String] = [:], environment: [String: String] = [:],
    terminal: TerminalFacts = TerminalFacts(
      inputIsTerminal: true, outputIsTerminal: true, localeIsUTF8: true)
  ) -> Dependencies {
    Dependencies(
      now: { now }, storage: storage,
      readFile: { path, limit throws(FileReadError) in
        guard let text = files[path] else { throw FileReadError(path, .missing) }
        guard text.utf8.count <= limit else { throw FileReadError(path, .tooLarge(limit: limit)) }
        return Array(text.utf8)
      },
      environment: { environment[$0] }, terminal: terminal)
  }
}

/// What the guide asks of the terminal it runs in.
public struct TerminalFacts: Sendable, Equatable {
  /// Standard input is a terminal (so the line mode can be offered where curses cannot run).
  public var inputIsTerminal: Bool
  /// Standard output is a terminal (printed text is coloured only there, with `--color auto`).
  public var outputIsTerminal: Bool
  /// The locale shows UTF-8 (else text is drawn in ASCII forms).
  public var localeIsUTF8: Bool
  /// The width of the terminal standard output goes to; nil in a pipe. Printed text wraps
  /// to it.
  public var columns: Int?

  public init(
    inputIsTerminal: Bool, outputIsTerminal: Bool, localeIsUTF8: Bool, columns: Int? = nil
  ) {
    self.inputIsTerminal = inputIsTerminal
    self.outputIsTerminal = outputIsTerminal
    self.localeIsUTF8 = localeIsUTF8
    self.columns = columns
  }

  /// The real terminal's, read once.
  public static let live = TerminalFacts(
    inputIsTerminal: isatty(0) == 1, outputIsTerminal: isatty(1) == 1,
    localeIsUTF8: GuideApp.localeIsUTF8, columns: terminalColumns())
}

/// What a session loads and saves: on disk (`GuideStorage`) or, in tests, in memory
/// (`MemoryStorage`). Every save answers nil, or one line saying why it did not happen.
public protocol SessionStorage: Sendable {
  func loadAttempts() -> (attempts: [Attempt], notice: String?)
  func loadProgress() -> (progress: QuizProgress?, notice: String?)
  func loadMarks() -> (marks: [String: TopicMark], notice: String?)
  func loadPlace() -> Place?
  func savePlace(_ value: Place?) -> String?
  func record(_ attempt: Attempt) -> String?
  func saveProgress(_ progress: QuizProgress) -> String?
  func clearProgress() -> String?
  func saveMarks(_ marks: [String: TopicMark]) -> String?
  func resetMarks() -> String?
}

extension GuideStorage: SessionStorage {}

/// Storage held in memory, for tests: what was saved can be read back and compared, and
/// `failure` makes every save fail with that line, as a folder that cannot be written does.
public final class MemoryStorage: SessionStorage {
  public struct Saved: Sendable, Equatable {
    public var attempts: [Attempt] = []
    public var progress: QuizProgress?
    public var marks: [String: TopicMark] = [:]
    public var place: Place?

    public init(
      attempts: [Attempt] = [], progress: QuizProgress? = nil, marks: [String: TopicMark] = [:],
      place: Place? = nil
    ) {
      self.attempts = attempts
      self.progress = progress
      self.marks = marks
      self.place = place
    }
  }

  private let state: Mutex<Saved>
  /// The line every save answers with, nil while saves work.
  public let failure: String?
  /// What loading the attempts tells, as a damaged file on disk would.
  public let notice: String?

  public init(_ saved: Saved = Saved(), failure: String? = nil, notice: String? = nil) {
    state = Mutex(saved)
    self.failure = failure
    self.notice = notice
  }

  /// Everything saved so far.
  public var saved: Saved { state.withLock { $0 } }

  public func loadAttempts() -> (attempts: [Attempt], notice: String?) {
    (saved.attempts, notice)
  }
  public func loadProgress() -> (progress: QuizProgress?, notice: String?) {
    (saved.progress, nil)
  }
  public func loadMarks() -> (marks: [String: TopicMark], notice: String?) { (saved.marks, nil) }
  public func loadPlace() -> Place? { saved.place }
  public func savePlace(_ value: Place?) -> String? { save { $0.place = value } }
  public func record(_ attempt: Attempt) -> String? {
    guard !attempt.date.isEmpty else { return nil }
    return save { $0.attempts.append(attempt) }
  }
  public func saveProgress(_ progress: QuizProgress) -> String? {
    save { $0.progress = progress }
  }
  public func clearProgress() -> String? { save { $0.progress = nil } }
  public func saveMarks(_ marks: [String: TopicMark]) -> String? { save { $0.marks = marks } }
  public func resetMarks() -> String? { save { $0.marks = [:] } }

  private func save(_ change: (inout Saved) -> Void) -> String? {
    if let failure { return failure }
    state.withLock { change(&$0) }
    return nil
  }
}
