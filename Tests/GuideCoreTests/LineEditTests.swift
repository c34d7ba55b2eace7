import PropertyBased
import Testing

@testable import GuideCore

@Suite("Editing the search line")
struct LineEditTests {
  /// A line after the keys.
  func edited(_ start: LineEdit = LineEdit(), _ keys: Key...) -> LineEdit {
    var line = start
    for key in keys { _ = line.apply(key) }
    return line
  }

  func typed(_ text: String) -> LineEdit {
    var line = LineEdit()
    for character in text { _ = line.apply(.character(character)) }
    return line
  }

  @Test func charactersGoInAtTheCursor() {
    let line = edited(typed("tlk"), .left, .left, .character("a"))
    #expect(line.text == "talk")
    #expect(line.cursor == 2)
  }

  @Test func leftAndRightStopAtTheEnds() {
    #expect(edited(typed("ab"), .left, .left, .left).cursor == 0)
    #expect(edited(typed("ab"), .right).cursor == 2)
  }

  @Test func homeCtrlAEndAndCtrlEJumpToTheEnds() {
    #expect(edited(typed("abc"), .home).cursor == 0)
    #expect(edited(typed("abc"), .control("a")).cursor == 0)
    #expect(edited(typed("abc"), .home, .end).cursor == 3)
    #expect(edited(typed("abc"), .home, .control("e")).cursor == 3)
  }

  @Test func backspaceDeletesBeforeTheCursorAndDeleteAfterIt() {
    let back = edited(typed("abc"), .left, .backspace)
    #expect((back.text, back.cursor) == ("ac", 1))
    let delete = edited(typed("abc"), .left, .left, .delete)
    #expect((delete.text, delete.cursor) == ("ac", 1))
    #expect(edited(typed("abc"), .control("d")).text == "abc", "nothing after the cursor")
    #expect(edited(typed("abc"), .home, .backspace).text == "abc", "nothing before it")
  }

  @Test func ctrlUDeletesToTheStartOfTheLine() {
    let line = edited(typed("developer relations"), .left, .left, .control("u"))
    #expect((line.text, line.cursor) == ("ns", 0))
  }

  @Test func ctrlWDeletesTheWordBeforeTheCursorAndTheSpacesAfterIt() {
    let line = edited(typed("community  forums  "), .control("w"))
    #expect((line.text, line.cursor) == ("community  ", 11))
    let middle = edited(typed("community forums"), .left, .left, .control("w"))
    #expect((middle.text, middle.cursor) == ("community ms", 10))
  }

  @Test func aSelectedLineIsReplacedByTypingAndKeptByRightOrEnd() {
    let selected = LineEdit("talk", selected: true)
    #expect(edited(selected, .character("x")) == LineEdit("x"))
    #expect(edited(selected, .right) == LineEdit("talk"))
    #expect(edited(selected, .end) == LineEdit("talk"))
    let left = edited(selected, .left)
    #expect((left.text, left.cursor, left.selected) == ("talk", 0, false))
    #expect(edited(selected, .backspace) == LineEdit())
    #expect(edited(selected, .control("w")) == LineEdit())
  }

  @Test func wideAndCombiningCharactersAreOneStepAndTheirCellsCount() {
    let line = typed("日本e")
    #expect(line.cursorCells == 5)
    #expect(edited(line, .left).cursorCells == 4)
    // A combining accent typed after a letter joins it: one character, the cursor after it.
    let accent = edited(line, .character("\u{301}"))
    #expect((accent.text, accent.cursor, accent.cursorCells) == ("日本e\u{301}", 3, 5))
    #expect(edited(accent, .backspace).text == "日本")
  }

  @Test func aPasteGoesInAtTheCursorWithoutControls() {
    var line = edited(typed("ab"), .left)
    line.insert("x\u{1B}[2J\u{202E}\ny")
    #expect((line.text, line.cursor) == ("ax[2J yb", 7))
  }

  @Test func keysThatDoNotEditAreLeftToTheCaller() {
    var line = typed("ab")
    for key in [Key.up, .down, .tab, .enter, .escape, .pageUp, .control("l")] {
      let edits = line.apply(key)
      #expect(!edits)
    }
    #expect(line == typed("ab"))
  }

  // MARK: - Whatever is typed

  static let keys: [Key] = [
    .left, .right, .home, .end, .backspace, .delete, .control("a"), .control("e"),
    .control("u"), .control("w"), .character("a"), .character(" "), .character("日"),
    .character("\u{301}"), .character("😀"), .character("\u{200D}"), .character("\u{1F3FD}"),
    .character("\u{1B}"), .character("\u{202E}"), .character("\u{85}"),
  ]
  static let pastes = ["", "x y", "\u{1B}[31m", "e\u{301}\t\n", "👩‍💻", "\u{7F}\u{9B}", "한"]

  @Test func anyEditingKeepsTheCursorOnACharacterAndTheTextPrintable() async {
    let steps = Gen.int(in: 0...(Self.keys.count + Self.pastes.count - 1)).array(of: 0...80)
    await propertyCheck(count: 500, input: steps, Gen.bool) { steps, selected in
      Self.check(steps, startSelected: selected)
    }
  }

  static func check(_ steps: [Int], startSelected: Bool) {
    var line = LineEdit("start 日本", selected: startSelected)
    for step in steps {
      if step < keys.count {
        _ = line.apply(keys[step])
      } else {
        line.insert(pastes[step - keys.count])
      }
      #expect((0...line.text.count).contains(line.cursor))
      #expect(line.cursorCells == CellWidth.of(String(line.text.prefix(line.cursor))))
      #expect(String(decoding: Array(line.text.utf8), as: UTF8.self) == line.text)
      #expect(
        !line.text.unicodeScalars.contains {
          $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.isBidiControl
        })
      #expect(!line.selected || line.cursor == line.text.count)
    }
  }
}
