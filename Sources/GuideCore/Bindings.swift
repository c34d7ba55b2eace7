/// A screen's keys in one table: the heading of its part of help, its bindings, and which of
/// them the footer offers, in the footer's order, each with when it shows.
public struct KeyTable: Sendable, Equatable {
  public let title: String
  public let bindings: [KeyBinding]
  public let footer: [FooterItem]
  /// Whether the footer adds `? help` and `q quit`: not where those keys are typed.
  public let offersGlobal: Bool

  public init(
    _ title: String, _ bindings: [KeyBinding], footer: [FooterItem], offersGlobal: Bool = true
  ) {
    self.title = title
    self.bindings = bindings
    self.footer = footer
    self.offersGlobal = offersGlobal
  }

  /// Whether any binding of the table takes `key`.
  public func takes(_ key: Key) -> Bool { bindings.contains { $0.takes(key) } }
}

/// A binding the footer offers, and when.
public struct FooterItem: Sendable, Equatable {
  public enum Condition: Sendable, Equatable {
    case always
    /// The page on screen has links.
    case links
    /// A link is focused.
    case focus
    /// A search was confirmed, so `n` and `N` have somewhere to go.
    case highlight
    /// "Your plan" has something to show (after a quiz, with a plan in the pack).
    case plan
    /// The pack has a plan.
    case packPlan
    /// The quiz step offers one choice, or several.
    case oneOption, severalOptions
    /// Help has rows out of sight.
    case helpScrolls
  }

  public let binding: KeyBinding
  public let when: Condition
  /// The key the screen most needs (answer, choose a role, open): a narrow footer keeps it
  /// and gives up `? help` for its room, since without it the screen cannot be used.
  public let main: Bool

  public init(_ binding: KeyBinding, when: Condition = .always, main: Bool = false) {
    self.binding = binding
    self.when = when
    self.main = main
  }
}

/// Every screen's key table, and the keys that work everywhere. The one place keys are declared.
public enum Bindings {
  /// Every screen's table, for the checks that hold them against help and the README.
  public static var screens: [KeyTable] {
    [
      home, menu, page, noResults, results, attempt, assessment, postingPrompt, postingReading,
      postingComparison, yourPlan, roleProfile, roleProfileNoPlan, quizIntro, quizQuestion,
      quizFeedback,
    ]
  }

  // MARK: - Everywhere

  public static let help = KeyBinding(
    [.character("?")], "this help", hint: .init(.first(1), "help"))
  public static let search = KeyBinding(
    [.character("/")], "search every page", hint: .init(.first(1), "search"),
    line: .init("/", "search"))
  public static let index = KeyBinding([.character("i")], "index of terms")
  public static let forward = KeyBinding([.character("]")], "forward again, after going back")
  public static let redraw = KeyBinding([.control("l")], "redraw the screen")
  public static let quit = KeyBinding(
    [.character("q")], "quit (outside help)", hint: .init(.first(1), "quit"),
    line: .init("q", "quit"))

  /// The keys every screen takes after its own, in this order: the quiz leaves out `i`, as
  /// letters answer there.
  public static func global(answeringQuiz: Bool) -> [KeyBinding] {
    answeringQuiz
      ? [help, search, forward, redraw, quit] : [help, search, index, forward, redraw, quit]
  }

  /// The only keys taken while the window is too small to show a screen.
  public static let whenTooSmall = [help, redraw, quit]

  // MARK: - Shared by several screens

  static let back = KeyBinding(
    [.escape, .left, .character("h")], also: [.backspace], "back", hint: .init(.first(1), "back"),
    line: .init("b", "back"))
  static let listMove = KeyBinding(
    [.up, .down, .character("j"), .character("k")], also: [.tab, .backTab], "move",
    hint: .init(.upDown, "move"))
  static let listEnds = KeyBinding(
    [.home, .end, .character("g"), .character("G")], also: [.pageUp, .pageDown], "first, last")
  static let openSelected = KeyBinding(
    [.enter, .right, .character("l")], "open", hint: .init(.first(1), "open"))
  static let plan = KeyBinding([.character("p")], "your plan", hint: .init(.first(1), "plan"))

  /// Reading laid-out lines (pages, an attempt, a posting's reading), like less.
  static let readLine = KeyBinding(
    [.up, .down, .character("j"), .character("k")], "scroll a line",
    hint: .init(.upDown, "scroll"))
  static let readPage = KeyBinding(
    [.character(" "), .character("b")], also: [.pageDown, .pageUp, .control("f"), .control("b")],
    "page down, up", hint: .init(.first(2), "page"))
  static let readEnds = KeyBinding(
    [.character("g"), .character("G")], also: [.home, .end], "top, bottom")
  static let links = KeyBinding(
    [.tab, .backTab], "next, previous link", hint: .init(.first(1), "links"))
  static let follow = KeyBinding(
    [.enter, .right], "follow the link", hint: .init(.first(1), "open"))
  static let reading = [readLine, readPage, readEnds, links, follow, back]

