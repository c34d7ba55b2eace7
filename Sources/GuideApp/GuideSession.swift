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
  let effects: EffectRunner
  let storage: GuideStorage?
  /// Whether frames are drawn with Unicode glyphs (else ASCII: `--ascii`, or no UTF-8).
  let unicode: Bool
  /// The place saved last time: written again only if it changed.
  private let startPlace: Place?
  /// Every message shown in the status line (warnings at start, what could not be saved),
  /// oldest first, for the caller to repeat on stderr once the screen is given back.
  public private(set) var messages: [String] = []

  /// Where a session opens.
  public enum Start: Sendable {
    /// The page read last time, if any (home is one Esc away).
    case resume
    case home
    case quiz
  }

  public init(
    pack: ContentPack, terminal: Terminal, storage: GuideStorage?, start: Start = .resume,
    ascii: Bool = false, warnings: [String] = [],
    now: @escaping @Sendable () -> String = GuideSession.isoNow
  ) {
    self.terminal = terminal
    self.storage = storage
    self.effects = EffectRunner(storage: storage)
    self.unicode = terminal.unicode && !ascii
    let (attempts, historyNotice) = storage?.loadAttempts() ?? ([], nil)
    let (progress, progressNotice) = storage?.loadProgress() ?? (nil, nil)
    let (marks, marksNotice) = storage?.loadMarks() ?? ([:], nil)
    let state = GuideState(size: terminal.size, quiz: progress, attempts: attempts, marks: marks)
    startPlace = storage?.loadPlace()
    guide = Guide(pack: pack, state: state, now: now)
    switch start {
    case .resume: if let place = startPlace { _ = guide.handle(.resume(place)) }
    case .home: break
    case .quiz: _ = guide.handle(.openQuiz)
    }
    // The status line holds one message: the first, which the others may follow from.
    let notices = warnings + [historyNotice, progressNotice, marksNotice].compactMap { $0 }
    if let first = notices.first {
      _ = guide.handle(.notice(first))
      messages = notices
    }
  }

  /// A session with the data folders and ASCII choice of the command line's options.
  public convenience init(
    pack: ContentPack, terminal: Terminal, options: GuideOptions, start: Start, warnings: [String]
  ) throws {
    self.init(
      pack: pack, terminal: terminal,
      storage: GuideStorage(paths: try dataPaths(), packID: pack.manifest.id), start: start,
      ascii: options.ascii, warnings: warnings)
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
      let guideEvent: Event?
      switch event {
      case .click(let row, let column):
        guard let clicked = frame.event(atRow: row, column: column) else { continue }
        guideEvent = clicked
      case .wheel(let up):
        guideEvent = .wheel(up: up)
      case .key(let key):
        guideEvent = .key(key)
      case .paste(let text):
        guideEvent = .paste(text)
      case .resized(let size):
        // The whole screen, not only what changed: what the terminal shows after a resize is
        // not what curses remembers, and a burst of them must end on a complete screen.
        terminal.invalidate()
        guideEvent = .resized(size)
      case .redraw:
        terminal.invalidate()
        guideEvent = nil
      case .signal(let number):
        return .signal(number)
      }
      if let guideEvent, perform(guide.handle(guideEvent)) { return .quit }
      frame = Renderer.render(guide, unicode: unicode)
      terminal.draw(frame)
    }
    return .inputClosed
  }

  /// Carries out effects; true when one of them is `.quit`.
  func perform(_ effects: [Effect]) -> Bool {
    let outcome = self.effects.run(effects)
    if outcome.redraw { terminal.invalidate() }
    for notice in outcome.notices {
      _ = guide.handle(.notice(notice))
      messages.append(notice)
    }
    return outcome.quit
  }

  /// The current time as `2026-11-29T10:04:00Z`.
  nonisolated public static func isoNow() -> String {
    Date.now.formatted(.iso8601)
  }
}
