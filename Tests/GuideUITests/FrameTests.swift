import GuideContent
import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

@Suite("Frames")
struct FrameTests {
  let blank = Array(repeating: "", count: 30)

  @Test func homeAt80x24() throws {
    let frame = try UIFixture.frame(Size(columns: 80, rows: 24))
    let expected =
      [" Home"] + blank.prefix(4)
      + [
        "  Test guide",
        "  ──────────",
        "  A pack for rendering tests.",
        "",
        "  › 1  Welcome        What this guide is about.",
        "    2  Tools          The tools we use.",
        "    3  Quick quiz     2 questions, about 1 minute",
        "    4  Your results   No attempts yet",
        "",
        "  Not sure it is for you? Press 3 for the self-assessment quiz.",
        "  Press ? for every key; devrel-guide --help for the command line.",
      ] + blank.prefix(7) + [" ↑↓ move  1-4 open  / search  Enter open  ? help  q quit"]
    #expect(frame.trimmedLines == expected)
  }

  /// Too narrow for summaries beside the titles, so the selected one's is shown whole below.
  @Test func homeAt40x12DropsTheNotesButKeepsEveryEntryAndTheSelectedSummary() throws {
    let frame = try UIFixture.frame(Size(columns: 40, rows: 12))
    #expect(
      frame.trimmedLines == [
        " Home",
        "",
        "  Test guide",
        "  A pack for rendering tests.",
        "",
        "  › 1  Welcome",
        "    2  Tools",
        "    3  Quick quiz",
        "    4  Your results",
        "  What this guide is about.",
        "",
        " ↑↓ move  1-4 open  ? help  q quit",
      ])
  }

  @Test func homeAt34x10KeepsEveryEntryAndTheSelectedSummary() throws {
    let frame = try UIFixture.frame(Size(columns: 34, rows: 10), keys: [.up])
    #expect(
      frame.trimmedLines == [
        " Home",
        "",
        "  Test guide",
        "    1  Welcome",
        "    2  Tools",
        "    3  Quick quiz",
        "  › 4  Your results",
        "  No attempts yet",
        "",
        " 1-4 open  ? help  q quit",
      ])
  }

  /// Whatever the list and the room, the selection is in sight and the counts above, shown
  /// and below add up to every item.
  @Test func aListWindowKeepsTheSelectionInSightAndCountsTheRest() {
    for count in 0...12 {
      for rows in 1...8 {
        for selection in 0..<max(1, count) {
          let window = ListWindow(selection: selection, count: count, rows: rows)
          #expect(window.above + window.range.count + window.below == count)
          #expect(
            window.range.count + (window.moreLine(Glyphs(unicode: true)) == nil ? 0 : 1)
              <= max(rows, 2))
          if count > 0 { #expect(window.range.contains(selection)) }
        }
      }
    }
    let window = ListWindow(selection: 5, count: 10, rows: 4)
    #expect(window.moreLine(Glyphs(unicode: true)) == "↑ 3 more above  ↓ 4 more below")
    #expect(window.moreLine(Glyphs(unicode: false)) == "^ 3 more above  v 4 more below")
  }

  @Test func aPageAt80x24() throws {
    let frame = try UIFixture.frame(Size(columns: 80, rows: 24), keys: [.character("1")])
    let expected =
      [
        " Home › Welcome                                                             All",
        "",
        "  Welcome",
        "  ───────",
        "",
        "  First steps",
        "",
        "  This page has emphasis, a link to tools and enough words to wrap onto a",
        "  second line at forty columns.",
        "",
        "  • One bullet.",
        "  • Another bullet that is long enough to wrap when the window is narrow.",
        "",
        "  See also",
        "",
        "  • Tools",
      ] + blank.prefix(7) + [
        " ↑↓ scroll  Tab links  / search  Space/b page  Esc back  ? help  q quit"
      ]
    #expect(frame.trimmedLines == expected)
  }

  @Test func aPageAt40x12() throws {
    let frame = try UIFixture.frame(Size(columns: 40, rows: 12), keys: [.character("1")])
    #expect(
      frame.trimmedLines == [
        " Home › Welcome                     Top",
        "",
        "  Welcome",
        "  ───────",
        "",
        "  First steps",
        "",
        "  This page has emphasis, a link to",
        "  tools and enough words to wrap onto",
        "  a second line at forty columns.",
        "",
        " ↑↓ scroll  Esc back  ? help  q quit",
      ])
  }

  @Test func theSelectionIsMarkedAndStyled() throws {
    let frame = try UIFixture.frame(Size(columns: 80, rows: 24), keys: [.down])
    #expect(frame.trimmedLines[10].hasPrefix("  › 2  Tools"))
    #expect(frame.role(row: 10, column: 7) == .selection)
    #expect(frame.role(row: 9, column: 7) == .normal)
    #expect(frame.cursor?.row == 10)
  }

  @Test func linksAreStyledAndTheFocusedOneStandsOut() throws {
    let frame = try UIFixture.frame(Size(columns: 80, rows: 24), keys: [.character("1"), .tab])
    let row = frame.trimmedLines[7]
    let column = try #require(row.range(of: "link to tools")).lowerBound.utf16Offset(in: row)
    #expect(frame.role(row: 7, column: column) == .focusedLink)
    #expect(frame.role(row: 15, column: 4) == .link, "the See also link is not focused")
    #expect(frame.role(row: 7, column: 16) == .emphasis)
  }

  @Test func wideCharactersTakeTwoCells() throws {
    let frame = try UIFixture.frame(Size(columns: 80, rows: 24), keys: [.character("2")])
    #expect(frame.trimmedLines[5] == "  Editors, terminals and 日本語 text.")
    #expect(frame.cells[5][26].text == "", "the second half of 日")
  }

  @Test func aNonUnicodeTerminalGetsOnlyASCII() throws {
    for keys in [[], [Key.character("1")], [.character("?")], [.character("3"), .enter]] {
      let frame = try UIFixture.frame(Size(columns: 80, rows: 24), unicode: false, keys: keys)
      for line in frame.lines {
        #expect(line.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 }, "\(line)")
      }
    }
    let page = try UIFixture.frame(
      Size(columns: 80, rows: 24), unicode: false, keys: [.character("2")])
    #expect(page.trimmedLines[0].hasPrefix(" Home > Tools"))
    #expect(page.trimmedLines[5] == "  Editors, terminals and ??? text.")
  }

  @Test func tooSmallSaysWhatItNeeds() throws {
    let frame = try UIFixture.frame(Size(columns: 30, rows: 5))
    let words = frame.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(words == "terminal too small: need 34x10, have 30x5")
    let tiny = try UIFixture.frame(Size(columns: 1, rows: 1))
    #expect(tiny.lines.count == 1)
  }

  @Test func helpListsThePagesKeysThenTheGlobalOnesInABox() throws {
    let frame = try UIFixture.frame(
      Size(columns: 80, rows: 24), keys: [.character("1"), .character("?")])
    let text = frame.trimmedLines.joined(separator: "\n")
    for words in [
      "Keys", "On this page", "scroll a line", "back", "next, previous link", "quit", "┌", "┘",
    ] {
      #expect(text.contains(words), "\(words)")
    }
  }

  @Test func aQuizQuestionShowsProgressAndNumberedOptions() throws {
    let frame = try UIFixture.frame(Size(columns: 80, rows: 24), keys: [.character("3"), .enter])
    let lines = frame.trimmedLines
    #expect(lines[2].hasPrefix("  Question 1 of 2  ███████████████░░░░░░░░░░░░░░░"))
    #expect(lines[4] == "  How much is this like you?")
    #expect(lines[5] == "  I like code.")
    #expect(lines[7...9] == ["  › 1  No", "    2  Maybe", "    3  Yes"])
  }
}

