import GuideBundle
import GuideContent
import GuideCore
import GuideTestSupport
import GuideUI
import PropertyBased
import Testing

@testable import GuideText

@Suite("Text for printing")
struct GuideTextTests {
  static let pack = Fixture.pack
  static func topic(_ id: String) throws -> Topic { try #require(pack.topics[id]) }

  static func widths(_ text: String) -> [Int] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { CellWidth.of(String($0)) }
  }

  // MARK: - Plain text

  @Test func aMenuTopicListsItsEntriesWithTheirIds() throws {
    let text = PlainText.topic(try Self.topic("skills"), in: Self.pack, width: 60, unicode: true)
    #expect(
      text == """
        Skills
        ──────

        Two skills.

          1. Code  [skills/code]
          2. Talking  [skills/talk]

        """)
  }

  @Test func menuEntriesTooWideWrapUnderTheirTitleWithTheIdLast() throws {
    let text = PlainText.topic(try Self.topic("skills"), in: Self.pack, width: 20, unicode: false)
    #expect(
      text.split(separator: "\n").suffix(4) == [
        "  1. Code", "     [skills/code]", "  2. Talking", "     [skills/talk]",
      ])
  }

  @Test func everyLineOfEveryBundledTopicFitsTheWidthAskedOrIsAnAddressAlone() async {
    let pack = ContentPack.bundled
    let ids = pack.topicOrder
    await propertyCheck(
      count: 150, input: Gen.int(in: 20...120), Gen.int(in: 0...(ids.count - 1)), Gen.bool
    ) { width, index, unicode in
      guard let topic = pack.topics[ids[index]] else { return }
      let text = PlainText.topic(topic, in: pack, width: width, unicode: unicode)
      // Only a web address longer than the width may overflow it, alone on its line (a
      // bullet or indent before it, punctuation round it), so it is never split.
      for line in text.split(separator: "\n") where CellWidth.of(String(line)) > width {
        var rest = line.drop { $0 == " " }
        if rest.hasPrefix("• ") || rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
        #expect(
          rest.contains("://") && !rest.contains(" "), "\(ids[index]) at \(width): \(line)")
      }
    }
  }

  @Test func colourIsOffUnlessAskedAndMarksTheTitleWhenOn() throws {
    let topic = try Self.topic("intro")
    let plain = PlainText.topic(topic, in: Self.pack, width: 60, unicode: true)
    #expect(!plain.contains("\u{1B}"))
    let coloured = PlainText.topic(
      topic, in: Self.pack, width: 60, unicode: true, color: TextColor(enabled: true))
    #expect(coloured.hasPrefix("\u{1B}[1;36mIntroduction\u{1B}[0m\n"))
    #expect(coloured.contains("\u{1B}[1;36mWhy\u{1B}[0m"), "headings")
    #expect(
      coloured.replacing(/\x{1B}\[[0-9;]*m/, with: "") == plain, "the same text under the colour")
  }

  // MARK: - Exports

  @Test func markdownKeepsEmphasisAndTurnsLinksIntoCommands() throws {
    #expect(
      TopicExport.markdown(try Self.topic("skills/code"), in: Self.pack)
        == "# Code\n\nCode matters. See talking (`devrel-guide show skills/talk`).\n")
    let menu = TopicExport.markdown(try Self.topic("skills"), in: Self.pack)
    #expect(menu == "# Skills\n\nTwo skills.\n\n- Code\n- Talking\n")
  }

  @Test func jsonHoldsTheTopicAsPlainTextWithSnakeCaseKeys() throws {
    let json = try TopicExport.json(try Self.topic("intro"), in: Self.pack)
    #expect(json.contains("\"id\" : \"intro\""))
    #expect(json.contains("\"see_also\" : [\n    \"skills/talk\"\n  ]"))
    #expect(json.contains("Read the code page next."), "links become their labels")
  }

  // MARK: - Results

  static let attempts = [
    Attempt(
      date: "2026-01-02T10:00:00Z", packID: "fixture", packVersion: "1",
      answers: ["q-code": .chose(3), "q-talk": .skipped], scores: ["code": 75],
      knowledge: KnowledgeScore(correct: 1, total: 1)),
    Attempt(
      date: "2026-02-03T10:00:00Z", packID: "fixture", packVersion: "1",
      answers: ["q-code": .chose(4), "q-talk": .chose(0)], scores: ["code": 100, "talk": 100],
      knowledge: nil),
  ]

  @Test func markdownComparesEachAttemptWithTheOneBefore() throws {
    let quiz = try #require(Self.pack.quiz)
    let last = ResultsText.markdown(
      Self.attempts.suffix(1), of: Self.attempts, quiz: quiz, pack: Self.pack)
    #expect(
      last == """
        ## Results of \(Guide.shortDate("2026-02-03T10:00:00Z"))

        Overall fit: **100** of 100 (Good fit)

        | Area | Score | Change |
        | --- | ---: | ---: |
        | Code | 100 | +25 |
        | Talk | 100 |  |

        """)
    let both = ResultsText.markdown(
      Self.attempts[...], of: Self.attempts, quiz: quiz, pack: Self.pack)
    #expect(both.hasSuffix("\n\n" + last))
    #expect(both.contains("| Talk | skipped |  |\n\nKnowledge: 1 of 1 right\n"))
  }

  /// An attempt that answered the knowledge question wrongly.
  static let missedOne = Attempt(
    date: "2026-03-04T10:00:00Z", packID: "fixture", packVersion: "1",
    answers: ["q-code": .chose(4), "q-talk": .chose(4), "q-know": .chose(1)],
    scores: ["code": 100, "talk": 100], knowledge: KnowledgeScore(correct: 0, total: 1))

  @Test func everyFormatListsTheMissedQuestionWithTheRightAnswerAndThePageToRead() throws {
    let quiz = try #require(Self.pack.quiz)
    let markdown = ResultsText.markdown(
      [Self.missedOne][...], of: [Self.missedOne], quiz: quiz, pack: Self.pack)
    #expect(
      markdown.hasSuffix(
        """
        ### Questions to revisit

        - What does DevRel stand for? Answer: **Developer Relations**. Read Introduction (`devrel-guide show intro`).

        """))
    let text = ResultsText.text(
      [Self.missedOne][...], of: [Self.missedOne], quiz: quiz, pack: Self.pack, unicode: false)
    #expect(
      text.hasSuffix(
        """
        Questions to revisit
        - What does DevRel stand for? Answer: Developer Relations. Read Introduction

        """))
    let json = try ResultsText.json([Self.missedOne][...], quiz: quiz)
    #expect(
      json.contains(
        """
            "missed" : [
              {
                "answer" : "Developer Relations",
                "id" : "q-know",
                "question" : "What does DevRel stand for?",
                "topic" : "intro"
              }
            ],
        """))
  }

  @Test func aRightOrMissingKnowledgeAnswerIsNotListedAsMissed() throws {
    let quiz = try #require(Self.pack.quiz)
    var right = Self.missedOne
    right.answers["q-know"] = .chose(0)
    #expect(MissedQuestion.all(quiz, answers: right.answers) == [])
    right.answers["q-know"] = nil
    #expect(MissedQuestion.all(quiz, answers: right.answers) == [])
    right.answers["q-know"] = .skipped
    #expect(MissedQuestion.all(quiz, answers: right.answers).map(\.id) == ["q-know"])
  }

  @Test func jsonIsTheAttemptsAsSavedWithAnswersCountedFromZero() throws {
    let json = try ResultsText.json(Self.attempts.suffix(1))
    #expect(json.hasPrefix("[\n  {\n    \"answers\" : {\n      \"q-code\" : 4,"))
    #expect(try ResultsText.json([][...]) == "[\n\n]\n")
  }

  @Test func textIsTheResultsScreenAtSeventyEightColumns() throws {
    let quiz = try #require(Self.pack.quiz)
    let text = ResultsText.text(
      Self.attempts[...], of: Self.attempts, quiz: quiz, pack: Self.pack, unicode: false)
    #expect(text.contains("Overall fit: 100 of 100"))
    #expect(Self.widths(text).allSatisfy { $0 <= 78 })
    #expect(text.allSatisfy { $0.isASCII })
  }

  // MARK: - Search

  @Test func searchLinesAreTabSeparatedAndMarkEveryMatchWhenColoured() {
    let hit = SearchHit(topicID: "skills/code", title: "Code", line: "Code matters. code!")
    #expect(
      SearchText.line(hit, query: SearchQuery("code", synonyms: SynonymTable([])), unicode: true)
        == "skills/code\tCode\tCode matters. code!\t0")
    let red = { (text: String) in "\u{1B}[1;31m\(text)\u{1B}[0m" }
    #expect(
      SearchText.line(
        hit, query: SearchQuery("CODE", synonyms: SynonymTable([])), unicode: true,
        color: TextColor(enabled: true))
        == "skills/code\t\(red("Code"))\t\(red("Code")) matters. \(red("code"))!\t0")
  }
}

