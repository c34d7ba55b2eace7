import GuideContent
import PropertyBased
import Testing

@testable import GuidePosting

@Suite("Reading a posting")
struct PostingReaderTests {
  let reader = PostingReader(lexicon: Lexicons.small)

  func emphasis(_ reading: PostingReading, _ id: String) -> Emphasis? {
    reading.emphasis.first { $0.id == id }
  }

  @Test func aPhraseCountsOncePerParagraph() throws {
    let reading = reader.read("community community Community\n\ncommunity")
    let community = try #require(emphasis(reading, "community"))
    #expect(
      community.evidence == [
        Evidence(
          phrase: "community", lines: [1, 3], paragraphs: 2, points: 12, onlyNiceToHave: false)
      ])
    #expect(reading.emphasis.map(\.percent) == [0, 0, 100])
  }

  @Test func wordsMatchWholeAndInAnyCaseAndForm() throws {
    #expect(reader.read("SDKs-ish").leadingDimension?.id == "code")
    let none = reader.read("precommunity communitywide")
    #expect(none.leadingDimension == nil)
    let reading = reader.read("TUTORIAL writers")
    #expect(
      emphasis(reading, "content")?.evidence.map(\.phrase) == ["TUTORIAL", "writers"])
  }

  @Test func theLongestPhraseWinsAndIsCountedAlone() {
    let reading = reader.read("Technical writing and we write code")
    #expect(
      emphasis(reading, "content")?.evidence
        == [
          Evidence(
            phrase: "Technical writing", lines: [1], paragraphs: 1, points: 6,
            onlyNiceToHave: false)
        ])
    #expect(emphasis(reading, "code")?.evidence.map(\.phrase) == ["write code"])
  }

  @Test func punctuationEndsAPhraseButAWrappedLineDoesNot() {
    let broken = reader.read("We write. Code reviews daily")
    #expect(emphasis(broken, "code")?.points == 0)
    #expect(emphasis(broken, "content")?.evidence.map(\.phrase) == ["write"])
    let wrapped = reader.read(
      "In this role you will work beside our engineers and write\ncode every day.")
    #expect(emphasis(wrapped, "code")?.evidence.map(\.phrase) == ["write code"])
    #expect(emphasis(wrapped, "code")?.evidence.first?.lines == [1])
    let skipped = reader.read(
      "In this role you will work beside our engineers and write daily\ncode every day.")
    #expect(emphasis(skipped, "code")?.points == 0)
    let apart = reader.read(
      "In this role you will work beside our engineers and write\n\ncode every day.")
    #expect(emphasis(apart, "code")?.points == 0)
  }

  @Test func niceToHaveSectionsAndLinesWeighHalf() throws {
    let posting = """
      Requirements:
      - Tutorials for our SDK

      Nice to have:
      - Community experience

      About you
      - Demos are a plus
      - You keep the code of conduct
      """
    let reading = reader.read(posting)
    let community = try #require(emphasis(reading, "community"))
    #expect(
      community.evidence == [
        Evidence(
          phrase: "code of conduct", lines: [9], paragraphs: 1, points: 4, onlyNiceToHave: false),
        Evidence(phrase: "Community", lines: [5], paragraphs: 1, points: 3, onlyNiceToHave: true),
        Evidence(phrase: "Demos", lines: [8], paragraphs: 1, points: 1, onlyNiceToHave: true),
      ])
    // Code: SDK 3×2 + demos 1×1 = 7; content: tutorials 2×2 = 4; community 4 + 3 + 1 = 8.
    #expect(reading.emphasis.map(\.points) == [7, 4, 8])
    #expect(reading.emphasis.map(\.percent) == [37, 21, 42])
    #expect(reading.leadingDimension?.id == "community")
  }

  /// A form feed (the page break pdftotext writes) once glued the title to the next words.
  @Test func aTitleBeforeAFormFeedIsStillATitle() {
    for separator in ["\u{0C}", "\u{0B}", "\u{85}"] {
      let reading = reader.read("Developer Advocate\(separator)Write demos and tutorials.")
      #expect(reading.roles.first?.evidence.map(\.phrase) == ["Developer Advocate", "demos"])
    }
  }

  @Test func rolesAreClosestFirstWithTheirReasons() {
    let reading = reader.read("Developer Advocate\n\nWrite demos and tutorials.")
    #expect(reading.roles.map(\.id) == ["advocate", "writer"])
    #expect(reading.roles.first?.points == 12)
    #expect(reading.roles.first?.evidence.map(\.phrase) == ["Developer Advocate", "demos"])
  }

  @Test func flagsShowThePostingsOwnWords() {
    let reading = reader.read("You join the on call rotation.\nWe ask for 5+ years in DevRel.")
    #expect(reading.askAbout.map(\.id) == ["on-call", "years"])
    #expect(reading.askAbout.map { $0.evidence.map(\.phrase) } == [["on call"], ["5+ years"]])
    #expect(reading.askAbout.map { $0.evidence.map(\.lines) } == [[[1]], [[2]]])
  }

  @Test func nothingRelatedIsSaidPlainly() {
    let reading = reader.read("Line cook wanted for weekend shifts.")
    #expect(!reading.relatesToSubject)
    #expect(
      reading.verdict
        == Verdict(
          kind: .unrelated,
          line:
            "This does not read as a DevRel job: none of its words are ones a DevRel job uses.",
          why: "none of its words are ones a DevRel job uses"))
    #expect(reading.emphasis.allSatisfy { $0.percent == 0 })
    #expect(reading.leadingDimension == nil)
  }

  @Test func noEscapeOrControlCharacterReachesTheReading() {
    let hostile = "SDK\u{1B}]0;owned\u{07} com\u{202E}munity write\u{1B}[2Jcode\r\ntutorials\u{0}"
    let reading = reader.read(hostile)
    let shown = reading.emphasis.flatMap { $0.evidence.map(\.phrase) }
    #expect(shown.sorted() == ["SDK", "community", "tutorials", "write"])
    let allText = shown.joined()
    #expect(!allText.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" })
  }

  @Test func linesAreSplitAtEveryKindOfBreakAndCleaned() {
    #expect(PostingText.lines("a\r\nb\rc\nd\u{2028}e") == ["a", "b", "c", "d", "e"])
    #expect(
      PostingText.lines("Developer Advocate\u{0C}public speaking\u{0B}x\u{85}y")
        == ["Developer Advocate", "public speaking", "x", "y"])
    #expect(PostingText.lines("tab\there \u{1B}[1m") == ["tab here ␛[1m"])
    #expect(PostingText.lines("") == [""])
  }
}

