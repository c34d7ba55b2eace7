import FoundationEssentials
import GuideContent
import GuideCore
import GuideText
import GuideUI

/// The whole guide as numbered text prompts on standard input and output: for screen readers,
/// `TERM=dumb`, scripts and CI. It drives the same state machine as the full screen, turning
/// each typed line into the event it means (choose item N, follow link N, search for words).
public struct LineMode {
  public private(set) var guide: Guide
  let effects: EffectRunner
  let glyphs: Glyphs
  let write: (String) -> Void
  /// `quiz --plain`: answers only (feedback is printed, not asked about), stop at the results.
  let quizOnly: Bool

  public init(
    pack: ContentPack, dependencies: Dependencies, unicode: Bool, quizOnly: Bool = false,
    form: QuizForm = .quiz,
    write: @escaping (String) -> Void
  ) {
    let attempts = dependencies.storage?.loadAttempts().attempts ?? []
    var guide = Guide(
      pack: pack, state: GuideState(size: Size(columns: 80, rows: 24), attempts: attempts),
      now: dependencies.now, glyphs: Glyphs(unicode: unicode))
    if quizOnly {
      _ = guide.handle(form == .check ? .openCheck : .openQuiz)
      _ = guide.handle(.chooseItem(0))
    }
    self.guide = guide
    self.effects = EffectRunner(dependencies: dependencies)
    self.glyphs = Glyphs(unicode: unicode)
    self.write = write
    self.quizOnly = quizOnly
  }

  /// Runs until `q`, the end of the quiz (`quizOnly`), or the end of input; returns whether the
  /// session ended as asked (false when input ran out in the middle of a `quizOnly` quiz).
  public mutating func run(readLine: () -> String?) -> Bool {
    var shown: [String] = []
    if quizOnly, guide.pack.quiz != nil { say(LineText.quizIntro(guide)) }
    while true {
      if quizOnly, case .results = guide.state.screen {
        say(describe())
        return true
      }
      if quizOnly, case .quiz(let position) = guide.state.screen,
        case .feedback = position.step
      {
        say(describe())
        _ = perform(guide.handle(.chooseItem(0)))
        continue
      }
      let screen = describe()
      if screen != shown {
        say(screen)
        shown = screen
      }
      if let status = guide.state.status { say([status]) }
      write(prompt() + " ")
      guard let line = readLine() else {
        write("\n")
        return !quizOnly
      }
      var typed = trimmed(line)
      if typed.isEmpty { continue }
      if case .posting(.prompt) = guide.state.screen, event(for: typed) == nil {
        if perform(typePostingPath(typed)) { return true }
        continue
      }
      // `/` alone asks for the words rather than searching for none.
      if typed == "/" {
        write("Search for which words? (Enter cancels) > ")
        guard let words = readLine().map(trimmed), !words.isEmpty else { continue }
        typed = "/" + words
      }
      guard let event = event(for: typed) else {
        say([LineText.validInput(guide)])
        continue
      }
      if perform(guide.handle(event)) { return true }
      // A search that finds nothing asks nothing: say so and go back to where we were.
      if let search = guide.state.overlay?.search, search.hits.isEmpty {
        say(
          Wrap.text(SearchWording.nothing(search.query, suggestions: search.suggestions), width: 78)
        )
        _ = guide.handle(.key(.escape))
      }
    }
  }

  private func say(_ lines: [String]) {
    for line in lines { write(glyphs.text(line) + "\n") }
  }

  // MARK: - What each screen says (GuideText's LineText)

  func describe() -> [String] { LineText.describe(guide, glyphs: glyphs, quizOnly: quizOnly) }

  private func prompt() -> String { LineText.prompt(guide) }

  // MARK: - From a typed line to an event

  /// The event a line stands for, or nil when it means nothing here.
  func event(for line: String) -> Event? {
    if let search = guide.state.overlay?.search {
      guard let number = Int(line), (1...search.hits.count).contains(number) else {
        return .key(.escape)
      }
      return .chooseItem(number - 1)
    }
    let typed = line.lowercased()
    for binding in guide.keyTable.bindings + guide.globalBindings
    where binding != Bindings.search {
      if let word = binding.line, word.short == typed || word.long == typed,
        let key = binding.keys.first
      {
        return .key(key)
      }
    }
    if case .posting(.prompt) = guide.state.screen { return nil }
    if line.hasPrefix("/") { return .search(trimmed(line.dropFirst())) }
    guard let number = Int(line), number >= 1 else { return nil }
    return guide.screenModel.lineNumber(number, guide)
  }

  /// On the posting's prompt a line is a path: typed into its line at once, then Enter.
  private mutating func typePostingPath(_ path: String) -> [Effect] {
    var effects = guide.handle(.key(.control("u")))
    for character in path { effects += guide.handle(.key(.character(character))) }
    return effects + guide.handle(.key(.enter))
  }

  // MARK: - Effects

  /// Carries out effects and prints what could not be saved; true when one is `.quit`.
  private mutating func perform(_ effects: [Effect]) -> Bool {
    let outcome = self.effects.run(effects)
    say(outcome.notices)
    for event in outcome.events {
      if perform(guide.handle(event)) { return true }
    }
    return outcome.quit
  }
}

/// The text without spaces or tabs at either end.
private func trimmed(_ text: some StringProtocol) -> String {
  let start = text.drop { $0 == " " || $0 == "\t" }
  return String(start.dropLast(start.reversed().prefix { $0 == " " || $0 == "\t" }.count))
}
