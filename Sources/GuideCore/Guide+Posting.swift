import GuideContent
import GuidePosting

/// "Read a job posting": a line that takes a paste or a file's path, then the reading, read
/// like a page. Reading a file is an effect; its text comes back as `Event.postingFileRead`.
extension Guide {
  /// The most a paste may hold, in bytes of UTF-8. The terminal's input decoder ends a paste
  /// at this size, so a paste that reaches it was cut and is refused rather than half read.
  public static let maxPastedPostingBytes = 1_000_000
  /// Longer than any path a file system takes (PATH_MAX is 4096).
  static let maxPostingPathLength = 4096

  mutating func openPosting() {
    guard pack.posting != nil else {
      state.status = "This guide has no posting.yaml, so it cannot read job postings."
      return
    }
    push(.posting(.prompt(PostingPrompt())))
  }

  /// A paste on the prompt is the posting itself.
  mutating func postingPasted(_ text: String, _ prompt: PostingPrompt) {
    state.status = nil
    guard text.utf8.count < Self.maxPastedPostingBytes else {
      var prompt = prompt
      prompt.problem =
        "That paste is 1 MB or more, far longer than a posting, so it was not read. "
        + "Paste only the posting, or save it to a file and type its path."
      state.screen = .posting(.prompt(prompt))
      return
    }
    guard text.contains(where: { !$0.isWhitespace }) else {
      var prompt = prompt
      prompt.problem = "The paste held no words."
      state.screen = .posting(.prompt(prompt))
      return
    }
    showReading(of: text, path: nil, note: nil, prompt)
  }

  /// A file read for the prompt; an answer for another path (or after leaving) is dropped.
  mutating func postingFileRead(_ path: String, _ file: PostingFile) {
    guard state.overlay == nil, case .posting(.prompt(var prompt)) = state.screen,
      prompt.pending == path
    else { return }
    prompt.pending = nil
    switch file {
    case .unreadable(let why):
      prompt.problem = "\(path) \(why)."
      state.screen = .posting(.prompt(prompt))
    case .text(let text, let repaired):
      let note =
        repaired == 0
        ? nil
        : repaired == 1
          ? "1 byte was not UTF-8 and shows as \u{FFFD}."
          : "\(repaired) bytes were not UTF-8 and show as \u{FFFD}."
      showReading(of: text, path: path, note: note, prompt)
    }
  }

  /// Reads the posting and opens its reading; the prompt stays one Esc away, its line kept.
  private mutating func showReading(
    of text: String, path: String?, note: String?, _ prompt: PostingPrompt
  ) {
    guard let lexicon = pack.posting else { return }
    var prompt = prompt
    prompt.problem = nil
    prompt.pending = nil
    state.screen = .posting(.prompt(prompt))
    let reading = PostingReader(lexicon: lexicon).read(text)
    let posting = ReadPosting(path: path, reading: reading, note: note, text: text)
    guard let first = prompt.first else {
      return push(.posting(.reading(PostingPage(posting))))
    }
    // The comparison takes the second line's place, so the way back is the first reading.
    state.screen = .posting(.reading(PostingPage(first, compared: posting)))
  }

  /// The line that takes a second posting to compare with the one read.
  mutating func askForSecondPosting() {
    guard case .posting(.reading(let page)) = state.screen, page.compared == nil else { return }
    push(.posting(.prompt(PostingPrompt(first: page.posting))))
  }
}

/// The posting's line: what is printable is typed (so `q` and `/` can be in a path), Enter
/// reads the file, Esc and Left go back, and `?` on an empty line opens help. A paste is the
/// posting itself.
extension PostingPrompt: ScreenModel {
  public func keyTable(_ guide: Guide) -> KeyTable { Bindings.postingPrompt }

  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] {
    var prompt = self
    switch key {
    case .character("?") where prompt.path.isEmpty:
      guide.state.overlay = .help(scroll: 0)
      return []
    case .control("l"):
      return [.redraw]
    case .escape, .left:
      guide.goBack()
      return []
    case .enter:
      guard !prompt.path.isEmpty else {
        prompt.problem = "Paste the posting, or type the path of a text file, then press Enter."
        guide.state.screen = .posting(.prompt(prompt))
        return []
      }
      prompt.problem = nil
      prompt.pending = prompt.path
      guide.state.screen = .posting(.prompt(prompt))
      return [.readPostingFile(prompt.path)]
    case .backspace:
      if !prompt.path.isEmpty { prompt.path.removeLast() }
    case .control("u"):
      prompt.path = ""
    case .character(let character):
      guard prompt.path.count < Guide.maxPostingPathLength else { return [] }
      prompt.path.append(character)
    default:
      return []
    }
    prompt.problem = nil
    guide.state.screen = .posting(.prompt(prompt))
    return []
  }

  public func paste(_ text: String, _ guide: inout Guide) -> [Effect]? {
    guide.postingPasted(text, self)
    return []
  }

  public func breadcrumbs(_ guide: Guide) -> [String] {
    [guide.postingTitle] + (first.map { [$0.title, "compare with"] } ?? [])
  }

  public func lineText(_ guide: Guide, quizOnly: Bool) -> [LineModeText] {
    [.text(""), .text("Read a job posting")]
      + .wrapped("Type the path of a text file that holds the posting. Nothing is sent anywhere.")
      + (problem.map { .wrapped($0) } ?? [])
  }

  public func linePrompt(_ guide: Guide, words: String) -> String {
    "Path of the posting's file, \(words) >"
  }
}

