import Foundation
import Testing

@testable import GuideContent
@testable import GuidePackLoader

@Suite("Loading small inline packs")
struct PackLoaderTests {
  static func errors(_ issues: [ContentIssue]) -> [ContentIssue] {
    issues.filter { $0.severity == .error }
  }

  @Test("a valid two-topic pack loads with no issues")
  func validPackLoads() throws {
    let source = Support.pack([
      "topics/a.yaml": Support.page("a", text: "See [b](b)."),
      "topics/b.yaml": Support.page("b"),
    ])
    let (pack, issues) = PackLoader.check(source)
    #expect(issues.isEmpty, "\(issues)")
    let loaded = try #require(pack)
    #expect(loaded.topicOrder == ["a", "b"])
    #expect(loaded.topics["a"]?.linkTargets == ["b"])
  }

  @Test("a YAML syntax error is reported as FILE:LINE:COL: error: on its line")
  func syntaxErrorHasPosition() throws {
    let broken = """
      id: a
      summary: Fine so far.
      title: Colons: need quotes
      body:
        - text: Never read.
      """
    let (_, issues) = PackLoader.check(Support.pack(["topics/a.yaml": broken]))
    let issue = try #require(Self.errors(issues).first)
    #expect(issue.file == "test/topics/a.yaml")
    #expect(issue.line == 3, "reported at line \(issue.line)")
    #expect(
      issue.description.hasPrefix("test/topics/a.yaml:\(issue.line):\(issue.column): error: "))
    #expect(issue.message.contains("YAML syntax"))
  }

  @Test("a tab in indentation is a syntax error on the line with the tab")
  func tabIsReportedOnItsLine() throws {
    let broken = "id: a\ntitle: A\nbody:\n\t- text: hi\n"
    let (_, issues) = PackLoader.check(Support.pack(["topics/a.yaml": broken]))
    let issue = try #require(Self.errors(issues).first)
    #expect(issue.line == 4)
  }

  @Test("a link to an unknown topic is an error that names it")
  func unknownLink() throws {
    let source = Support.pack(["topics/a.yaml": Support.page("a", text: "Go [there](nowhere).")])
    let (_, issues) = PackLoader.check(source)
    let issue = try #require(Self.errors(issues).first)
    #expect(issue.message.contains("`nowhere`"))
    #expect(issue.file == "test/topics/a.yaml")
    #expect(issue.line == 5)
    #expect(throws: ContentError.self) { try PackLoader.load(source) }
  }

  @Test("an unknown see-also or menu entry is an error that names it")
  func unknownSeeAlsoAndMenuEntry() {
    let topic = Support.page("a") + "\nsee_also: [ghost]\n"
    let (_, issues) = PackLoader.check(
      Support.pack(["topics/a.yaml": topic], home: ["a", "phantom"]))
    let messages = Self.errors(issues).map(\.message)
    #expect(messages.contains { $0.contains("`ghost`") })
    #expect(messages.contains { $0.contains("`phantom`") })
  }

  @Test("two topics with the same id are an error")
  func duplicateIDs() throws {
    let source = Support.pack([
      "topics/a.yaml": Support.page("a"),
      "topics/copy.yaml": Support.page("a"),
    ])
    let (_, issues) = PackLoader.check(source)
    let issue = try #require(Self.errors(issues).first)
    #expect(issue.message.contains("duplicate topic id `a`"))
    #expect(issue.file == "test/topics/copy.yaml")
  }

  @Test("a topic without a title is an error naming the missing field")
  func missingField() throws {
    let source = Support.pack(["topics/a.yaml": "id: a\nbody:\n  - text: Hello.\n"])
    let (_, issues) = PackLoader.check(source)
    #expect(Self.errors(issues).contains { $0.message == "missing field `title`" })
  }

  @Test("a topic no menu or link reaches is a warning, and the pack still loads")
  func unreachableTopicWarns() throws {
    let source = Support.pack([
      "topics/a.yaml": Support.page("a"),
      "topics/lost.yaml": Support.page("lost"),
    ])
    let (_, issues) = PackLoader.check(source)
    #expect(issues.count == 1)
    let issue = try #require(issues.first)
    #expect(issue.severity == .warning)
    #expect(issue.message.contains("`lost`"))
    #expect(issue.description.contains(": warning: "))
    _ = try PackLoader.load(source)
  }

  @Test("an unknown field is a warning that lists the known ones")
  func unknownFieldWarns() throws {
    let source = Support.pack(["topics/a.yaml": Support.page("a") + "\nsumary: typo\n"])
    let (_, issues) = PackLoader.check(source)
    let issue = try #require(issues.first)
    #expect(issue.severity == .warning)
    #expect(issue.message.contains("`sumary`"))
  }

  @Test("a knowledge answer outside its options is an error")
  func answerOutOfRange() throws {
    let quiz = Self.knowledgeQuiz(answers: [3], options: "[One, Two]")
    let source = Support.pack(["topics/a.yaml": Support.page("a"), "quiz.yaml": quiz])
    let (_, issues) = PackLoader.check(source)
    let issue = try #require(Self.errors(issues).first)
    #expect(issue.message.contains("`answer`"))
    #expect(issue.line == 10)
  }

  /// A quiz of knowledge questions whose right answers are the given option numbers; the
  /// first question's `answer` is on line 10.
  static func knowledgeQuiz(answers: [Int], options: String = "[One, Two, Three, Four]")
    -> String
  {
    let questions = answers.enumerated().map { index, answer in
      """
        - id: k\(index)
          text: Which?
          options: \(options)
          answer: \(answer)
          explanation: Because.
          topic: a
      """
    }
    return """
      title: Q
      scale: [Low, High]
      dimensions:
        - id: d
          title: D
      questions:
      \(questions.joined(separator: "\n"))
      bands:
        - min: 0
          label: All
          text: Everyone.
      """
  }

  @Test("more questions than a pack may have is one error at the list")
  func tooManyQuestions() throws {
    func errors(_ count: Int) -> [String] {
      let quiz = Self.knowledgeQuiz(answers: (0..<count).map { $0 % 4 + 1 })
      let source = Support.pack(["topics/a.yaml": Support.page("a"), "quiz.yaml": quiz])
      return Self.errors(PackLoader.check(source).1).map(\.message)
    }
    #expect(errors(PackLimits.maxListItems + 1) == ["1001 questions; a list may hold at most 1000"])
    #expect(errors(PackLimits.maxListItems).isEmpty)
  }

  @Test("a quiz with no questions is one error at its empty list, with file, line and column")
  func aQuizNeedsAQuestion() throws {
    let quiz = Self.knowledgeQuiz(answers: [])
      .replacingOccurrences(of: "questions:\n", with: "questions: []\n")
    let source = Support.pack(["topics/a.yaml": Support.page("a"), "quiz.yaml": quiz])
    let issues = Self.errors(PackLoader.check(source).1)
    #expect(issues.map(\.message) == ["a quiz needs at least one question"])
    let issue = try #require(issues.first)
    #expect(issue.file.hasSuffix("quiz.yaml"))
    #expect((issue.line, issue.column) == (6, 12))
  }

  @Test("right answers piled on one option position warn, naming how many each has")
  func answerPositionsMustBeSpread() throws {
    func warnings(_ answers: [Int]) -> [ContentIssue] {
      let quiz = Self.knowledgeQuiz(answers: answers)
      let source = Support.pack(["topics/a.yaml": Support.page("a"), "quiz.yaml": quiz])
      return PackLoader.check(source).1.filter { $0.message.contains("option positions") }
    }
    // Option 2 right seven times in twelve, option 4 never: a fair share is three each.
    let piled = warnings([2, 2, 2, 2, 2, 2, 2, 1, 1, 3, 3, 1])
    let issue = try #require(piled.first)
    #expect(issue.severity == .warning)
    #expect(issue.message.contains("option 2: 7") && issue.message.contains("option 4: 0"))
    #expect(warnings([1, 2, 3, 4, 1, 2, 3, 4, 2, 1, 4, 3]).isEmpty)
    // Two off a fair share is still fair: few questions cannot be spread exactly.
    #expect(warnings([1, 1, 2]).isEmpty)
  }

  @Test("a topic of more headings, paragraphs and bullets than the limit is an error")
  func tooManyItemsInATopic() throws {
    func issues(bullets: Int) -> [ContentIssue] {
      let items = String(repeating: "      - x\n", count: bullets)
      let topic = "id: a\ntitle: A\nbody:\n  - heading: H\n  - bullets:\n\(items)"
      return Self.errors(PackLoader.check(Support.pack(["topics/a.yaml": topic])).1)
    }
    let over = issues(bullets: PackLimits.maxTopicItems)
    let issue = try #require(over.first)
    #expect(issue.message.contains("at most 100000"))
    #expect(issue.line == 4)
    #expect(issues(bullets: PackLimits.maxTopicItems - 1).isEmpty)
  }

  @Test("a topic of more text than the limit is an error, though each paragraph is within it")
  func tooMuchTextInATopic() throws {
    let paragraph = "  - text: " + String(repeating: "word ", count: 200_000) + "\n"
    func issues(paragraphs: Int) -> [ContentIssue] {
      let topic = "id: a\ntitle: A\nbody:\n" + String(repeating: paragraph, count: paragraphs)
      return Self.errors(PackLoader.check(Support.pack(["topics/a.yaml": topic])).1)
    }
    // A million bytes each (less the last space, which YAML drops): four fit in 4 MiB, five
    // do not.
    let issue = try #require(issues(paragraphs: 5).first)
    #expect(issue.message.contains("4999995 bytes of text") && issue.message.contains("4 MB"))
    #expect(issue.line == 4)
    #expect(issues(paragraphs: 4).isEmpty)
  }

  @Test("a title or summary longer than the text limit is an error at its line")
  func tooLongTitle() throws {
    let long = String(repeating: "word ", count: PackLimits.maxTextBytes / 5 + 1)
    for field in ["title", "summary"] {
      let topic =
        "id: a\n\(field): \(long)\nbody:\n  - text: Hi.\n"
        + (field == "title" ? "" : "title: A\n")
      let issues = Self.errors(PackLoader.check(Support.pack(["topics/a.yaml": topic])).1)
      let issue = try #require(issues.first, "\(field)")
      #expect(issue.message.contains("may hold at most 1024 KB"), "\(issue)")
      #expect(issue.line == 2, "\(field)")
    }
  }

  @Test("a paragraph, heading or bullet longer than the text limit is an error at its line")
  func tooLongText() throws {
    let long = String(repeating: "word ", count: PackLimits.maxTextBytes / 5 + 1)
    for block in ["  - text: ", "  - heading: ", "  - bullets:\n      - "] {
      // Its only block: refusing it must not also report the body as missing.
      let topic = "id: a\ntitle: A\nbody:\n\(block)\(long)\n"
      let issues = Self.errors(PackLoader.check(Support.pack(["topics/a.yaml": topic])).1)
      let issue = try #require(issues.first, "\(block)")
      #expect(issues.count == 1, "\(issues)")
      #expect(issue.message.contains("may hold at most 1024 KB"), "\(issue)")
      #expect(issue.line == (block.contains("bullets") ? 5 : 4), "\(block)")
    }
  }

  @Test("a pack without pack.yaml is an error")
  func missingManifest() {
    let source = PackSource(name: "empty", files: [("topics/a.yaml", Support.page("a"))])
    let (pack, issues) = PackLoader.check(source)
    #expect(pack == nil)
    #expect(issues.first?.message.contains("pack.yaml") == true)
  }
}

