import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

/// Each overlay's key table (help, the search line, the index, the two questions) against
/// what the overlay does: while it is open it takes every key, so a key that changes anything
/// is in its table, and every key its table lists changes something in one of its states.
/// The states are built directly, over a screen built directly.
@Suite struct OverlayKeyTableTests {
  typealias Tables = KeyTableTests

  /// `overlay` over `screen`, in the fixture with a glossary, with a mark and a search made.
  static func over(_ screen: Screen, _ overlay: Overlay?, size: Size = Tables.size) -> Guide {
    var state = GuideState(size: size, screen: screen, quiz: Tables.progress)
    state.back = [.home]
    state.overlay = overlay
    state.marks = ["intro": .done]
    state.searches = ["talk"]
    return Guide(pack: Fixture.packWithGlossary, state: state, now: Fixture.now)
  }

  static let page = Screen.page(PagePosition(id: "intro"))
  static let question = Screen.quiz(QuizPosition(step: .question(1)))

  /// The search line with `words` typed, `left` characters from its end, its hit `selection`.
  static func searching(
    _ mode: SearchState.Mode, _ words: String, left: Int = 0, selection: Int,
    then keys: [Key] = []
  ) -> Guide {
    var guide = over(page, nil)
    _ = guide.handle(.key(mode == .index ? .character("i") : .character("/")))
    for character in words { _ = guide.handle(.key(.character(character))) }
    for key in Array(repeating: .left, count: left) + keys { _ = guide.handle(.key(key)) }
    if var search = guide.state.overlay?.search {
      search.selection = selection
      guide.state.overlay = .search(search)
    }
    return guide
  }

  /// States of every overlay, each in a place where its keys have something to do.
  static func states() -> [(name: String, guide: Guide)] {
    [
      ("help", over(page, .help(scroll: 0))),
      ("help, scrolled", over(page, .help(scroll: 2))),
      ("search", searching(.text, "code", selection: 0)),
      ("search, edited", searching(.text, "code", left: 2, selection: 1)),
      ("search, empty", searching(.text, "", selection: 0)),
      ("search, recalled", searching(.text, "co", selection: 0, then: [.up])),
      ("index", searching(.index, "", selection: 1)),
      ("index, first", searching(.index, "", selection: 0)),
      ("index, typed", searching(.index, "co", selection: 0)),
      ("index, edited", searching(.index, "co", left: 1, selection: 0)),
      ("reset marks", over(.home, .confirm(.resetMarks))),
      ("leave quiz", over(question, .confirm(.leaveQuiz(question: 1, selection: 0)))),
      ("leave quiz, second", over(question, .confirm(.leaveQuiz(question: 1, selection: 1)))),
      (
        "leave quiz, too small",
        over(
          question, .confirm(.leaveQuiz(question: 1, selection: 0)),
          size: Size(columns: 20, rows: 5))
      ),
    ]
  }

  static func table(_ guide: Guide) -> KeyTable? { guide.overlayModel?.keyTable(guide) }

  @Test func everyStateHasTheOverlayItNames() {
    for (name, guide) in Self.states() {
      #expect(guide.overlayModel != nil, "\(name)")
    }
    #expect(Self.states()[2].guide.state.overlay?.search?.hits.count ?? 0 > 1, "search hits")
    #expect(Self.states()[6].guide.state.overlay?.search?.hits.count ?? 0 > 1, "index hits")
    #expect(Self.states()[0].guide.helpScrolls, "help scrolls")
  }

  @Test func anOverlayHandlesExactlyTheKeysItsTableLists() {
    for (name, guide) in Self.states() {
      guard let table = Self.table(guide) else { continue }
      for key in Tables.everyKey where Tables.acts(key, on: guide) {
        #expect(table.takes(key), "\(name): \(key) acts but is not in \(table.title)")
      }
    }
  }

  @Test func everyKeyAnOverlayListsDoesSomething() {
    let guides = Self.states().map(\.guide)
    var tables: [KeyTable] = []
    for table in guides.compactMap(Self.table) where !tables.contains(table) {
      tables.append(table)
    }
    #expect(tables.count == Bindings.overlays.count + 1, "every overlay's table is reached")
    for table in tables {
      let guides = guides.filter { Self.table($0) == table }
      for binding in table.bindings {
        for key in binding.keysToTry {
          let acting = guides.contains { Tables.acts(key, on: $0) }
          #expect(acting, "\(table.title): \(key) (\(binding.label)) is listed, does nothing")
        }
      }
    }
  }

  @Test func theFooterOffersOnlyListedKeysAndHelpListsItsOwn() {
    for (name, guide) in Self.states() {
      guard let table = Self.table(guide) else { continue }
      for item in table.footer {
        #expect(table.bindings.contains(item.binding), "\(name): footer offers \(item.binding)")
      }
    }
    let help = Self.states()[0].guide
    let rows = help.helpRows.map(\.keys)
    for binding in Bindings.helpKeys {
      #expect(rows.contains(binding.label), "help misses its own \(binding.label)")
    }
    #expect(
      help.overlayFooterHints.map(\.action) == ["scroll", "close"],
      "help offers scrolling only when it scrolls")
  }
}
