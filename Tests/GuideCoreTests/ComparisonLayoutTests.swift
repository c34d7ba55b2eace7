import GuideContent
import GuideCore
import GuidePosting
import GuideTestSupport
import PropertyBased
import Testing

/// The text of two postings compared: columns when each has room for its longest word,
/// else each fact stacked, A above B.
@Suite("Two postings laid out")
struct ComparisonLayoutTests {
  typealias Fix = PostingFixture

  static let comparison = PostingComparison(
    .init(name: "advocate.txt", reading: PostingReader(lexicon: Fix.lexicon).read(Fix.posting)),
    .init(
      name: "speaker.txt",
      reading: PostingReader(lexicon: Fix.lexicon).read(
        "Developer Advocate\n\nSpeak at conference talks.\nUp to 30% travel.\n")))

  static func lines(width: Int) -> [String] {
    ComparisonLayout.text(comparison, width: width).map(\.text)
  }

  @Test func wideEnoughTheFactsStandInColumns() {
    #expect(
      Self.lines(width: 70) == [
        "Two job postings compared",
        "                A: advocate.txt             B: speaker.txt",
        "",
        "Verdict         Reads as: a developer       Reads as: a developer",
        "                advocate job (code-heavy)   advocate job (talk-heavy)",
        "",
        "Closest role    Developer advocate          Developer advocate",
        "",
        "Code            67%                         0%",
        "Talk            33%                         100%",
        "",
        "Years of        none                        none",
        "experience",
        "",
        "Travel          none                        Up to 30% (line 4)",
        "Pay, as posted  none                        none",
        "Worth asking    Travel                      Travel",
        "about",
        "",
        "Signs of work   none                        none",
        "outside DevRel",
        "",
        "This is a reading of the posting's words, not a judgement of the job.",
      ])
  }

  /// On the full screen the title is underlined with a rule as wide as its words and set
  /// apart by a blank line, as every screen's title is (docs/layout.md); the text the command
  /// prints keeps its plain title.
  @Test(arguments: [70, 40, 20])
  func onTheScreenTheTitleIsUnderlinedAndSetApart(width: Int) {
    let page = ComparisonLayout.page(Self.comparison, width: width, glyphs: Glyphs(unicode: true))
    let title = Wrap.text(PostingComparison.Words.title, width: width)
    let words = page.lines.map(\.words)
    #expect(Array(words.prefix(title.count)) == title)
    let longest = title.map { CellWidth.of($0) }.max() ?? 0
    #expect(page.lines[title.count].spans == [Span(column: 0, .rule(longest))])
    #expect(page.lines[title.count + 1].spans.isEmpty)
    #expect(words.dropFirst(title.count + 2).first?.contains("advocate.txt") == true)
    #expect(page.lines.count == Self.lines(width: width).count + 2)
  }

  @Test func narrowTheFactsAreStackedAOverB() {
    #expect(
      Self.lines(width: 40) == [
        "Two job postings compared",
        "A: advocate.txt",
        "B: speaker.txt",
        "",
        "Verdict",
        "  A: Reads as: a developer advocate job",
        "     (code-heavy)",
        "  B: Reads as: a developer advocate job",
        "     (talk-heavy)",
        "Closest role",
        "  A: Developer advocate",
        "  B: Developer advocate",
        "",
        "Code",
        "  A: 67%",
        "  B: 0%",
        "Talk",
        "  A: 33%",
        "  B: 100%",
        "",
        "Years of experience",
        "  A: none",
        "  B: none",
        "Travel",
        "  A: none",
        "  B: Up to 30% (line 4)",
        "Pay, as posted",
        "  A: none",
        "  B: none",
        "Worth asking about",
        "  A: Travel",
        "  B: Travel",
        "Signs of work outside DevRel",
        "  A: none",
        "  B: none",
        "",
        "This is a reading of the posting's",
        "words, not a judgement of the job.",
      ])
  }

  /// At any width no line is wider than the width, and in columns every word of every cell
  /// is printed whole.
  @Test func noLineOverflowsAndColumnsNeverCutAWord() async {
    let cells = Self.comparison.rows.flatMap { [$0.label, $0.a, $0.b] }
    let words = Set(cells.flatMap { $0.split(separator: " ").map(String.init) })
    await propertyCheck(count: 300, input: Gen.int(in: 20...220)) { width in
      let lines = Self.lines(width: width)
      #expect(lines.allSatisfy { CellWidth.of($0) <= width }, "width \(width)")
      let printed = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
      #expect(words.isSubset(of: printed), "width \(width)")
      let inColumns = ComparisonLayout.columnWidth(Self.comparison, width: width) != nil
      #expect(inColumns == (width >= 58), "width \(width)")
    }
  }
}