@Suite("Cleaning and parsing page text")
struct TextTests {
  @Test("the sanitizer shows ESC as a visible symbol")
  func escapeBecomesSymbol() {
    #expect(Sanitizer.clean("\u{1B}[31mred") == "\u{241B}[31mred")
  }

  @Test("the sanitizer strips bidi overrides and other control characters")
  func bidiIsStripped() {
    #expect(Sanitizer.clean("a\u{202E}b\u{2066}c\u{200F}d") == "abcd")
    #expect(Sanitizer.clean("bell\u{07}s") == "bells")
    #expect(Sanitizer.clean("two\nlines\tand  tabs ") == "two lines and tabs")
  }

  @Test("text loaded from a pack is sanitized")
  func loadedTextIsSanitized() throws {
    let topic = "id: a\ntitle: \"Evil\\e]0;pwned\\a title\"\nbody:\n  - text: Hi.\n"
    let pack = try PackLoader.load(Support.pack(["topics/a.yaml": topic]))
    #expect(pack.topics["a"]?.title == "Evil\u{241B}]0;pwned title")
  }

  @Test("the inline parser reads emphasis and links between plain text")
  func emphasisAndLinks() {
    #expect(
      InlineParser.parse("Read *this* and [that page](skills/code) now.") == [
        .text("Read "), .emphasis("this"), .text(" and "),
        .link(label: "that page", target: "skills/code"), .text(" now."),
      ])
  }

  @Test("the inline parser leaves unclosed markup as literal text")
  func unclosedMarkup() {
    #expect(InlineParser.parse("a * b") == [.text("a * b")])
    #expect(InlineParser.parse("**") == [.text("**")])
    #expect(InlineParser.parse("[label](open") == [.text("[label](open")])
    #expect(InlineParser.parse("[label] (x)") == [.text("[label] (x)")])
    #expect(InlineParser.parse("[two words](a b)") == [.text("[two words](a b)")])
    #expect(InlineParser.parse("[](x) [y]()") == [.text("[](x) [y]()")])
    #expect(InlineParser.parse("end [") == [.text("end [")])
  }

  @Test("the inline parser cuts text with wide and combined characters at the markup only")
  func markupBesideNonASCIIText() {
    #expect(
      InlineParser.parse("日本*語*é [café](c) 👩🏽‍💻*") == [
        .text("日本"), .emphasis("語"), .text("é "), .link(label: "café", target: "c"),
        .text(" 👩🏽‍💻*"),
      ])
    #expect(
      InlineParser.parse("*a*[b](c)*d*") == [
        .emphasis("a"), .link(label: "b", target: "c"), .emphasis("d"),
      ])
  }

  @Test("the inline parser keeps an empty string empty")
  func emptyText() {
    #expect(InlineParser.parse("").isEmpty)
  }
}

