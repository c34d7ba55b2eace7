import FoundationEssentials
import GuideContent
import GuideCore
import GuideUI

/// How a session ended, and the exit code that goes with it.
public enum SessionEnd: Sendable, Equatable {
  case quit
  /// Input closed (the terminal went away).
  case inputClosed
  case signal(Int32)

  /// 0, or 128 + the signal number, as shells expect (130 for Ctrl-C, 143 for SIGTERM).
  public var exitCode: Int32 {
    switch self {
    case .quit, .inputClosed: return 0
    case .signal(let number): return 128 + number
    }
  }
}

/// Runs the guide on a terminal: draw, wait for an event, update the state, carry out effects.
@MainActor
public final class GuideSession {
  public private(set) var guide: Guide
  let terminal: Terminal
  let storage: GuideStorage?
  /// Whether frames are drawn with Unicode glyphs (else ASCII: `--ascii`, or no UTF-8).
  let unicode: Bool
  /// The time stamp for a finished attempt; a parameter so tests can fix it.
  let now: () -> String
  /// The place saved last time: written again only if it changed.
  private let startPlace: Place?

  /// Where a session opens.
  public enum Start: Sendable {
    /// The page read last time, if any (home is one Esc away).
    case resume
    case home
    case quiz
  }

  public init(
    pack: ContentPack, terminal: Terminal, storage: GuideStorage?, start: Start = .resume,
    ascii: Bool = false, now: @escaping () -> String = GuideSession.isoNow
  ) {
    self.terminal = terminal
    self.storage = storage
    self.now = now
    self.unicode = terminal.unicode && !ascii
    let (attempts, historyNotice) = storage?.loadAttempts() ?? ([], nil)
    let (progress, progressNotice) = storage?.loadProgress() ?? (nil, nil)
    let (marks, marksNotice) = storage?.loadMarks() ?? ([:], nil)
    var state = GuideState(
      size: terminal.size, quiz: progress, attempts: attempts,
      marks: marks)
    state.status = historyNotice ?? progressNotice ?? marksNotice
    startPlace = storage?.loadPlace()
    guide = Guide(pack: pack, state: state)
    if case .resume = start, let place = startPlace { guide.resume(at: place) }
    if case .quiz = start { guide.openQuiz() }
  }

  /// Runs until the user quits, input closes, or a signal arrives; then remembers the place.
  public func run() -> SessionEnd {
    let end = loop()
    if guide.place != startPlace { _ = storage?.savePlace(guide.place) }
    return end
  }

  private func loop() -> SessionEnd {
    var frame = Renderer.render(guide, unicode: unicode)
    terminal.draw(frame)
    while let event = terminal.nextEvent() {
      switch event {
      case .click(let row, let column):
        guard let action = frame.event(atRow: row, column: column) else { continue }
        if perform(guide.handle(action)) { return .quit }
      case .wheel(let up):
        for _ in 0..<3 { _ = guide.handle(.key(up ? .up : .down)) }
      case .key(let key):
        if perform(guide.handle(.key(key))) { return .quit }
      case .paste(let text):
        _ = guide.handle(.paste(text))
      case .resized(let size):
        _ = guide.handle(.resized(size))
      case .redraw:
        terminal.invalidate()
      case .signal(let number):
        return .signal(number)
      }
      frame = Renderer.render(guide, unicode: unicode)
      terminal.draw(frame)
    }
    return .inputClosed
  }

  /// Carries out effects; true when one of them is `.quit`.
  func perform(_ effects: [Effect]) -> Bool {
    for effect in effects {
      switch effect {
      case .quit:
        return true
      case .redraw:
        terminal.invalidate()
      case .saveProgress(let progress):
        notify(storage?.saveProgress(progress))
      case .clearProgress:
        notify(storage?.clearProgress())
      case .saveMarks(let marks):
        notify(storage?.saveMarks(marks))
      case .recordAttempt(var attempt):
        attempt.date = now()
        _ = guide.handle(.attemptRecorded(attempt))
        notify(storage.map { $0.record(attempt) } ?? "Results are not saved in this session.")
      }
    }
    return false
  }

  private func notify(_ notice: String?) {
    if let notice { _ = guide.handle(.notice(notice)) }
  }

  /// The current time as `2026-11-29T10:04:00Z`.
  nonisolated public static func isoNow() -> String {
    Date.now.formatted(.iso8601)
  }
}