@Suite("What the line mode says")
struct LineTextTests {
  static let glyphs = Glyphs(unicode: true)

  @Test func theHomeMenuIsNumberedWithTheTagline() {
    let guide = Fixture.guide()
    #expect(
      LineText.describe(guide, glyphs: Self.glyphs, quizOnly: false) == [
        "", "Fixture guide", "A test pack.", "  1) Introduction", "  2) Skills", "  3) Fit check",
        "  4) Your results",
      ])
    // Home has nowhere to go back to, so its prompt does not offer b.
    #expect(LineText.prompt(guide) == "Choose a number, / search, q quit >")
  }

  @Test func aPageListsEachLinkedTopicOnceAfterItsText() {
    var guide = Fixture.guide()
    _ = guide.handle(.chooseItem(0))
    let lines = LineText.describe(guide, glyphs: Self.glyphs, quizOnly: false)
    #expect(lines.suffix(3) == ["Links:", "  1) Code", "  2) Talking"])
    #expect(lines.contains("Why"))
    #expect(LineText.prompt(guide) == "Link number, b back, / search, q quit >")
  }

  @Test func aQuestionShowsItsNumberTextAndOptions() {
    var guide = Fixture.guide()
    _ = guide.handle(.openQuiz)
    _ = guide.handle(.chooseItem(0))
    #expect(
      LineText.describe(guide, glyphs: Self.glyphs, quizOnly: true) == [
        "", "Question 1 of 3", "", "How much is this like you?", "I enjoy debugging.", "",
        "  1) Not like me", "  2) A little", "  3) Somewhat", "  4) Mostly", "  5) Very like me",
      ])
    #expect(LineText.prompt(guide) == "Answer (1-5, s skip, b back, q quit) >")
  }
}