@Suite("Pack sizes")
struct PackSizeTests {
  @Test func aPackOverTheLimitIsRefusedWithAClearMessage() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(repeating: 0x61, count: 2048).write(to: folder.appendingPathComponent("pack.yaml"))
    #expect(throws: PackSourceError.tooLarge(folder.path, limit: 1024)) {
      try PackSource.directory(folder.path, maxBytes: 1024)
    }
    #expect(
      PackSourceError.tooLarge("x", limit: 32 * 1024 * 1024).description
        == "x: the pack is larger than the limit of 32 MB")
  }

  @Test func aOneMegabytePackLoads() throws {
    var files: [(path: String, text: String)] = [
      (
        "pack.yaml",
        "id: big\ntitle: Big\nversion: \"1\"\nlanguage: en\nhome:\n"
          + (0..<200).map { "  - topic: t\($0)\n" }.joined()
      )
    ]
    let paragraph = String(
      repeating: "Plain words about developer relations and community. ", count: 20)
    for index in 0..<200 {
      let body = (0..<5).map { _ in "  - text: \(paragraph)\n" }.joined()
      files.append(
        ("topics/t\(index).yaml", "id: t\(index)\ntitle: Topic \(index)\nbody:\n\(body)"))
    }
    #expect(files.map(\.text.utf8.count).reduce(0, +) > 1_000_000)
    let pack = try PackLoader.load(PackSource(name: "big", files: files))
    #expect(pack.topics.count == 200)
  }
}
