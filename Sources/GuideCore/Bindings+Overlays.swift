/// The overlays' key tables: help, the search line and the index, and the two questions. Each
/// overlay takes every key while it is open, so its table lists every key that does anything
/// there; its handling, its footer and (for help) help's own rows read it.
extension Bindings {
  /// Every overlay's table, for the checks that hold them against what the overlays do.
  public static var overlays: [KeyTable] {
    [helpBox, searchLine, indexLine, resetMarksQuestion, leaveQuizQuestion]
  }

  // MARK: - Help

  static let helpClose = KeyBinding(
    [.escape, .character("?"), .character("q")], also: [.enter], extra: .anyKey,
    "close this help", hint: .init(.first(1), "close"))
  static let helpScroll = KeyBinding(
    [.up, .down, .character("j"), .character("k")],
    extra: .unnamed([
      .character(" "), .character("b"), .pageDown, .pageUp, .control("f"), .control("b"),
      .home, .end, .character("g"), .character("G"),
    ]), "scroll this help, with a page's keys", hint: .init(.upDown, "scroll"))

  /// Help's own keys, as help lists them; every other key closes it too.
  public static var helpKeys: [KeyBinding] { [helpClose, helpScroll] }

  public static let helpBox = KeyTable(
    "In help", helpKeys + [redraw],
    footer: [FooterItem(helpScroll, when: .helpScrolls), FooterItem(helpClose)],
    offersGlobal: false)

  // MARK: - The search line and the index

  static let searchOpen = KeyBinding(
    [.enter], "open the selected result", hint: .init(.first(1), "open"))
  static let searchCancel = KeyBinding(
    [.escape], "cancel, and clear the last search's highlight", hint: .init(.first(1), "cancel"))
  static let searchChoose = KeyBinding(
    [.tab, .backTab], also: [.control("n"), .control("p"), .pageDown, .pageUp],
    "choose a result", hint: .init(.first(1), "choose"))
  static let searchEarlier = KeyBinding(
    [.up, .down], "bring back an earlier search of this session", hint: .init(.upDown, "earlier"))
  static let indexChoose = KeyBinding(
    [.up, .down, .tab, .backTab], also: [.control("n"), .control("p"), .pageDown, .pageUp],
    "choose a term", hint: .init(.upDown, "choose"))
  static let lineEdit = KeyBinding(
    [.left, .right, .home, .end, .backspace, .delete],
    also: [.control("a"), .control("e"), .control("d"), .control("u"), .control("w")],
    "move in and edit the line; Backspace on an empty line closes it")
  static let lineTyped = KeyBinding([], extra: .printable, "typed into the line")
  static let linePaste = KeyBinding([], extra: .event("paste"), "pasted into the line")

  public static let searchLine = KeyTable(
    "On the search line",
    [
      searchOpen, searchChoose, searchEarlier, searchCancel, lineEdit, lineTyped, linePaste, redraw,
    ],
    footer: [
      FooterItem(searchOpen), FooterItem(searchChoose), FooterItem(searchEarlier),
      FooterItem(searchCancel),
    ], offersGlobal: false)
  public static let indexLine = KeyTable(
    "In the index",
    [searchOpen, indexChoose, searchCancel, lineEdit, lineTyped, linePaste, redraw],
    footer: [FooterItem(searchOpen), FooterItem(indexChoose), FooterItem(searchCancel)],
    offersGlobal: false)

  // MARK: - Questions

  static let resetYes = KeyBinding(
    [.character("y")], "reset all progress marks", hint: .init(.first(1), "reset"))
  static let resetNo = KeyBinding(
    [], extra: .anyKey, "keep them", hint: .init(.text("any other key"), "keep them"))

  public static let resetMarksQuestion = KeyTable(
    "Reset all progress marks?", [resetYes, resetNo],
    footer: [FooterItem(resetYes), FooterItem(resetNo)], offersGlobal: false)

  static let leaveYes = KeyBinding(
    [.escape, .character("y"), .character("1")], "leave the quiz; answers are kept",
    hint: .init(.first(3), "leave"))
  static let leaveNo = KeyBinding(
    [.character("n"), .character("2"), .backspace, .left], "keep going",
    hint: .init(.first(2), "keep going"))
  static let leaveSelected = KeyBinding([.enter, .right, .character("l")], "answer as selected")

  public static let leaveQuizQuestion = KeyTable(
    "Leave the quiz?", [leaveYes, leaveNo, listMove, listEnds, leaveSelected, redraw, quit],
    footer: [FooterItem(leaveYes), FooterItem(leaveNo), FooterItem(quit)], offersGlobal: false)
  /// While the window is too small to show the question, only these work.
  static let leaveQuizTooSmall = KeyTable(
    "Leave the quiz?", [redraw, quit], footer: [FooterItem(quit)], offersGlobal: false)
}
