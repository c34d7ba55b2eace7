/// One overlay's behaviour in one place, as `ScreenModel` is a screen's: its keys, what its
/// keys, a click, the wheel and a paste do, and how it keeps itself in bounds.
///
/// The overlay's state is the value stored in `Overlay`; `Overlay.model` gives the model for
/// it. While there is an overlay it takes every event before the screen under it (the order is
/// in `Guide.route`), so its table lists every key that does anything there.
///
/// Every requirement but `keyTable` and `key` has a default that does nothing.
public protocol OverlayModel: Sendable {
  /// The keys the overlay takes as it stands: its handling, its footer and the tests read it.
  func keyTable(_ guide: Guide) -> KeyTable
  /// Any key: the overlay takes them all while it is open.
  func key(_ key: Key, _ guide: inout Guide) -> [Effect]
  /// The `index`th item of the overlay's list was picked (a click, or a number in the line mode).
  func choose(_ index: Int, _ guide: inout Guide) -> [Effect]
  /// The wheel turned `steps` lines or items (negative: up).
  func wheel(_ steps: Int, _ guide: inout Guide)
  /// Text pasted as a whole.
  func paste(_ text: String, _ guide: inout Guide) -> [Effect]
  /// After every event: the overlay is brought within its bounds.
  func settle(_ guide: inout Guide)
  /// The header's titles while the overlay is open; nil keeps those of the screen under it.
  func breadcrumbs(_ guide: Guide) -> [String]?
  /// The question the footer asks while the overlay is open; nil shows the status as usual.
  var footerQuestion: String? { get }
}

extension OverlayModel {
  public func choose(_ index: Int, _ guide: inout Guide) -> [Effect] { [] }
  public func wheel(_ steps: Int, _ guide: inout Guide) {}
  public func paste(_ text: String, _ guide: inout Guide) -> [Effect] { [] }
  public func settle(_ guide: inout Guide) {}
  public func breadcrumbs(_ guide: Guide) -> [String]? { nil }
  public var footerQuestion: String? { nil }
}

extension Overlay {
  /// The model for this overlay's state.
  public var model: any OverlayModel {
    switch self {
    case .help(let scroll): HelpBox(scroll: scroll)
    case .search(let search): search
    case .confirm(.resetMarks): ResetMarksQuestion()
    case .confirm(.leaveQuiz(let question, let selection)):
      LeaveQuizQuestion(question: question, selection: selection)
    }
  }
}

extension Guide {
  /// The model of the overlay on screen, if there is one.
  public var overlayModel: (any OverlayModel)? { state.overlay?.model }
}
