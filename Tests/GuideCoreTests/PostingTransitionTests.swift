import GuideContent
import GuidePosting
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Read a job posting: the prompt and the reading")
struct PostingTransitionTests {
  typealias Fix = PostingFixture

  static func onPrompt(_ size: Size = Size(columns: 80, rows: 24)) -> Guide {
    var guide = Fix.guide(size)
    _ = guide.handle(.chooseItem(Fix.homeIndex))
    return guide
  }

  static func reading(_ text: String, path: String? = nil, note: String? = nil) -> Screen {
    let reading = PostingReader(lexicon: Fix.lexicon).read(text)
    return .posting(
      .reading(PostingPage(ReadPosting(path: path, reading: reading, note: note, text: text))))
  }

  /// The links of the fixture posting's reading: each phrase to its line in the posting's
  /// text (SDK, demos, conference talks), the role's page, then the role's and the travel
  /// question's phrases.
  static let readingLinks = [
    "posting-line:3", "posting-line:3", "posting-line:4", "skills/talk", "posting-line:1",
    "posting-line:3", "posting-line:4",
  ]

  static let homeWithPostingChosen = Screen.menu(
    MenuPosition(id: GuideState.homeID, selection: Fix.homeIndex))

  @Test func theHomeEntryOpensAnEmptyPromptAndEscGoesBackHome() {
    var guide = Self.onPrompt()
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt())))
    #expect(guide.state.back == [Self.homeWithPostingChosen])
    #expect(guide.breadcrumbs == ["Home", "Read a job posting"])
    guide.press(.escape)
    #expect(guide.state.screen == Self.homeWithPostingChosen)
  }

  @Test func leftGoesBackToo() {
    var guide = Self.onPrompt()
    guide.press(.left)
    #expect(guide.state.screen == Self.homeWithPostingChosen)
  }

  @Test func everyPrintableKeyIsTypedIntoThePathEvenQAndSlash() {
    var guide = Self.onPrompt()
    let effects = guide.press(.char("q"), .char("/"), .char("j"), .char("?"), .char("i"))
    #expect(effects == [])
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(path: "q/j?i"))))
    #expect(guide.state.overlay == nil)
  }

  @Test func backspaceDeletesACharacterAndControlUTheLine() {
    var guide = Self.onPrompt()
    guide.press(.char("a"), .char("b"), .backspace)
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(path: "a"))))
    guide.press(.char("c"), .control("u"))
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(path: ""))))
    guide.press(.backspace)
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(path: ""))))
  }

  @Test func questionMarkOnAnEmptyLineOpensHelpWithThisScreensKeysFirst() {
    var guide = Self.onPrompt()
    guide.press(.char("?"))
    #expect(guide.state.overlay == .help(scroll: 0))
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt())))
    let rows = guide.helpRows
    #expect(rows.first == KeyHelp.Row(keys: "", text: "Reading a job posting", isHeading: true))
    #expect(rows.dropFirst().first?.keys == "paste")
    guide.press(.escape)
    #expect(guide.state.overlay == nil)
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt())))
  }

  @Test func enterOnAnEmptyLineSaysWhatToDo() {
    var guide = Self.onPrompt()
    #expect(guide.press(.enter) == [])
    #expect(
      guide.state.screen
        == .posting(
          .prompt(
            PostingPrompt(
              problem: "Paste the posting, or type the path of a text file, then press Enter."))))
  }

  @Test func enterAsksForTheFileAndWaitsForIt() {
    var guide = Self.onPrompt()
    for character in "~/job.txt" { guide.press(.char(character)) }
    #expect(guide.press(.enter) == [.readPostingFile("~/job.txt")])
    #expect(
      guide.state.screen
        == .posting(.prompt(PostingPrompt(path: "~/job.txt", pending: "~/job.txt"))))
  }

  @Test func theFilesTextOpensItsReadingWithThePromptOneEscAway() {
    var guide = Self.onPrompt()
    for character in "job.txt" { guide.press(.char(character)) }
    guide.press(.enter)
    #expect(guide.handle(.postingFileRead(path: "job.txt", .text(Fix.posting, repaired: 0))) == [])
    #expect(guide.state.screen == Self.reading(Fix.posting, path: "job.txt"))
    #expect(guide.breadcrumbs == ["Home", "Read a job posting", "job.txt"])
    #expect(guide.page?.lines.isEmpty == false)
    guide.press(.escape)
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(path: "job.txt"))))
    guide.press(.char("]"))
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(path: "job.txt]"))))
  }

  @Test func bytesThatWereNotUTF8AreNoted() {
    var guide = Self.onPrompt()
    guide.press(.char("a"), .enter)
    _ = guide.handle(.postingFileRead(path: "a", .text(Fix.posting, repaired: 2)))
    #expect(
      guide.state.screen
        == Self.reading(
          Fix.posting, path: "a", note: "2 bytes were not UTF-8 and show as \u{FFFD}."))
  }

  @Test func aFileThatCannotBeReadSaysWhyOnThePrompt() {
    var guide = Self.onPrompt()
    guide.press(.char("a"), .enter)
    _ = guide.handle(.postingFileRead(path: "a", .unreadable("does not exist")))
    #expect(
      guide.state.screen
        == .posting(.prompt(PostingPrompt(path: "a", problem: "a does not exist."))))
    guide.press(.char("b"))
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(path: "ab"))))
  }

  @Test func anAnswerForAnotherPathOrAfterLeavingIsDropped() {
    var guide = Self.onPrompt()
    guide.press(.char("a"), .enter)
    _ = guide.handle(.postingFileRead(path: "b", .text(Fix.posting, repaired: 0)))
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(path: "a", pending: "a"))))
    guide.press(.escape)
    _ = guide.handle(.postingFileRead(path: "a", .text(Fix.posting, repaired: 0)))
    #expect(guide.state.screen == Self.homeWithPostingChosen)
  }

  @Test func aPasteIsThePostingItself() {
    var guide = Self.onPrompt()
    guide.press(.char("x"))
    #expect(guide.handle(.paste(Fix.posting)) == [])
    #expect(guide.state.screen == Self.reading(Fix.posting))
    #expect(guide.state.back.last == .posting(.prompt(PostingPrompt(path: "x"))))
    #expect(guide.breadcrumbs == ["Home", "Read a job posting", "Pasted posting"])
  }

  @Test func aPasteOfTheDecodersLimitWasCutSoItIsRefused() {
    var guide = Self.onPrompt()
    _ = guide.handle(.paste(String(repeating: "a", count: Guide.maxPastedPostingBytes)))
    guard case .posting(.prompt(let prompt)) = guide.state.screen else {
      Issue.record("left the prompt: \(guide.state.screen)")
      return
    }
    #expect(prompt.problem?.hasPrefix("That paste is 1 MB or more") == true)
    _ = guide.handle(.paste(String(repeating: "a", count: Guide.maxPastedPostingBytes - 1)))
    if case .posting(.reading) = guide.state.screen {} else { Issue.record("not read") }
  }

  @Test func aPasteOfOnlySpacesIsNotRead() {
    var guide = Self.onPrompt()
    _ = guide.handle(.paste(" \n\t "))
    #expect(
      guide.state.screen == .posting(.prompt(PostingPrompt(problem: "The paste held no words."))))
  }

  @Test func aPasteElsewhereStillDoesNothing() {
    var guide = Fix.guide()
    _ = guide.handle(.paste(Fix.posting))
    #expect(guide.state.screen == .home)
  }

  @Test func theReadingScrollsLikeAPageAndStaysInBounds() {
    var guide = Self.onPrompt(Size(columns: 40, rows: 12))
    _ = guide.handle(.paste(Fix.posting))
    let lines = guide.page?.lines.count ?? 0
    let last = lines - Chrome.bodyRows(guide.state.size)
    #expect(last > 2)
    guide.press(.char("j"))
    #expect(guide.state.screen.postingScroll == 1)
    guide.press(.char("G"))
    #expect(guide.state.screen.postingScroll == last)
    guide.press(.down)
    #expect(guide.state.screen.postingScroll == last)
    guide.press(.char("g"))
    #expect(guide.state.screen.postingScroll == 0)
    guide.press(.char(" "))
    #expect(guide.state.screen.postingScroll == min(last, Chrome.bodyRows(guide.state.size)))
    _ = guide.handle(.wheel(up: true))
    #expect(guide.state.screen.postingScroll == max(0, min(last, 8) - 3))
  }

  @Test func qQuitsFromTheReading() {
    var guide = Self.onPrompt()
    _ = guide.handle(.paste(Fix.posting))
    #expect(guide.press(.char("q")) == [.quit])
  }

  @Test func theRolesPageIsALinkOnTheReading() {
    var guide = Self.onPrompt()
    _ = guide.handle(.paste(Fix.posting))
    #expect(guide.page?.links.map(\.target) == Self.readingLinks)
    guide.press(.tab, .tab, .tab, .tab, .enter)
    #expect(guide.state.screen == .page(PagePosition(id: "skills/talk")))
    guide.press(.escape)
    #expect(guide.state.screen.postingScroll == 0)
  }

  @Test func besideAnAttemptAGrowthAreaThePostingLeansOnListsItsPlanActions() {
    // Code 20 is a growth area (below 60), Talk 90 the strongest.
    let attempt = Attempt(
      date: "2026-11-01T09:00:00Z", packID: "fixture", packVersion: "1", answers: [:],
      scores: ["code": 20, "talk": 90], knowledge: nil)
    var guide = Fix.guide(attempts: [attempt])
    _ = guide.handle(.chooseItem(Fix.homeIndex))
    _ = guide.handle(.paste(Fix.posting))
    let lines = guide.page?.lines.map(\.words) ?? []
    let start = lines.firstIndex(of: "Beside your quiz of 2026-11-01 09:00") ?? lines.count
    #expect(
      Array(lines[start...]) == [
        "Beside your quiz of 2026-11-01 09:00",
        "  Leans on Code (67%), one of your growth areas (you scored 20): read Code.",
        "  To do next, from your plan:",
        "    Build a demo with an SDK you like.",
        "    a weekend · Code",
        "    Answer an issue.",
        "    an evening · Introduction",
        "  Leans on Talk (33%), your strongest area (you scored 90).",
      ])
    // The role's page, the growth area's page, then each action's page, in reading order.
    #expect(
      guide.page?.links.map(\.target) == Self.readingLinks + [
        "skills/code", "skills/code", "intro",
      ])
    guide.press(.backTab, .enter)
    #expect(guide.state.screen == .page(PagePosition(id: "intro")))
  }

  /// A place is read whole: "(line 17)" never ends one line with "(line" and starts the next
  /// with "17)", at any width.
  @Test func noLineEndsInTheWordLineWithItsNumberOnTheNext() {
    let posting = ReadPosting(
      path: nil, reading: PostingReader(lexicon: Fix.lexicon).read(Fix.posting))
    for width in 16...60 {
      let page = PostingLayout.layout(
        posting, fit: nil, pack: Fix.pack, width: width, glyphs: Glyphs(unicode: true))
      let lines = page.lines.map { $0.words.trimmingTrailingSpaces }
      #expect(!lines.contains { $0.hasSuffix("(line") || $0.hasSuffix("(lines") }, "at \(width)")
      #expect(
        lines.contains { $0.hasSuffix("(line 3),") || $0.contains("(line 3), ") }, "at \(width)")
    }
  }

  /// In a window of a few lines the only news of an unrelated posting shows at once.
  @Test func aPostingThatRelatesToNothingSaysSoRightUnderTheTitle() {
    var guide = Self.onPrompt(Size(columns: 34, rows: 10))
    _ = guide.handle(.paste("Line cook\n\nPrep vegetables and keep the grill clean."))
    #expect(
      guide.page?.lines.map(\.words) == [
        "Reading of the pasted posting", "", "This does not read as a DevRel",
        "job: none of its words are", "ones a DevRel job uses.", "This is a reading of the",
        "posting's words, not a", "judgement of the job.",
      ])
  }

  @Test func withoutAnAttemptTheReadingHasNothingBesideAQuiz() {
    var guide = Self.onPrompt()
    _ = guide.handle(.paste(Fix.posting))
    #expect(guide.page?.lines.contains { $0.words.hasPrefix("Beside your") } == false)
    #expect(guide.page?.links.map(\.target) == Self.readingLinks)
  }

  @Test func aPackWithoutALexiconSaysSoInsteadOfOpening() {
    var guide = Fixture.guide()
    guide.open(.posting)
    #expect(guide.state.screen == .home)
    #expect(guide.state.status == "This guide has no posting.yaml, so it cannot read job postings.")
  }

  // MARK: - The posting in view

  @Test func vShowsThePostingsOwnTextNumberedAndBackReturnsToTheReadingsPlace() throws {
    var guide = Self.onPrompt(Size(columns: 40, rows: 12))
    _ = guide.handle(.paste(Fix.posting))
    guide.press(.down, .down)
    let reading = try #require(guide.state.screen.postingPage)
    #expect(reading.scroll == 2 && !reading.showsText)
    guide.press(.char("v"))
    var shown = reading
    shown.showsText = true
    shown.scroll = 0
    shown.readingScroll = 2
    #expect(guide.state.screen == .posting(.reading(shown)))
    #expect(
      guide.page?.lines.map { $0.words.trimmingTrailingSpaces } == [
        "The pasted posting", "", "The posting line by line, as read;",
        "the phrases its reading counted are", "highlighted.", "", "1  Developer Advocate", "2",
        "3  Build demos with our SDK.", "4  Give conference talks; some", "   travel.",
      ])
    guide.press(.escape)
    #expect(guide.state.screen == .posting(.reading(reading)))
    guide.press(.char("v"), .char("v"))
    #expect(guide.state.screen == .posting(.reading(reading)))
    guide.press(.escape)
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt())))
  }

  @Test func theCountedPhrasesAreHighlightedAndTheirLinesNumbersToo() {
    var guide = Self.onPrompt()
    _ = guide.handle(.paste(Fix.posting))
    guide.press(.char("v"))
    let lines = guide.page?.lines ?? []
    let third = lines.first { $0.words.hasPrefix("3  ") }?.spans.map(\.content) ?? []
    #expect(
      third == [
        .text("3", .emphasis), .text("Build", .plain), .text("demos", .emphasis),
        .text("with our", .plain), .text("SDK", .emphasis), .text(".", .plain),
      ])
    let second = lines.first { $0.words.hasPrefix("2") }?.spans.map(\.content)
    #expect(second == [.text("2", .dim)])
  }

  /// A phrase of the reading is a link to its line: Enter opens the posting's text scrolled
  /// to it, and back returns to the reading with the link still focused.
  @Test func aPhraseOpensThePostingsTextAtItsLine() throws {
    let filler = (3...32).map { "Filler line \($0)." }.joined(separator: "\n")
    let after = (34...60).map { "More filler \($0)." }.joined(separator: "\n")
    let posting = "Developer Advocate\n\n" + filler + "\nGive conference talks.\n" + after
    var guide = Self.onPrompt(Size(columns: 40, rows: 12))
    _ = guide.handle(.paste(posting))
    let links = guide.page?.links.map(\.target) ?? []
    let talks = try #require(links.firstIndex(of: "posting-line:33"))
    for _ in 0...talks { guide.press(.tab) }
    let reading = try #require(guide.state.screen.postingPage)
    #expect(reading.focusedLink == talks)
    guide.press(.enter)
    let text = try #require(guide.state.screen.postingPage)
    #expect(text.showsText && text.readingFocus == talks && text.focusedLink == nil)
    let lines = guide.page?.lines.map { $0.words.trimmingTrailingSpaces } ?? []
    #expect(lines[text.scroll] == "33  Give conference talks.")
    guide.press(.left)
    #expect(guide.state.screen == .posting(.reading(reading)))
  }

  /// Every byte of a posting is hostile: its text is shown cleaned as the reader cleans it
  /// (escape as a visible mark, other controls dropped), and a posting past the limit is
  /// shown only up to it, with a line that says so.
  @Test func thePostingsTextHoldsNoControlCharacterAndIsBounded() {
    let hostile =
      "Developer Advocate\u{1B}]52;c;SGVsbG8=\u{07}\n\u{9B}31mBuild demos\u{202E} with our SDK.\r\n"
      + "\u{1B}[2J\tGive conference talks."
    var guide = Self.onPrompt()
    _ = guide.handle(.paste(hostile))
    guide.press(.char("v"))
    let words = guide.page?.lines.map(\.words) ?? []
    #expect(words.contains { $0.hasPrefix("1  Developer Advocate\u{241B}]52;c;SGVsbG8=") })
    #expect(words.contains("2  31mBuild demos with our SDK."))
    for scalar in words.joined().unicodeScalars {
      #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)), "\(scalar.value)")
      #expect(!(0x202A...0x202E).contains(scalar.value))
    }
    let long = ReadPosting(
      path: nil, reading: PostingReader(lexicon: Fix.lexicon).read("demos"),
      text: String(repeating: "demos ", count: 200_000))
    let page = PostingLayout.text(long, width: 60, glyphs: Glyphs(unicode: true))
    #expect(page.lines.count < PostingLayout.maxTextCharacters / 40)
    #expect(page.lines.suffix(2).first?.words.hasPrefix("The rest of the posting is not") == true)
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

extension Screen {
  /// The scroll of a posting's reading; -1 elsewhere.
  var postingScroll: Int {
    if case .posting(.reading(let page)) = self { return page.scroll }
    return -1
  }

  /// The reading (or text) on screen; nil elsewhere.
  var postingPage: PostingPage? {
    if case .posting(.reading(let page)) = self { return page }
    return nil
  }

}

extension PostingTransitionTests {
  /// `c` asks for a second posting on the same line; its reading and the first stand side by
  /// side, and Esc returns to the first reading, not to the second line.
  @Test func cComparesWithASecondPostingAndEscReturnsToTheFirstReading() {
    var guide = Self.onPrompt()
    #expect(guide.handle(.paste(Fix.posting)) == [])
    let first = guide.state.screen
    guard case .posting(.reading(let page)) = first else {
      Issue.record("no reading: \(first)")
      return
    }
    guide.press(.char("c"))
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(first: page.posting))))
    #expect(guide.state.back.last == first)
    #expect(guide.breadcrumbs.suffix(2) == ["Pasted posting", "compare with"])
    #expect(guide.press(.char("s"), .char("2"), .enter) == [.readPostingFile("s2")])
    let second = "Developer Advocate\n\nSpeak at conference talks.\n"
    _ = guide.handle(.postingFileRead(path: "s2", .text(second, repaired: 0)))
    let reading = PostingReader(lexicon: Fix.lexicon).read(second)
    #expect(
      guide.state.screen
        == .posting(
          .reading(
            PostingPage(
              page.posting,
              compared: ReadPosting(path: "s2", reading: reading, text: second)))))
    #expect(guide.screenModel.keyTable(guide) == Bindings.postingComparison)
    let words = guide.page?.lines.map(\.words) ?? []
    #expect(words.first == "Two job postings compared")
    #expect(words.contains { $0.hasPrefix("Talk            33%") && $0.contains("100%") })
    guide.press(.char("v"), .char("c"))
    #expect(guide.state.screen.model is PostingPage, "v and c do nothing on the comparison")
    guide.press(.escape)
    #expect(guide.state.screen == first)
  }

  /// The posting's own text offers `c` in its footer as the reading does, so it compares too;
  /// Esc from the second line returns to the text.
  @Test func cComparesFromThePostingsOwnTextToo() {
    var guide = Self.onPrompt()
    _ = guide.handle(.paste(Fix.posting))
    guide.press(.char("v"))
    let text = guide.state.screen
    guard case .posting(.reading(let page)) = text, page.showsText else {
      Issue.record("no text: \(text)")
      return
    }
    guide.press(.char("c"))
    #expect(guide.state.screen == .posting(.prompt(PostingPrompt(first: page.posting))))
    guide.press(.escape)
    #expect(guide.state.screen == text)
  }
}
