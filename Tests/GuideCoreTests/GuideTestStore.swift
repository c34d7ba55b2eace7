import GuideContent
import GuideCore
import GuideTestSupport
import Testing

/// Sends events to a guide and checks everything that came of each one, as TCA's `TestStore`
/// does: the test states how the whole state changes (a change it leaves out fails), and the
/// exact effects returned (an effect it does not name fails).
///
/// Start it on any screen from a state, not by keys from home, so reordering a menu breaks
/// only the tests about that menu:
///
///     var store = GuideTestStore(screen: .page(PagePosition(id: "intro")), back: [.home])
///     store.send(.char("d"), effects: [.saveMarks(["intro": .done])]) {
///       $0.marks["intro"] = .done
///       $0.status = "Marked as done."
///     }
struct GuideTestStore {
  public private(set) var guide: Guide

  public init(_ guide: Guide) { self.guide = guide }

  /// A guide on `screen` with `back` under it (oldest first), as if the reader had walked
  /// there; the rest of the state is given or empty.
  public init(
    pack: ContentPack = Fixture.pack, screen: Screen, back: [Screen] = [],
    size: Size = Size(columns: 80, rows: 24), attempts: [Attempt] = [],
    marks: [String: TopicMark] = [:], quiz: QuizProgress? = nil
  ) {
    var state = GuideState(size: size, screen: screen, quiz: quiz, attempts: attempts, marks: marks)
    state.back = back
    self.init(Guide(pack: pack, state: state, now: Fixture.now))
  }

  public var state: GuideState { guide.state }

  /// Sends `event`. `change` turns a copy of the state before it into the state expected after
  /// it; `effects` are the effects expected, in order.
  public mutating func send(
    _ event: Event, effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
    _ change: (inout GuideState) -> Void = { _ in }
  ) {
    var expected = guide.state
    change(&expected)
    let returned = guide.handle(event)
    if returned != effects {
      Issue.record(
        "effects of \(event): expected \(effects), got \(returned)", sourceLocation: sourceLocation)
    }
    let differences = Self.differences(expected, guide.state)
    if !differences.isEmpty {
      Issue.record(
        "state after \(event) differs:\n\(differences.joined(separator: "\n"))",
        sourceLocation: sourceLocation)
    }
  }

  /// Sends a key (see `send(_:effects:_:)`).
  public mutating func send(
    _ key: Key, effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
    _ change: (inout GuideState) -> Void = { _ in }
  ) {
    send(.key(key), effects: effects, sourceLocation: sourceLocation, change)
  }

  /// The fields of two states that differ, each with what was expected and what came.
  static func differences(_ expected: GuideState, _ actual: GuideState) -> [String] {
    guard expected != actual else { return [] }
    let fields = zip(Mirror(reflecting: expected).children, Mirror(reflecting: actual).children)
    let named = fields.compactMap { want, got -> String? in
      let (wanted, came) = (String(describing: want.value), String(describing: got.value))
      return wanted == came ? nil : "  \(want.label ?? "?"): expected \(wanted)\n    got \(came)"
    }
    return named.isEmpty ? ["  expected \(expected)\n  got \(actual)"] : named
  }
}
