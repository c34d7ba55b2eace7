import Foundation
import Testing

/// `devrel-guide posting` run as a script would: the reading on stdout, the documented exit
/// codes, and nothing from the posting reaching the output raw.
@Suite("The posting command")
struct PostingCommandTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let corpus = repository.appendingPathComponent("Tests/PostingCorpus").path
  let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("devrel-guide-posting-\(UUID().uuidString)")

  func run(_ arguments: String..., input: Data = Data()) throws -> Spawn.Result {
    try Spawn.run(
      try TmuxSession.guideBinary().path, arguments,
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": scratch.path, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "SWIFT_BACKTRACE": "interactive=no",
      ], stdin: input)
  }

  func file(_ name: String, _ bytes: Data) throws -> String {
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let url = scratch.appendingPathComponent(name)
    try bytes.write(to: url)
    return url.path
  }

  @Test func aPostingIsReadFromAFileOrStandardInputTheSame() throws {
    let path = Self.corpus + "/technical-writer.txt"
    let fromFile = try run("posting", path)
    let fromInput = try run("posting", "-", input: try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(fromFile.status == 0)
    #expect(fromFile.output == fromInput.output)
    let lines = fromFile.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Reads as: a technical writer job (content-heavy)")
    #expect(lines.contains("What the posting emphasises"))
    #expect(lines.contains("  Content         79%  ████████████████░░░░"))
    #expect(lines.contains("  1. Technical writer"))
    #expect(
      lines.last(where: { !$0.isEmpty })
        == "This is a reading of the posting's words, not a judgement of the job.")
    #expect(lines.allSatisfy { $0.count <= 78 }, "wrapped to 78 columns")
    #expect(
      !lines.contains { $0.hasSuffix("(line") || $0.hasSuffix("(lines") },
      "a place is wrapped whole")
    #expect(
      lines.contains(
        "     (line 9), Markdown (line 7), docs (line 8), release notes (line 8), style"))
  }

  @Test func markdownAndJSONCarryTheSameReading() throws {
    let path = Self.corpus + "/dx-engineer.txt"
    let markdown = try run("posting", path, "--format", "markdown")
    #expect(markdown.status == 0)
    #expect(
      markdown.output.contains(
        "| Code | 90% | SDKs (lines 4, 8), sample apps (line 5), Write code (line 12), "))
    let json = try run("posting", path, "--format", "json")
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
    let emphasis = object?["emphasis"] as? [[String: Any]]
    #expect(emphasis?.compactMap { $0["percent"] as? Int } == [90, 0, 10, 0])
    #expect(object?["relates_to_subject"] as? Bool == true)
  }

  @Test func somethingUnrelatedExits1AndSaysSo() throws {
    let result = try run("posting", Self.corpus + "/not-devrel-line-cook.txt")
    #expect(result.status == 1)
    #expect(
      result.output.hasPrefix(
        "This does not read as a DevRel job: none of its words are ones a DevRel job\nuses.\n"))
  }

  @Test func aMissingFileExits66AndAFileThatIsNotTextExits65() throws {
    let missing = try run("posting", scratch.appendingPathComponent("nope.txt").path)
    #expect(missing.status == 66)
    #expect(missing.errors.hasSuffix("nope.txt does not exist\n"))
    let folder = try run("posting", Self.corpus)
    #expect(folder.status == 66)
    let binary = try run("posting", try file("binary", Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2])))
    #expect(binary.status == 65)
    #expect(binary.errors.contains("not text"))
    let latin1 = try run("posting", "-", input: Data(repeating: 0xE9, count: 200))
    #expect(latin1.status == 65)
    #expect(latin1.output.isEmpty)
  }

  /// Like `cat`, the command reads the path its user gave even through a link or a FIFO
  /// (`devrel-guide posting <(pbpaste)`), but refuses before reading what could never be a
  /// posting or could stream without end.
  @Test func linksAndFIFOsAreReadButDevicesFoldersAndHugeFilesAreRefused() throws {
    let posting = Self.corpus + "/technical-writer.txt"
    let expected = try run("posting", posting)
    #expect(expected.status == 0)
    let link = scratch.appendingPathComponent("link.txt").path
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: posting)
    let linked = try run("posting", link)
    #expect(linked.status == 0)
    #expect(linked.output == expected.output)

    let fifo = scratch.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    // The shell starts a writer (ended by `timeout` should the guide never open the FIFO), then
    // becomes the guide, which waits for the writer's bytes as `cat` would.
    let piped = try Spawn.run(
      "/bin/sh",
      [
        "-c", "timeout 20 cat \"$1\" > \"$2\" & exec \"$0\" posting \"$2\"",
        try TmuxSession.guideBinary().path, posting, fifo,
      ],
      environment: ["PATH": "/usr/bin:/bin", "HOME": scratch.path, "LANG": "C.UTF-8"])
    #expect(piped.status == 0, "\(piped.errors)")
    #expect(piped.output == expected.output)

    let clock = ContinuousClock()
    var zero: Spawn.Result?
    let elapsed = try clock.measure { zero = try run("posting", "/dev/zero") }
    #expect(zero?.status == 66)
    #expect(zero?.errors == "devrel-guide: /dev/zero is a device, not a file\n")
    #expect(elapsed < .seconds(5), "refused without reading: took \(elapsed)")
    let folder = try run("posting", scratch.path)
    #expect(folder.status == 66)
    #expect(folder.errors == "devrel-guide: \(scratch.path) is a folder, not a file\n")

    let huge = try file("huge.txt", Data())
    #expect(truncate(huge, off_t(4 * 1024 * 1024 + 1)) == 0)
    let tooLarge = try run("posting", huge)
    #expect(tooLarge.status == 65)
    #expect(tooLarge.errors == "devrel-guide: \(huge) is larger than 4 MB\n")
    #expect(tooLarge.output.isEmpty)
  }

  @Test func aStrayByteIsRepairedAndEscapesNeverReachTheOutput() throws {
    var hostile = Data("Community Manager \u{1B}]0;owned\u{07}\n\nWe run forums\u{1B}[2J and ".utf8)
    hostile.append(0xE9)
    hostile.append(Data(" meetups.\n".utf8))
    let result = try run("posting", "-", input: hostile)
    #expect(result.status == 0)
    #expect(!result.stdout.contains(0x1B))
    #expect(!result.stderr.contains(0x1B))
    #expect(result.errors.contains("standard input: 1 byte was not UTF-8 and shows as \u{FFFD}"))
    #expect(result.output.contains("  1. Community manager"))
  }

  @Test func theExamplePackReadsPostingsWithItsOwnLexicon() throws {
    let posting = try file(
      "sre.txt", Data("Site Reliability Engineer\n\nJoin our rotation, write runbooks.\n".utf8))
    let pack = Self.repository.appendingPathComponent("examples/oncall-guide").path
    let result = try run("--content", pack, "posting", posting)
    #expect(result.status == 0)
    #expect(result.output.contains("  1. Site reliability engineer"))
    #expect(result.output.contains("  How often you are on call: rotation (line 3)"))
  }

  @Test func afterTheQuizTheReadingSaysHowThePostingMeetsTheScoresAndWhatToDoNext() throws {
    // The quiz's own statements (the pack without its assessment) answered so, then the
    // knowledge questions after them, give these exact 4C's.
    let answers =
      "23513513513424242423".map { "\($0)\n" }.joined() + String(repeating: "1\n", count: 30)
    let pack = try QuizFormPack.make()
    defer { try? FileManager.default.removeItem(at: pack) }
    let quiz = try run("--content", pack.path, "quiz", "--plain", input: Data(answers.utf8))
    #expect(quiz.status == 0)
    // These answers score Code 31, Content 63 (the strongest), Community 25, Communication 44.
    let path = Self.corpus + "/developer-advocate.txt"
    let result = try run("--content", pack.path, "posting", path)
    #expect(result.status == 0)
    #expect(result.output.contains("\nBeside your quiz of "))
    let code = """
        Leans on Code (25%), one of your growth areas (you scored 31): read Code
        (skills/code), The six skills in detail (skills/in-detail), Breaking into
        DevRel (career/breaking-in).
          To do next, from your plan:
          - Build a small project with a tool you would like to represent, publish
            the code, and write down what went wrong as well as what worked.
            a weekend; read Code (skills/code)
          - Answer one question in a forum or an issue tracker for a tool you use,
            with a fix you have tried yourself.
            an evening; read Code (skills/code)

      """
    #expect(result.output.contains(code))
    #expect(
      result.output.contains("\n  Leans on Content (24%), your strongest area (you scored 63).\n"))
    let markdown = try run("--content", pack.path, "posting", path, "--format", "markdown")
    #expect(
      markdown.output.contains(
        "\n  To do next, from your plan:\n  - Build a small project with a tool you would like "
          + "to represent, publish the code, and write down what went wrong as well as what "
          + "worked. *(a weekend; read Code (skills/code))*\n"))
    let json = try run("--content", pack.path, "posting", path, "--format", "json")
    let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
    let notes = object?["beside_your_quiz"] as? [String] ?? []
    #expect(notes.last == "Leans on Content (24%), your strongest area (you scored 63).")
    let actions = object?["plan_actions"] as? [[String: Any]] ?? []
    #expect(
      actions.compactMap { $0["id"] as? String } == [
        "communication-lightning-talk", "communication-explain-back", "communication-record-talk",
        "communication-summarise", "communication-cfp",
        "code-small-project", "code-answer-issues", "code-open-source", "code-live-demo",
        "code-friction-log",
      ])
    #expect(actions.compactMap { $0["dimension"] as? String }.filter { $0 == "code" }.count == 5)
    #expect(actions.first?["effort"] as? String == "month")
    #expect(actions.first?["topic"] as? String == "craft/talk-proposals")
  }

  /// Postings meet the person: the role a posting reads as, with the reader's fit for it from
  /// their last assessment (the results' number and reasons), or one line on how to get one.
  @Test func afterAnAssessmentTheReadingGivesTheFitOfTheRoleItReadsAs() throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let path = Self.corpus + "/developer-advocate.txt"
    let before = try run("posting", path)
    #expect(before.status == 0)
    #expect(
      before.output.hasPrefix(
        "Reads as: a developer advocate job (a mix of Communication and Code)\n"
          + "  Take the self-assessment (devrel-guide quiz) to see how this role fits you.\n\n"))
    let none = try run("posting", path, "--format", "json")
    let noFit = try JSONSerialization.jsonObject(with: none.stdout) as? [String: Any]
    let hint = noFit?["your_fit"] as? [String: Any]
    #expect(hint?["fit"] is NSNull)
    #expect(hint?["role"] as? String == "developer-advocate")

    // The backend developer who avoids the stage: the results give the advocate 36.
    let quiz = try run("quiz", "--plain", input: Data(CommandLineTests.backend.utf8))
    #expect(quiz.status == 0)
    #expect(quiz.output.contains("Developer advocate (36): drains you: giving a talk"))
    let after = try run("posting", path)
    #expect(
      after.output.hasPrefix(
        "Reads as: a developer advocate job (a mix of Communication and Code)\n"
          + "  Your fit for it: 36 of 100. You enjoy: building a sample app, SDK or\n"))
    #expect(
      after.output.contains(
        "Drains you: giving a talk at a conference or meetup; recording a video or\n"))
    let json = try run("posting", path, "--format", "json")
    let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
    let yours = object?["your_fit"] as? [String: Any]
    #expect(yours?["fit"] as? Int == 36)
    #expect(yours?["title"] as? String == "Developer advocate")
    let reasons = yours?["reasons"] as? [String] ?? []
    #expect(reasons.count == 2)
    #expect(
      reasons.last
        == "Drains you: giving a talk at a conference or meetup; recording a video or hosting "
        + "a live stream; travelling to events several times a year.")
    #expect(
      yours?["line"] as? String == "Your fit for it: 36 of 100. " + reasons.joined(separator: " "))
    let markdown = try run("posting", path, "--format", "markdown")
    #expect(markdown.output.contains("**\n\nYour fit for it: 36 of 100. You enjoy: "))
    // A posting that is not a DevRel job names no role, so it says nothing of fit.
    let cook = try run("posting", Self.corpus + "/not-devrel-line-cook.txt")
    #expect(cook.status == 1)
    #expect(!cook.output.contains("fit"))
  }

  @Test func withColourAskedForHeadingsAreBoldAndNothingElseIsPainted() throws {
    let result = try run(
      "posting", Self.corpus + "/technical-writer.txt", "--color", "always")
    #expect(result.status == 0)
    #expect(
      result.output.hasPrefix(
        "\u{1B}[1;36mReads as: a technical writer job (content-heavy)\u{1B}[0m\n"
          + "  Take the self-assessment (devrel-guide quiz) to see how this role fits you.\n\n"
          + "\u{1B}[1;36mWhat the posting emphasises\u{1B}[0m\n"))
    // The verdict and three section titles: "What the posting emphasises", "Closest roles",
    // "Worth asking about".
    #expect(result.output.components(separatedBy: "\u{1B}[1;36m").count == 5)
  }
}
