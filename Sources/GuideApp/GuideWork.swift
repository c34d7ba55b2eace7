import Dispatch
import GuideCore
import GuideUI
import Synchronization

/// Events handled on another thread: the guide they leave, the effects and the frame that
/// shows it.
///
/// The guide is a value, so the work changes a copy and the session takes the copy when it is
/// done; until then the session's loop keeps answering signals and resizes.
final class GuideWork: Sendable {
  struct Outcome: Sendable {
    var guide: Guide
    var effects: [Effect]
    /// How many of the events were handled (`Guide.handle(together:)` stops after the first
    /// with effects); the rest are still to come.
    var handled: Int
    var frame: Frame
  }

  private let done = DispatchSemaphore(value: 0)
  private let result = Mutex<Outcome?>(nil)

  /// Starts handling `events`, which came in together, on a copy of `guide` at once.
  init(_ guide: Guide, _ events: [Event], unicode: Bool) {
    DispatchQueue.global(qos: .userInteractive).async { [self] in
      var guide = guide
      let (effects, handled) = guide.handle(together: events)
      let frame = Renderer.render(guide, unicode: unicode)
      result.withLock {
        $0 = Outcome(guide: guide, effects: effects, handled: handled, frame: frame)
      }
      done.signal()
    }
  }

  /// The outcome, waiting at most `milliseconds` for it; nil while the work goes on. Once it
  /// has been returned, ask no more.
  func outcome(waitingAtMost milliseconds: Int) -> Outcome? {
    guard done.wait(timeout: .now() + .milliseconds(milliseconds)) == .success else { return nil }
    return result.withLock { $0 }
  }
}
