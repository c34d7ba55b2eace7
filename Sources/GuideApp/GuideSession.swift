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
public final class GuideSession {
  public private(set) var guide: Guide
  let terminal: Terminal
  let effects: EffectRunner
  let storage: (any SessionStorage)?
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
    /// The knowledge check's intro (`devrel-guide check`).
    case check
  }

  /// `dependencies` are the clock, storage, file reader and environment: the program's
  /// (`Dependencies.live`), or in memory for tests.
  public init(
    pack: ContentPack, terminal: Terminal, dependencies: Dependencies, start: Start = .resume,
    ascii: Bool = false, warnings: [String] = []
  ) {
    self.terminal = terminal
    self.storage = dependencies.storage
    self.effects = EffectRunner(dependencies: dependencies)
    self.unicode = terminal.unicode && !ascii
    let (attempts, historyNotice) = storage?.loadAttempts() ?? ([], nil)
    let (progress, progressNotice) = storage?.loadProgress() ?? (nil, nil)
    let (marks, marksNotice) = storage?.loadMarks() ?? ([:], nil)
    let state = GuideState(size: terminal.size, quiz: progress, attempts: attempts, marks: marks)
    startPlace = storage?.loadPlace()
    guide = Guide(
      pack: pack, state: state, now: dependencies.now, glyphs: Glyphs(unicode: unicode))
    switch start {
    case .resume: if let place = startPlace { _ = guide.handle(.resume(place)) }
    case .home: break
    case .quiz: _ = guide.handle(.openQuiz)
    case .check: _ = guide.handle(.openCheck)
    }
    // The status line holds one message: the first, which the others may follow from.
    let notices = warnings + [historyNotice, progressNotice, marksNotice].compactMap { $0 }
    if let first = notices.first {
      _ = guide.handle(.notice(first))
      messages = notices
    }
  }

  /// A session on the program's dependencies with the ASCII choice of the command line.
  public convenience init(
    pack: ContentPack, terminal: Terminal, options: GuideOptions, start: Start, warnings: [String]
  ) throws {
    self.init(
      pack: pack, terminal: terminal, dependencies: try .live(packID: pack.manifest.id),
      start: start, ascii: options.ascii, warnings: warnings)
  }

  /// Runs until the user quits, input closes, or a signal arrives; then remembers the place.
  public func run() -> SessionEnd {
    let end = loop()
    if guide.place != startPlace { _ = storage?.savePlace(guide.place) }
    return end
  }

  private func loop() -> SessionEnd {
    var shown = Renderer.render(guide, unicode: unicode)
    terminal.draw(shown)
    /// Events not yet handled, in order: those that arrived while earlier ones were worked on.
    var queued: [Event] = []
    while true {
      if queued.isEmpty {
        guard let event = terminal.nextEvent() else { return .inputClosed }
        switch answer(event, showing: shown) {
        case .end(let end): return end
        case .handle(let guideEvent): queued.append(guideEvent)
        case .repaint:
          shown = Renderer.render(guide, unicode: unicode)
          terminal.draw(shown)
        case .ignore: break
        }
        continue
      }
      // The events are handled away from this loop, which meanwhile still answers signals and
      // resizes: the first search of a huge pack, or laying out a page of 100,000 bullets,
      // takes longer than a person waits for either. Everything queued goes at once, so keys
      // typed during a long search make one search for the words typed last.
      let work = GuideWork(guide, queued, unicode: unicode)
      let outcome: GuideWork.Outcome
      switch waitFor(work, queued: &queued, shown: &shown) {
      case .finished(let finished): outcome = finished
      case .ended(let end): return end
      }
      queued.removeFirst(outcome.handled)
      guide = outcome.guide
      let state = guide.state
      if perform(outcome.effects) { return .quit }
      // Events that came in meanwhile overtake this frame: only the last one is drawn.
      guard queued.isEmpty else { continue }
      // A notice (something could not be saved) or an effect's answer (a posting file's
      // text) changed the state since the frame.
      if let frame = outcome.frame, guide.state == state {
        shown = frame
      } else {
        shown = Renderer.render(guide, unicode: unicode)
      }
      terminal.draw(shown)
    }
  }

  /// What waiting for `work` came to: its outcome, or the end of the session.
  private enum Waited {
    case finished(GuideWork.Outcome)
    case ended(SessionEnd)
  }

  /// Waits for `work` while still answering input: a signal ends the session at once, a
  /// resize shows `BusyScreen` at the new size, and other events join `queued`.
  private func waitFor(_ work: GuideWork, queued: inout [Event], shown: inout Frame) -> Waited {
    while true {
      if let outcome = work.outcome(waitingAtMost: Self.inputCheckMilliseconds) {
        return .finished(outcome)
      }
      input: while true {
        switch terminal.nextEvent(waitingAtMost: 0) {
        case .closed: return .ended(.inputClosed)
        case .timedOut: break input
        case .event(let event):
          switch answer(event, showing: shown) {
          case .end(let end): return .ended(end)
          case .handle(let guideEvent):
            queued.append(guideEvent)
            if case .resized(let size) = guideEvent {
              shown = BusyScreen.render(size: size, unicode: unicode)
              terminal.draw(shown)
            }
          case .repaint: terminal.draw(shown)
          case .ignore: break
          }
        }
      }
    }
  }

  /// How often the loop looks at input while an event is being worked on: well inside the
  /// 100 ms in which Ctrl-C, SIGTERM and a resize are answered.
  static let inputCheckMilliseconds = 10

  /// What the loop does with an event from the terminal.
  private enum Answer {
    case end(SessionEnd)
    case handle(Event)
    /// Paint the whole screen again (Ctrl-L, back from Ctrl-Z).
    case repaint
    case ignore
  }

  /// A click means what the frame on screen when it was made says; a resize or a repaint
  /// makes the next frame paint the whole screen.
  private func answer(_ event: TerminalEvent, showing frame: Frame) -> Answer {
    switch event {
    case .click(let row, let column):
      return frame.event(atRow: row, column: column).map(Answer.handle) ?? .ignore
    case .wheel(let up): return .handle(.wheel(up: up))
    case .key(let key): return .handle(.key(key))
    case .paste(let text): return .handle(.paste(text))
    case .resized(let size):
      // The whole screen, not only what changed: what the terminal shows after a resize is
      // not what curses remembers, and a burst of them must end on a complete screen.
      terminal.invalidate()
      return .handle(.resized(size))
    case .redraw:
      terminal.invalidate()
      return .repaint
    case .signal(let number): return .end(.signal(number))
    }
  }

  /// Carries out effects; true when one of them is `.quit`.
  func perform(_ effects: [Effect]) -> Bool {
    let outcome = self.effects.run(effects)
    if outcome.redraw { terminal.invalidate() }
    for notice in outcome.notices {
      _ = guide.handle(.notice(notice))
      messages.append(notice)
    }
    for event in outcome.events {
      if perform(guide.handle(event)) { return true }
    }
    return outcome.quit
  }

  /// The current time as `2026-11-29T10:04:00Z`.
  public static func isoNow() -> String {
    Date.now.formatted(.iso8601)
  }
}