/// A posting's reading: read like a page (`ReadingScreen`).
extension PostingPage: ReadingScreen {
  public var screen: Screen { .posting(.reading(self)) }

  public func keyTable(_ guide: Guide) -> KeyTable {
    compared == nil ? Bindings.postingReading : Bindings.postingComparison
  }

  public func pageSource(width: Int, _ guide: Guide) -> (any PageSourcing)? {
    let attempts = guide.state.attempts.count
    if let compared {
      return ComparisonPage(first: posting, second: compared, attempts: attempts, width: width)
    }
    return PostingReadingPage(posting: posting, attempts: attempts, width: width, text: showsText)
  }

  /// `v` between the reading and the posting's text; on the text, the way back returns to
  /// the reading.
  public func ownKey(_ key: Key, _ guide: inout Guide) -> [Effect]? {
    if Bindings.postingCompare.takes(key) {
      guide.askForSecondPosting()
      return []
    }
    guard compared == nil else { return nil }
    guard Bindings.postingText.takes(key) || (showsText && ListNavigation.isBack(key)) else {
      return nil
    }
    if showsText { guide.showPostingReading() } else { guide.showPostingText(line: nil) }
    return []
  }

  public func breadcrumbs(_ guide: Guide) -> [String] {
    [guide.postingTitle, posting.title] + (compared.map { ["with " + $0.title] } ?? [])
  }
}

/// A posting's reading beside the last of `attempts` attempts, or its own text (`text`).
struct PostingReadingPage: PageSourcing {
  let posting: ReadPosting
  let attempts: Int
  let width: Int
  let text: Bool

  func layout(in guide: Guide) -> PageView? {
    if text { return PostingLayout.text(posting, width: width, glyphs: guide.glyphs) }
    let last = Attempt.latestFit(guide.state.attempts)
    let fit = PostingLayout.besideTheQuiz(posting.reading, last: last, pack: guide.pack)
    return PostingLayout.layout(
      posting, fit: fit, yours: guide.yourFit(posting.reading), pack: guide.pack, width: width,
      glyphs: guide.glyphs)
  }
}

/// Two postings side by side, beside the last of `attempts` attempts.
struct ComparisonPage: PageSourcing {
  let first: ReadPosting
  let second: ReadPosting
  let attempts: Int
  let width: Int

  func layout(in guide: Guide) -> PageView? {
    let sides = [first, second].map { posting in
      PostingComparison.Side(
        name: posting.title, reading: posting.reading, yours: guide.yourFit(posting.reading))
    }
    return ComparisonLayout.page(
      PostingComparison(sides[0], sides[1]), width: width, glyphs: guide.glyphs)
  }
}

extension Guide {
  /// How a posting's closest role meets the reader's last assessment, worded for the screen:
  /// the reading and the comparison say it alike.
  fileprivate func yourFit(_ reading: PostingReading) -> PostingFit.YourFit? {
    PostingLayout.yourFit(
      reading, last: Attempt.latestFit(state.attempts), pack: pack,
      howToAssess: PostingFit.HowToAssess.screen)
  }
}

extension Guide {
  /// The posting's own text, at its line `line` (from 1) or its top; the reading's place is
  /// kept. Nothing happens without the text.
  mutating func showPostingText(line: Int?) {
    guard case .posting(.reading(var page)) = state.screen, !page.posting.text.isEmpty else {
      return
    }
    if !page.showsText {
      page.readingScroll = page.scroll
      page.readingFocus = page.focusedLink
    }
    page.showsText = true
    page.focusedLink = nil
    page.scroll = 0
    state.screen = .posting(.reading(page))
    guard let line else { return }
    let row = PostingLayout.row(
      ofLine: line, in: page.posting, width: Chrome.textWidth(state.size), glyphs: glyphs)
    // Scrolled so the line is at the top (or as near as the end allows).
    scroll(by: row, &page.scroll, &page.focusedLink)
    state.screen = .posting(.reading(page))
  }

  /// Back from the text to the reading, where it was left.
  mutating func showPostingReading() {
    guard case .posting(.reading(var page)) = state.screen, page.showsText else { return }
    page.showsText = false
    page.scroll = page.readingScroll
    page.focusedLink = page.readingFocus
    page.readingScroll = 0
    page.readingFocus = nil
    state.screen = .posting(.reading(page))
  }

  /// The home entry's title for the posting screens.
  var postingTitle: String {
    pack.title(of: pack.home.first { $0.target == .posting } ?? MenuEntry(.posting))
  }
}
