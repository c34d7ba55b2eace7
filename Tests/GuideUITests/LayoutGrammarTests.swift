import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// The layout grammar (docs/layout.md) on every kind of screen at the smallest size, a common
/// one and a wide one: the title at the text column's edge, underlined where the window has
/// the rows, and every word of the body inside the one text column, centred when wide.
@Suite("One layout grammar")
struct LayoutGrammarTests {
  static let sizes = [
    Size(columns: 34, rows: 10), Size(columns: 80, rows: 24), Size(columns: 200, rows: 60),
  ]

  /// A name, the keys that reach the screen, the saved attempts, and whether it needs the
  /// pack with a plan (its home has no entry below it, so the code-built pack is not needed).
  static let screens: [(String, [Key], [Attempt], Bool)] = [
    ("home", [], [], false),
    ("page", [.character("1")], [], false),
    ("quiz intro", [.character("3")], [], false),
    ("quiz question", [.character("3"), .enter], [], false),
    ("one attempt", [.character("4"), .enter], UIFixture.attempts, false),
    ("plan", [.character("p")], [UIFixture.attempts[0]], true),
    ("results list", [.character("4")], UIFixture.attempts, false),
    ("leave quiz", [.character("3"), .enter, .escape], [], false),
  ]

  static func frame(_ name: String, _ size: Size) throws -> Frame {
    let (_, keys, attempts, plan) = try #require(screens.first { $0.0 == name })
    return try UIFixture.frame(
      size, keys: keys, attempts: attempts, pack: plan ? try UIFixture.packWithPlan() : nil)
  }

  /// The body's rows: below the header and its blank, above the status row and key bar.
  static func bodyRows(_ size: Size) -> Range<Int> {
    Chrome.headerRows..<(size.rows - Chrome.footerRows)
  }

  @Test(arguments: sizes)
  func everyWordOfTheBodyIsInsideTheTextColumn(size: Size) throws {
    let left = Chrome.textLeft(size)
    let right = left + Chrome.textWidth(size)
    for (name, _, _, _) in Self.screens {
      let frame = try Self.frame(name, size)
      for row in Self.bodyRows(size) {
        let cells = Array(frame.lines[row])
        guard let first = cells.firstIndex(where: { $0 != " " }),
          let last = cells.lastIndex(where: { $0 != " " })
        else { continue }
        #expect(first >= left, "\(name) at \(size), row \(row): starts at \(first)")
        #expect(last < right, "\(name) at \(size), row \(row): ends at \(last)")
      }
    }
  }

  @Test(arguments: sizes)
  func theTitleStartsTheColumnAndIsUnderlinedWhereThereIsRoom(size: Size) throws {
    let left = Chrome.textLeft(size)
    let titled: [(String, String)] = [
      ("home", "Test guide"), ("page", "Welcome"), ("plan", "Your plan"),
      ("quiz intro", "Quick quiz"), ("results list", "Your results"),
      ("leave quiz", "Leave the quiz?"),
    ]
    for (name, title) in titled {
      let frame = try Self.frame(name, size)
      let lines = frame.trimmedLines
      guard let row = lines.firstIndex(of: String(repeating: " ", count: left) + title) else {
        // Only the smallest window may leave a menu's title out for its entries.
        #expect(size.rows < 16 && name != "page", "\(name) at \(size): no title")
        continue
      }
      let rule = String(repeating: " ", count: left) + String(repeating: "─", count: title.count)
      if Chrome.underlinesTitles(size) || name == "page" {
        #expect(lines[row + 1] == rule, "\(name) at \(size)")
      } else {
        #expect(lines[row + 1] != rule, "\(name) at \(size): a rule costs a short window a row")
      }
    }
  }

  /// One highlight for every list: the selected row is reversed across the whole text column,
  /// from its `›` to the column's right edge, whether it is a menu entry, a quiz option, an
  /// action of the plan or a saved attempt.
  @Test(arguments: sizes)
  func theSelectedRowIsHighlightedAcrossTheColumn(size: Size) throws {
    let left = Chrome.textLeft(size)
    let right = left + Chrome.textWidth(size)
    // At 34x10 the plan's words above its first action fill the window until the reader
    // scrolls (as a long quiz step does), so no row is selected there yet.
    let names =
      ["home", "quiz question", "results list", "leave quiz"] + (size.rows < 16 ? [] : ["plan"])
    for name in names {
      let frame = try Self.frame(name, size)
      guard let row = frame.cursor?.row else {
        Issue.record("\(name) at \(size): no selected row")
        continue
      }
      let roles = frame.cells[row].map(\.role)
      #expect(frame.lines[row].dropFirst(left).first == "›", "\(name) at \(size)")
      #expect(
        roles[left..<right].allSatisfy { $0 == .selection },
        "\(name) at \(size): \(roles[left..<right].filter { $0 != .selection }.count) cells unlit")
      #expect(roles[right...].allSatisfy { $0 != .selection }, "\(name) at \(size)")
      #expect(roles[..<left].allSatisfy { $0 != .selection }, "\(name) at \(size)")
    }
  }

  /// "Read a job posting": its prompt, a pasted posting's reading, and two compared, with the
  /// title each shows.
  static let postingScreens = [
    ("posting prompt", "Read a job posting"), ("posting reading", "Reading of the pasted posting"),
    ("comparison", "Two job postings compared"),
  ]

  static func postingFrame(_ name: String, _ size: Size) -> Frame {
    var guide = PostingFixture.guide(size)
    _ = guide.handle(.chooseItem(PostingFixture.homeIndex))
    if name != "posting prompt" { _ = guide.handle(.paste(PostingFixture.posting)) }
    if name == "comparison" {
      _ = guide.handle(.key(.character("c")))
      _ = guide.handle(.paste("Developer Advocate\n\nSpeak at conference talks.\n"))
    }
    return Renderer.render(guide)
  }

  /// The posting's screens keep the grammar too: the title at the column's edge and underlined
  /// (a reading and a comparison read as pages, so always), every word inside the column.
  @Test(arguments: sizes)
  func thePostingScreensKeepTheGrammar(size: Size) {
    let left = Chrome.textLeft(size)
    let right = left + Chrome.textWidth(size)
    for (name, title) in Self.postingScreens {
      let frame = Self.postingFrame(name, size)
      let lines = frame.trimmedLines
      for row in Self.bodyRows(size) {
        let cells = Array(frame.lines[row])
        guard let first = cells.firstIndex(where: { $0 != " " }),
          let last = cells.lastIndex(where: { $0 != " " })
        else { continue }
        #expect(first >= left && last < right, "\(name) at \(size), row \(row)")
      }
      let indent = String(repeating: " ", count: left)
      guard let row = lines.firstIndex(of: indent + title) else {
        // Only the prompt gives its title up on the smallest window, for its line.
        #expect(size.rows < 16 && name == "posting prompt", "\(name) at \(size): no title")
        continue
      }
      let rule = indent + String(repeating: "─", count: title.count)
      if Chrome.underlinesTitles(size) || name != "posting prompt" {
        #expect(lines[row + 1] == rule, "\(name) at \(size)")
      }
    }
  }

  @Test func aWideWindowCentresEveryScreenAlike() throws {
    let size = Size(columns: 200, rows: 60)
    #expect(Chrome.textLeft(size) == 62)
    for (name, _, _, _) in Self.screens {
      let frame = try Self.frame(name, size)
      let firsts = Self.bodyRows(size).compactMap { row in
        Array(frame.lines[row]).firstIndex { $0 != " " }
      }
      #expect(firsts.min() == 62, "\(name): its text starts at the centred column")
    }
  }
}
