import GuideContent
import GuideCore

/// What the numbered line mode (`--plain`, `quiz --plain`, `TERM=dumb`) says on each screen
/// and the prompt it asks with: each screen's model (`ScreenModel.lineText`, `linePrompt`)
/// writes its own, and this turns them into characters, so the line mode only reads lines and
/// sends events.
public enum LineText {
  /// The screen `guide` shows, as numbered lines (menus, pages with their links, search hits,
  /// results, the quiz); `quizOnly` (`quiz --plain`) prints feedback instead of asking about it.
  public static func describe(_ guide: Guide, glyphs: Glyphs, quizOnly: Bool) -> [String] {
    if let search = guide.state.overlay?.search {
      // Each hit wrapped like every other text, its later lines under its words.
      let hits = search.hits.prefix(20).enumerated().flatMap { number, hit in
        let label = "  \(number + 1)) "
        let indent = String(repeating: " ", count: label.count)
        return Wrap.text("\(SearchWording.title(hit)): \(hit.line)", width: 78 - label.count)
          .enumerated().map { ($0.offset == 0 ? label : indent) + $0.element }
      }
      let said =
        search.hits.isEmpty
        ? [SearchWording.nothing(search.query, suggestions: search.suggestions)]
        : search.everyWord ? [] : ["(\(SearchWording.noneHasAll); these hold the most.)"]
      return [""] + hits + said.flatMap { Wrap.text($0, width: 78) }
    }
    return text(guide.screenModel.lineText(guide, quizOnly: quizOnly), glyphs: glyphs)
  }

  /// A screen's line-mode lines in characters.
  static func text(_ lines: [LineModeText], glyphs: Glyphs) -> [String] {
    lines.map { line in
      switch line {
      case .text(let text): text
      case .laidOut(let line, let suffix): glyphs.line(line) + suffix
      }
    }
  }

  /// `quiz --plain`'s opening: the title, the intro, and every key it takes.
  public static func quizIntro(_ guide: Guide) -> [String] {
    text(guide.quizIntroLineText, glyphs: Glyphs(unicode: true))
  }

  /// What to type, said when a line meant nothing on the screen.
  public static func validInput(_ guide: Guide) -> String {
    let count = guide.quizLineChoices
    guard count > 0 else {
      return "Type a number from the list, b to go back, / and words to search, q to quit."
    }
    return "Type a number from 1 to \(count), s to skip, b to go back, or q to quit."
  }

  /// What the line mode asks after showing `guide`'s screen: what a number does here, then the
  /// words the key tables give this screen ("b back").
  public static func prompt(_ guide: Guide) -> String {
    if guide.state.overlay?.search != nil { return "Open which result? (Enter cancels) >" }
    let words = lineWords(guide).map(\.prompt).joined(separator: ", ")
    return guide.screenModel.linePrompt(guide, words: words)
  }

  /// The words the line mode takes on `guide`'s screen, from its key table and then the keys
  /// that work everywhere (those the screen does not take itself); the quiz names only its own
  /// and the way out.
  public static func lineWords(_ guide: Guide) -> [KeyBinding.LineWord] {
    let table = guide.keyTable
    let global = guide.globalBindings.filter { binding in
      if case .quiz = guide.state.screen { return binding == Bindings.quit }
      return true
    }
    var words: [KeyBinding.LineWord] = []
    for word in (table.bindings + global).compactMap(\.line) where !words.contains(word) {
      words.append(word)
    }
    return words
  }
}