@Suite("A posting's bytes")
struct PostingInputTests {
  @Test func textWithAFewStrayBytesIsRepaired() throws {
    let bytes = Array("Caf".utf8) + [0xE9] + Array(" community".utf8)
    let (text, repaired) = try PostingInput.decode(bytes)
    #expect(text == "Caf\u{FFFD} community")
    #expect(repaired == 1)
  }

  @Test func nulBytesManyInvalidBytesOrTooMuchIsNotText() {
    #expect(throws: PostingInput.NotText.nulBytes) { try PostingInput.decode([0x41, 0, 0x42]) }
    #expect(throws: PostingInput.NotText.notUTF8(invalid: 5)) {
      try PostingInput.decode([0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0x41])
    }
    #expect(throws: PostingInput.NotText.tooLarge) {
      try PostingInput.decode([UInt8](repeating: 0x41, count: PostingInput.maxBytes + 1))
    }
  }
}

@Suite("Any posting at all")
struct HostilePostingTests {
  /// Letters the lexicon knows, spaces, line breaks, connectors, punctuation, controls,
  /// escapes, bidi overrides, combining marks, wide and astral characters.
  static let pieces = [
    "SDK", "community", "write", "code", "of", "conduct", "tutorials", "on", "call", "5",
    "years", "nice to have", "a plus", " ", " ", "\n", "\n\n", "\r\n", "-", "+", "/", ".", ":",
    "#", "- ", "\u{1B}[2J", "\u{1B}]0;x\u{07}", "\u{0}", "\u{7F}", "\u{9B}", "\u{202E}",
    "\u{2028}", "e\u{301}", "日本", "😀", "'", "\u{2019}s", "\t",
  ]

  @Test func anyTextReadsWithSharesOf100AndNoControlCharacterInTheWordsShown() async {
    let posting = Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...60)
      .map { $0.map { Self.pieces[$0] }.joined() }
    let reader = PostingReader(lexicon: Lexicons.small)
    await propertyCheck(count: 500, input: posting) { text in
      let reading = reader.read(text)
      let total = reading.emphasis.map(\.percent).reduce(0, +)
      #expect(total == (reading.emphasis.contains { $0.points > 0 } ? 100 : 0))
      let lineCount = PostingText.lines(text).count
      let evidence =
        reading.emphasis.flatMap(\.evidence) + reading.roles.flatMap(\.evidence)
        + reading.askAbout.flatMap(\.evidence)
      for item in evidence {
        #expect(!item.phrase.isEmpty)
        #expect(
          !item.phrase.unicodeScalars.contains {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
          }, "\(text.debugDescription)")
        #expect(item.lines.allSatisfy { (1...lineCount).contains($0) })
      }
      let shown = PostingReport.text(reading).map(\.text).joined()
      #expect(!shown.unicodeScalars.contains { $0 == "\u{1B}" })
    }
  }
}