  /// What the footer of anything read line by line offers, `extra` before the way back.
  static func readingFooter(_ extra: [FooterItem]) -> [FooterItem] {
    [
      FooterItem(readLine), FooterItem(links, when: .links), FooterItem(follow, when: .focus),
    ] + extra + [FooterItem(back)]
  }

  /// Steps taller than the window (a quiz step, the plan): PgUp and PgDn scroll them.
  static let choiceEnds = KeyBinding(
    [.home, .end, .character("g"), .character("G")], "first, last")
  static let choiceScroll = KeyBinding(
    [.pageUp, .pageDown], "scroll what does not fit (else first, last)")

  // MARK: - Menus

  static let openNumber = KeyBinding(
    [], extra: .digits, "open that item", hint: .init(.numbers, "open"))
  static let resetMarks = KeyBinding([.character("R")], "reset all progress marks")

  public static let home = KeyTable(
    "On this menu", [listMove, listEnds, openNumber, openSelected, resetMarks, plan],
    footer: [
      FooterItem(listMove), FooterItem(openNumber, main: true), FooterItem(search),
      FooterItem(openSelected), FooterItem(plan, when: .plan),
    ])
  public static let menu = KeyTable(
    "On this menu", [listMove, listEnds, openNumber, openSelected, back],
    footer: [
      FooterItem(listMove), FooterItem(openNumber, main: true), FooterItem(search),
      FooterItem(openSelected), FooterItem(back),
    ])

  // MARK: - Pages

  static let marks = KeyBinding(
    [.character("d"), .character("l"), .character("s")],
    "mark this page done, learning or skipped; again to clear", hint: .init(.first(3), "mark"))
  static let matches = KeyBinding(
    [.character("n"), .character("N")], "next, previous search match",
    hint: .init(.first(2), "next match"))

  public static let page = KeyTable(
    "On this page", reading + [marks, matches],
    footer: readingFooter([
      FooterItem(matches, when: .highlight), FooterItem(search), FooterItem(readPage),
      FooterItem(marks),
    ]))

  // MARK: - Results

  static let takeQuiz = KeyBinding(
    [.enter, .character("t")], "take the quiz", hint: .init(.first(1), "take the quiz"))
  static let openAttempt = KeyBinding([], extra: .digits, "open that attempt")

  public static let noResults = KeyTable(
    "On results", [takeQuiz, plan, back],
    footer: [
      FooterItem(takeQuiz, main: true), FooterItem(plan, when: .packPlan), FooterItem(back),
    ])
  public static let results = KeyTable(
    "On results", [listMove, listEnds, openAttempt, openSelected, plan, back],
    footer: [
      FooterItem(listMove), FooterItem(openSelected, main: true),
      FooterItem(plan, when: .packPlan), FooterItem(back),
    ])
  public static let attempt = KeyTable(
    "On this attempt", reading + [plan],
    footer: readingFooter([
      FooterItem(search), FooterItem(readPage), FooterItem(plan, when: .packPlan),
    ]))
  /// The first nine roles listed have a number for their plan; every listed role is a link
  /// to its profile (Tab, Enter).
  static let chooseRole = KeyBinding(
    [], extra: .digits, "a plan for the role with that number",
    hint: .init(.numbers, "role"))
  public static let assessment = KeyTable(
    "On this attempt", reading + [chooseRole, plan],
    footer: readingFooter([
      FooterItem(chooseRole, main: true), FooterItem(search), FooterItem(readPage),
      FooterItem(plan, when: .packPlan),
    ]))

  // MARK: - A role's profile

  /// The plan for the role on screen (the line mode's `p` too).
  static let rolePlan = KeyBinding(
    [.character("p")], "a plan to grow into this role", hint: .init(.first(1), "plan"),
    line: .init("p", "plan"))
  public static let roleProfile = KeyTable(
    "On this role", reading + [rolePlan],
    footer: readingFooter([
      FooterItem(rolePlan, main: true), FooterItem(search), FooterItem(readPage),
    ]))
  /// A pack without a plan: the profile is read only.
  public static let roleProfileNoPlan = KeyTable(
    "On this role", reading, footer: readingFooter([FooterItem(search), FooterItem(readPage)]))

  // MARK: - A job posting

  static let readFile = KeyBinding(
    [.enter], "read the text file whose path is typed (up to 4 MB)",
    hint: .init(.first(1), "read the file"))
  static let postingBack = KeyBinding(
    [.escape, .left], "back", hint: .init(.first(1), "back"), line: .init("b", "back"))

