/// One screen's behaviour in one place: its keys, what its keys, a click and the wheel do, how
/// it keeps itself in bounds, its breadcrumbs and its line-mode text and prompt.
///
/// The screen's state is the value stored in `Screen` (a `MenuPosition`, a `PagePosition`…);
/// `Screen.model` gives the model for it, and the guide sends each event to the model of the
/// screen on screen after the overlay has had its turn. A model reads the guide and changes it
/// through `inout Guide` (writing its new position back to `state.screen`, or opening another
/// screen), and returns the effects for the app, as bubbletea's `Update` does.
///
/// Every requirement but `keyTable` and `key` has a default that does nothing, so a screen
/// states only what it does. Screens that read laid-out lines share `ReadingScreen`.
public protocol ScreenModel: Sendable {
  /// The keys the screen takes as it stands: routing, help, the footer and the line mode read
  /// this table, so a key is declared once.
  func keyTable(_ guide: Guide) -> KeyTable
  /// A key the table lists.
  func key(_ key: Key, _ guide: inout Guide) -> [Effect]
  /// The `index`th item of the screen's list was picked (a click, or a number in the line mode).
  func choose(_ index: Int, _ guide: inout Guide) -> [Effect]
  /// The `index`th link of the screen's page was picked.
  func followLink(_ index: Int, _ guide: inout Guide)
  /// The wheel turned `steps` lines or items (negative: up).
  func wheel(_ steps: Int, _ guide: inout Guide)
  /// Text pasted as a whole; nil when the screen does not take pastes.
  func paste(_ text: String, _ guide: inout Guide) -> [Effect]?
  /// After every event: the screen's position is brought within its bounds.
  func settle(_ guide: inout Guide)
  /// After a resize, with the page as it was laid out before it.
  func resized(from old: PageView?, _ guide: inout Guide)
  /// The titles after "Home" in the header.
  func breadcrumbs(_ guide: Guide) -> [String]

  /// The screen as a `ReadingScreen`, nil for the others. Asked, not cast: a cast to a
  /// protocol (`as? any ReadingScreen`) makes the runtime search every conformance in the
  /// binary the first time it meets each screen type, which cost start-up 0.6 million
  /// instructions.
  var reading: (any ReadingScreen)? { get }
  /// What the screen's page is laid out from, when it reads like a page.
  func pageSource(width: Int, _ guide: Guide) -> (any PageSourcing)?
  /// The first line of the page on screen (for the header's `Top`, `42%`, `End`).
  var pageScroll: Int { get }
  /// The focused link of the page on screen.
  var focusedLink: Int? { get }
  /// How many items the footer's numbers reach.
  func numberedItems(_ guide: Guide) -> Int

  /// What the line mode prints for the screen; `quizOnly` is `quiz --plain`.
  func lineText(_ guide: Guide, quizOnly: Bool) -> [LineModeText]
  /// What the line mode asks, given the words the key tables offer here ("b back, q quit").
  func linePrompt(_ guide: Guide, words: String) -> String
  /// The event a number typed in the line mode stands for, nil when it means nothing here.
  func lineNumber(_ number: Int, _ guide: Guide) -> Event?
}

extension ScreenModel {
  public func choose(_ index: Int, _ guide: inout Guide) -> [Effect] { [] }
  public func followLink(_ index: Int, _ guide: inout Guide) {}
  public func wheel(_ steps: Int, _ guide: inout Guide) {}
  public func paste(_ text: String, _ guide: inout Guide) -> [Effect]? { nil }
  public func settle(_ guide: inout Guide) {}
  public func resized(from old: PageView?, _ guide: inout Guide) {}
  public var reading: (any ReadingScreen)? { nil }
  public func pageSource(width: Int, _ guide: Guide) -> (any PageSourcing)? { nil }
  public var pageScroll: Int { 0 }
  public var focusedLink: Int? { nil }
  public func numberedItems(_ guide: Guide) -> Int { 9 }
  public func lineText(_ guide: Guide, quizOnly: Bool) -> [LineModeText] { [] }
  public func linePrompt(_ guide: Guide, words: String) -> String {
    "Choose a number, \(words) >"
  }
  public func lineNumber(_ number: Int, _ guide: Guide) -> Event? { nil }
}

/// One line the line mode prints: words as written, or a laid-out line (which the printer
/// turns into characters with the terminal's glyphs), with words after it.
public enum LineModeText: Sendable, Equatable {
  case text(String)
  case laidOut(PageLine, suffix: String = "")
}

extension [LineModeText] {
  /// Numbered items, as the line mode lists them: `  1) Start the quiz`.
  static func numbered(_ items: [String]) -> [LineModeText] {
    items.enumerated().map { .text("  \($0.offset + 1)) \($0.element)") }
  }

  /// Words wrapped to the line mode's width.
  static func wrapped(_ text: String) -> [LineModeText] {
    Wrap.text(text, width: 78).map(LineModeText.text)
  }
}

/// What a page-like screen's page is laid out from, and how to lay it out: each screen that
/// reads like a page returns its own source (`ScreenModel.pageSource`), so a new one adds no
/// case to a central list and no branch to the guide.
///
/// Equal sources give equal pages: the guide keeps the page laid out for the last source and
/// compares it with the screen's source after every event, so a source is a small value (an
/// id and a width, not the text) that compares cheaply, and one of three words or fewer sits
/// in the existential without an allocation per key.
public protocol PageSourcing: Sendable, Equatable {
  /// The page, laid out for the width the source names; nil when there is nothing to show.
  func layout(in guide: Guide) -> PageView?
}

extension PageSourcing {
  /// Whether `other` is a source of the same type, equal to this one. A cast to a concrete
  /// type, which compares type metadata only.
  func isSame(as other: any PageSourcing) -> Bool {
    guard let other = other as? Self else { return false }
    return other == self
  }
}

extension Guide {
  /// The model of the screen on screen.
  public var screenModel: any ScreenModel { state.screen.model }
}