@Suite("Click targets")
struct ClickTargetTests {
  @Test func eachMenuRowChoosesItsEntry() throws {
    let frame = try UIFixture.frame(Size(columns: 80, rows: 24))
    #expect(frame.event(atRow: 9, column: 10) == .chooseItem(0))
    #expect(frame.event(atRow: 12, column: 4) == .chooseItem(3))
    #expect(frame.event(atRow: 2, column: 4) == nil)
  }

  @Test func linksOnAPageFollowTheirIndex() throws {
    let frame = try UIFixture.frame(Size(columns: 80, rows: 24), keys: [.character("1")])
    let row = frame.trimmedLines[7]
    let column = try #require(row.range(of: "link to tools")).lowerBound.utf16Offset(in: row)
    #expect(frame.event(atRow: 7, column: column + 2) == .followLink(0))
    #expect(frame.event(atRow: 7, column: 3) == nil)
    #expect(frame.event(atRow: 15, column: 5) == .followLink(1))
  }

  @Test func helpHidesTheTargetsBelowIt() throws {
    let frame = try UIFixture.frame(Size(columns: 80, rows: 24), keys: [.character("?")])
    #expect(frame.clickTargets.isEmpty)
  }
}

/// Home's entries stay on their rows whichever entry is selected, even when the selected
/// summary under the menu takes more lines for one entry than another (a menu that jumps
/// as the selection moves also makes curses scroll the whole screen on every such move).
@Suite("Home's place")
struct HomePlaceTests {
  @Test func movingTheSelectionNeverShiftsTheEntries() throws {
    let fixture = try UIFixture.pack()
    var topics = fixture.topics
    topics["welcome"]?.summary = String(repeating: "A long summary of the welcome page. ", count: 4)
    let pack = ContentPack(
      manifest: fixture.manifest, home: fixture.home, topics: topics, quiz: fixture.quiz)
    for size in [
      Size(columns: 80, rows: 24), Size(columns: 60, rows: 30), Size(columns: 40, rows: 20),
    ] {
      let rows = try (0..<fixture.home.count).map { downs in
        let frame = try UIFixture.frame(
          size, keys: Array(repeating: .down, count: downs), pack: pack)
        return frame.trimmedLines.firstIndex {
          $0.hasSuffix("1  Welcome") || $0.contains("1  Welcome ")
        }
      }
      #expect(rows.allSatisfy { $0 != nil && $0 == rows[0] }, "\(size): \(rows)")
    }
  }
}

/// Printable ASCII is put a byte a cell, other text a grapheme at a time: both fill the same
/// cells, stop at the same column and return it.
@Suite("Putting text in a frame")
struct FramePutTests {
  @Test func asciiTextFillsTheCellsTheGeneralWayDoes() {
    for (text, column, limit) in [
      ("Home menu", 0, nil), ("cut at the limit", 3, 5), ("off the edge", 15, nil as Int?),
      ("starts left", -2, nil),
    ] {
      var ascii = Frame(size: Size(columns: 20, rows: 2))
      var general = ascii
      // A zero-width space in front takes no cell but sends the text the general way.
      let asciiEnd = ascii.put(text, row: 1, column: column, role: .heading, limit: limit)
      let generalEnd = general.put(
        "\u{200B}" + text, row: 1, column: column, role: .heading, limit: limit)
      #expect(asciiEnd == generalEnd, "\(text)")
      #expect(ascii == general, "\(text)")
    }
    var frame = Frame(size: Size(columns: 20, rows: 2))
    #expect(frame.put("cut at the limit", row: 0, column: 3, limit: 5) == 8)
    #expect(frame.lines[0] == "   cut a            ")
  }
}