  public static let postingPrompt = KeyTable(
    "Reading a job posting",
    [
      KeyBinding([], extra: .event("paste"), "read the pasted posting (up to 1 MB)"), readFile,
      KeyBinding([.backspace], "delete a character"),
      KeyBinding([.control("u")], "delete the whole line"), postingBack,
      KeyBinding([.character("?")], "this help, when the line is empty"), redraw,
      KeyBinding([], extra: .printable, "typed into the line, q and / too"),
    ], footer: [FooterItem(readFile), FooterItem(postingBack)], offersGlobal: false)
  /// Between the reading and the posting's own text (a link on a phrase opens it at its line).
  static let postingText = KeyBinding(
    [.character("v")], "the posting's own text, numbered; again (or back) to the reading",
    hint: .init(.first(1), "text/reading"))

  /// A second posting (pasted or a path, on the same line) to set beside this one.
  static let postingCompare = KeyBinding(
    [.character("c")], "compare with a second posting (paste it or type its path)",
    hint: .init(.first(1), "compare"))

  public static let postingReading = KeyTable(
    "On this reading", reading + [postingText, postingCompare],
    footer: readingFooter([
      FooterItem(postingText), FooterItem(postingCompare), FooterItem(search),
      FooterItem(readPage),
    ]))
  /// Two postings side by side: read like a page; Esc returns to the first posting's reading.
  public static let postingComparison = KeyTable(
    "On this comparison", reading,
    footer: readingFooter([FooterItem(search), FooterItem(readPage)]))

  // MARK: - Your plan

  static let openAction = KeyBinding(
    [.enter, .right], "open the action's page", hint: .init(.first(1), "page"))
  static let actionMarks = KeyBinding(
    [.character("d"), .character("l"), .character("s")],
    "mark the action done, learning or skipped; again to clear", hint: .init(.first(3), "mark"))

  public static let yourPlan = KeyTable(
    "On your plan",
    [
      listMove, choiceEnds, choiceScroll, KeyBinding([], extra: .digits, "open the action's page"),
      openAction, actionMarks, back,
    ],
    footer: [
      FooterItem(listMove, when: .plan, main: true), FooterItem(actionMarks, when: .plan),
      FooterItem(openAction, when: .plan), FooterItem(back),
    ])

  // MARK: - The quiz

  static let quizBack = KeyBinding(
    [.escape, .left, .character("h")], also: [.backspace], "back", hint: .init(.first(1), "back"),
    line: .init("b", "back"))
  static let choose = KeyBinding([], extra: .digits, "choose", hint: .init(.numbers, "choose"))
  static let chooseSelected = KeyBinding(
    [.enter, .right, .character("l")], "choose", hint: .init(.first(1), "start"))
  static let answer = KeyBinding([], extra: .digits, "answer", hint: .init(.numbers, "answer"))
  static let answerSelected = KeyBinding([.enter, .right, .character("l")], "answer")
  static let skip = KeyBinding(
    [.character("s")], "skip this question", hint: .init(.first(1), "skip"),
    line: .init("s", "skip"))
  static let previous = KeyBinding(
    [.backspace], also: [.left, .character("h")], "previous question",
    hint: .init(.text("Bksp"), "previous"))
  static let leave = KeyBinding(
    [.escape], "leave the quiz; answers are kept", hint: .init(.first(1), "leave"),
    line: .init("b", "back"))
  static let next = KeyBinding(
    [.character(" "), .character("n"), .character("s")], "next question")
  static let nextNumber = KeyBinding(
    [.character("1")], "next question", hint: .init(.first(1), "next"))
  static let readMore = KeyBinding(
    [.character("2")], "read the page the question comes from",
    hint: .init(.first(1), "read more"))
  static let stepKeys = [listMove, choiceEnds, choiceScroll]

  public static let quizIntro = KeyTable(
    "In the quiz", stepKeys + [choose, chooseSelected, quizBack],
    footer: [
      FooterItem(chooseSelected, when: .oneOption, main: true),
      FooterItem(choose, when: .severalOptions, main: true),
      FooterItem(quizBack),
    ])
  public static let quizQuestion = KeyTable(
    "In the quiz", stepKeys + [answer, answerSelected, skip, previous, leave],
    footer: [
      FooterItem(answer, main: true), FooterItem(skip), FooterItem(previous), FooterItem(leave),
    ])
  public static let quizFeedback = KeyTable(
    "In the quiz",
    [next, nextNumber, readMore] + stepKeys + [
      KeyBinding([.enter, .right, .character("l")], "choose"), previous, leave,
    ],
    footer: [
      FooterItem(nextNumber, main: true), FooterItem(readMore), FooterItem(previous),
      FooterItem(leave),
    ])
}
