import Glibc
import GuideCore
import GuideUI
import Synchronization

/// Events handled on another thread: the guide they leave, the effects and the frame that
/// shows it.
///
/// The guide is a value, so the work changes a copy and the session takes the copy when it is
/// done; until then the session's loop keeps answering signals and resizes.
///
/// A plain POSIX thread and semaphore rather than Dispatch: one short-lived thread per event
/// is all this needs, and leaving Dispatch out keeps its code out of the guide's memory.
final class GuideWork: Sendable {
  struct Outcome: Sendable {
    var guide: Guide
    var effects: [Effect]
    /// How many of the events were handled (`Guide.handle(together:)` stops after the first
    /// with effects); the rest are still to come.
    var handled: Int
    /// None when the event quits: nobody will see that frame.
    var frame: Frame?
  }

  private let job: Job

  /// Starts handling `events`, which came in together, on a copy of `guide` at once.
  init(_ guide: Guide, _ events: [Event], unicode: Bool) {
    job = Job(guide, events, unicode: unicode)
    let context = Unmanaged.passRetained(job).toOpaque()
    var thread = pthread_t()
    if pthread_create(
      &thread, nil,
      { context in
        if let context { Unmanaged<Job>.fromOpaque(context).takeRetainedValue().run() }
        return nil
      }, context) == 0
    {
      pthread_detach(thread)
    } else {
      // No thread to be had: do the work here, as the guide did before it had a worker.
      Unmanaged<Job>.fromOpaque(context).takeRetainedValue().run()
    }
  }

  /// The outcome, waiting at most `milliseconds` for it; nil while the work goes on.
  func outcome(waitingAtMost milliseconds: Int) -> Outcome? {
    guard job.wait(milliseconds: milliseconds) else { return nil }
    return job.result.withLock { $0 }
  }

  /// The work and its result, shared by the session's thread and the worker.
  private final class Job: Sendable {
    let guide: Guide
    let events: [Event]
    let unicode: Bool
    let result = Mutex<Outcome?>(nil)
    /// Posted once, when `result` is set. A pointer, so its address never moves.
    nonisolated(unsafe) private let done = UnsafeMutablePointer<sem_t>.allocate(capacity: 1)

    init(_ guide: Guide, _ events: [Event], unicode: Bool) {
      self.guide = guide
      self.events = events
      self.unicode = unicode
      sem_init(done, 0, 0)
    }

    deinit {
      sem_destroy(done)
      done.deallocate()
    }

    func run() {
      var guide = guide
      let (effects, handled) = guide.handle(together: events)
      let frame = effects.contains(.quit) ? nil : Renderer.render(guide, unicode: unicode)
      result.withLock {
        $0 = Outcome(guide: guide, effects: effects, handled: handled, frame: frame)
      }
      sem_post(done)
    }

    /// True once the work is done, waiting at most `milliseconds` for it.
    func wait(milliseconds: Int) -> Bool {
      var deadline = timespec()
      clock_gettime(CLOCK_REALTIME, &deadline)
      let nanoseconds = Int(deadline.tv_nsec) + milliseconds * 1_000_000
      deadline.tv_sec += nanoseconds / 1_000_000_000
      deadline.tv_nsec = nanoseconds % 1_000_000_000
      while sem_timedwait(done, &deadline) != 0 {
        guard errno == EINTR else { return false }
      }
      // Posted again, so a later question gets the same answer.
      sem_post(done)
      return true
    }
  }
}
