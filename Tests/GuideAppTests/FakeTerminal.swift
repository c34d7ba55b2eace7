import Foundation
import GuideApp
import GuideCore
import GuideUI

/// A terminal that replays scripted events and records every frame drawn.
final class FakeTerminal: Terminal {
  var size: Size
  let unicode = true
  var events: [TerminalEvent]
  private(set) var frames: [Frame] = []
  private(set) var invalidations = 0

  init(size: Size = Size(columns: 80, rows: 24), events: [TerminalEvent]) {
    self.size = size
    self.events = events
  }

  func draw(_ frame: Frame) { frames.append(frame) }

  func invalidate() { invalidations += 1 }

  func nextEvent() -> TerminalEvent? {
    guard !events.isEmpty else { return nil }
    let event = events.removeFirst()
    if case .resized(let newSize) = event { size = newSize }
    return event
  }

  /// Scripted events go to `nextEvent()` only: while the session works on an event the fake
  /// says nothing arrived, so the frames a test sees never depend on how long work took.
  /// `eventsWhileBusy` are handed out here instead, one per call, once every scripted event has
  /// been: so while the session works on the last one, the long work a test sets up.
  var eventsWhileBusy: [TerminalEvent] = []

  func nextEvent(waitingAtMost milliseconds: Int) -> TerminalWait {
    guard events.isEmpty, !eventsWhileBusy.isEmpty else {
      usleep(UInt32(milliseconds) * 1000)
      return .timedOut
    }
    let event = eventsWhileBusy.removeFirst()
    if case .resized(let newSize) = event { size = newSize }
    return .event(event)
  }

  var lastScreen: String { frames.last?.lines.joined(separator: "\n") ?? "" }
}

extension TerminalEvent {
  static func keys(_ text: String) -> [TerminalEvent] {
    text.map { .key(.character($0)) }
  }
}
