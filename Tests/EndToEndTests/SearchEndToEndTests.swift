import Foundation
import Testing

/// Search through the real binary (issues 29 and 32): the everyday questions find the page that
/// answers them among the first three topics, a typo gets a suggestion on stderr, `search`
/// lists what the search line lists, and a pasted 100 KB search line answers in bounded time.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct SearchEndToEndTests {
  func search(_ words: String) throws -> Spawn.Result {
    let home = FileManager.default.temporaryDirectory.path
    return try Spawn.run(
      try TmuxSession.guideBinary().path, ["search", words],
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "SWIFT_BACKTRACE": "interactive=no",
      ])
  }

  /// The topics `search` lists, best first, each once (a quiz question shares its topic's id).
  func topics(_ words: String) throws -> [String] {
    var seen: [String] = []
    for line in try search(words).output.split(separator: "\n") {
      let id = String(line.prefix { $0 != "\t" })
      if !seen.contains(id) { seen.append(id) }
    }
    return seen
  }

  /// The questions of issue 29, as a new reader types them, and the page that answers each.
  static let questions: [(String, String)] = [
    ("salaries", "career/pay"),
    ("compensation", "career/pay"),
    ("conferences", "craft/talk-proposals"),
    ("public speaking", "craft/giving-talks"),
    ("burned out", "career/sustainable"),
    ("introvert", "faq"),
    ("DevRel vs marketing", "faq"),
    ("can I go back to engineering", "faq"),
    ("how much will I code", "faq"),
    ("moderation", "craft/moderation"),
    ("CFP", "craft/talk-proposals"),
  ]

  @Test(arguments: questions)
  func anEverydayQuestionFindsItsPageAmongTheFirstThree(words: String, page: String) throws {
    let found = try topics(words)
    #expect(found.prefix(3).contains(page), "\(words): \(found.prefix(5))")
  }

  /// Whole words only: the near misses of the issue no longer match inside other words.
  @Test func wordsNeverMatchInsideOtherWords() throws {
    let back = try search("back").output.split(separator: "\n")
    #expect(!back.isEmpty)
    let whole = try Regex(#"(?i)\bback(s|ed|ing)?\b"#)
    for line in back {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(fields.count == 4 && (fields[1] + " " + fields[2]).contains(whole), "\(line)")
    }
    #expect(try search("eed").status == 1, "the inside of \"feedback\"")
    let burn = try search("burn out").output
    #expect(!burn.contains("second burning questi"), "\(burn)")
    #expect(try topics("burn out").first == "career/sustainable")
  }

  @Test func aTypoGetsASuggestionOnStderrAndExits1() throws {
    let result = try search("salries")
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.errors.hasPrefix("devrel-guide: No matches for 'salries'. Did you mean: salary"))
  }

  /// The search line's list, once a space ends the last word, is `search`'s list: the same
  /// topics, in the same order, with the same counts of further matches.
  @Test(arguments: ["public speaking", "burned out", "moderation", "DevRel vs marketing"])
  func theSearchLineListsWhatSearchPrints(words: String) throws {
    let printed = try search(words).output.split(separator: "\n").map {
      let fields = $0.split(separator: "\t", omittingEmptySubsequences: false)
      let more = Int(fields[3]) ?? 0
      return more > 0 ? "\(fields[1]) (\(more) more)" : String(fields[1])
    }
    #expect(!printed.isEmpty)
    let session = try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path, "--home"], columns: 200, rows: 60)
    try session.waitFor("q quit")
    try session.sendKeys("/")
    try session.sendLiteral(words + " ")
    let summary = printed.count == 1 ? "1 match" : "\(printed.count) matches"
    _ = try session.waitFor(summary)
    // The summary can be drawn before the rows under it on a busy machine: wait for the last
    // title the window is expected to hold.
    let last = printed[min(printed.count, 10) - 1]
    let screen = try session.waitFor(String(last.prefix(10)))
    let start = try #require(screen.firstIndex { $0.contains(summary) }) + 2
    var shown: [String] = []
    for row in screen[start...] {
      var text = row.trimmingCharacters(in: .whitespaces)
      if text.isEmpty || text.hasPrefix("↓") { break }
      if text.hasPrefix("› ") { text.removeFirst(2) }
      // The title column ends at two spaces; a title too long for it ends in an ellipsis.
      shown.append(text.range(of: "  ").map { String(text[..<$0.lowerBound]) } ?? text)
    }
    #expect(shown.count >= min(printed.count, 10), "\(shown)")
    for (title, expected) in zip(shown, printed) {
      if title.hasSuffix("…") {
        #expect(title.count > 10 && expected.hasPrefix(title.dropLast()), "\(title): \(expected)")
      } else {
        #expect(title == expected)
      }
    }
  }

  /// Issue 32, item 4: a paste of 100 KB into the search line took 123 s, and every key after
  /// it as long again. Only its first words are read now: the results come at once, and so
  /// does the next key's.
  @Test func aHundredKilobytePasteIntoTheSearchLineAnswersQuickly() throws {
    let session = try TmuxSession(
      arguments: [try TmuxSession.guideBinary().path, "--home"], columns: 80, rows: 24)
    try session.waitFor("q quit")
    try session.sendKeys("/")
    try session.waitFor("Type a word")
    let words = String(repeating: "community talks ", count: 6_250)
    #expect(words.utf8.count == 100_000)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dg-paste-\(UUID().uuidString)")
    try Data(words.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let clock = ContinuousClock()
    let start = clock.now
    try session.paste(file: file)
    // Generous for a debug build on a busy machine; the quadratic line took minutes.
    try session.waitFor("match", timeout: .seconds(20))
    #expect(clock.now - start < .seconds(20))
    let typed = clock.now
    try session.sendLiteral("z")
    try session.waitUntil("the key typed after the paste", timeout: .seconds(10)) { screen in
      screen.count > 2 && screen[2].trimmingCharacters(in: .whitespaces).hasSuffix("talks z")
    }
    #expect(clock.now - typed < .seconds(10))
    #expect(session.isRunning())
  }
}
