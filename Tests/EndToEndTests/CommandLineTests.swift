import Foundation
import Testing

/// Every subcommand run as a script would: output on stdout, diagnostics on stderr, the
/// documented exit codes, and never an escape sequence in a pipe.
@Suite("The command line")
struct CommandLineTests {
  let data = FileManager.default.temporaryDirectory
    .appendingPathComponent("devrel-guide-cli-\(UUID().uuidString)")

  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let examplePack = repository.appendingPathComponent("examples/oncall-guide").path

  func run(_ arguments: String..., input: String = "", locale: String = "C.UTF-8") throws
    -> Spawn.Result
  {
    try Spawn.run(
      try TmuxSession.guideBinary().path, arguments,
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": data.path, "LANG": locale, "LC_ALL": locale,
        "XDG_DATA_HOME": data.appendingPathComponent("share").path,
        "XDG_STATE_HOME": data.appendingPathComponent("state").path,
        "SWIFT_BACKTRACE": "interactive=no",
      ], stdin: Data(input.utf8))
  }

  func expectNoEscape(_ result: Spawn.Result, _ comment: Comment? = nil) {
    #expect(!result.stdout.contains(0x1B), comment)
    #expect(!result.stderr.contains(0x1B), comment)
  }

  @Test func topicsListsIdTabTitleInMenuOrder() throws {
    let result = try run("topics")
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.first == "what-is-devrel\tWhat is DevRel?")
    #expect(lines.contains("skills/community\tCommunity"))
    #expect(lines.allSatisfy { $0.split(separator: "\t").count == 2 })
    expectNoEscape(result)
  }

  @Test func showWrapsATopicToTheWidthAsked() throws {
    let result = try run("show", "what-is-devrel", "--width", "50")
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("What is DevRel?\n───"))
    #expect(result.output.contains("Developer Relations"))
    for line in result.output.split(separator: "\n") where line.count > 50 {
      #expect(Self.isAnAddressAlone(line), "\(line)")
    }
    #expect(result.errors.isEmpty)
    expectNoEscape(result)
  }

  /// A line that overflows the width only to keep a web address whole: the address, perhaps
  /// a bullet or an indent before it and punctuation round it, and nothing else.
  static func isAnAddressAlone(_ line: Substring) -> Bool {
    var text = line.drop { $0 == " " }
    if text.hasPrefix("• ") { text = text.dropFirst(2) }
    return text.contains("://") && !text.contains(" ")
  }

  /// `show` never splits a web address: each of the topic's addresses is printed whole, and a
  /// line longer than the width holds one address alone.
  @Test(arguments: [20, 40, 79])
  func showNeverSplitsAWebAddress(width: Int) throws {
    let topic = "career/market"
    let json = try run("show", topic, "--format", "json")
    let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
    let links = try #require(object?["links"] as? [[String: Any]])
    let addresses = links.compactMap { $0["url"] as? String }
    #expect(addresses.contains { $0.count > 79 }, "the topic has an address longer than 79")
    let result = try run("show", topic, "--width", String(width))
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    for address in addresses {
      #expect(lines.contains { $0.contains(address) }, "\(address) split at \(width)")
    }
    for line in lines where line.count > width {
      #expect(Self.isAnAddressAlone(line), "\(line) at \(width)")
    }
  }

  @Test func showAnUnknownTopicSuggestsCloseIdsAndExits64() throws {
    let result = try run("show", "skils/comunity")
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.errors.contains("Did you mean: skills/community"))
  }

  @Test func showAsMarkdownAndJSON() throws {
    let markdown = try run("show", "duties", "--format", "markdown")
    #expect(
      markdown.output.hasPrefix(
        "# What does a DevRel do?\n\n*Checked December 2026*\n\n## Why developers matter"))
    let json = try run("show", "duties", "--format", "json")
    let object = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
    #expect(object?["id"] as? String == "duties")
    #expect((object?["body"] as? [Any])?.isEmpty == false)
  }

  @Test func searchPrintsTabSeparatedHitsOrExits1() throws {
    let hits = try run("search", "MEETUP")
    #expect(hits.status == 0)
    let lines = hits.output.split(separator: "\n")
    #expect(!lines.isEmpty)
    var topics: Set<String> = []
    for line in lines {
      // ID, title, the best passage, how many other passages of the topic matched.
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(fields.count == 4)
      guard fields.count == 4 else { continue }
      #expect((fields[1] + fields[2]).lowercased().contains("meetup"))
      #expect(Int(fields[3]).map { $0 >= 0 } == true, "\(fields[3])")
      // A topic, or a quiz question on it, once each.
      #expect(topics.insert("\(fields[0])\t\(fields[1])").inserted, "\(fields[0])")
    }
    let none = try run("search", "xylophone-quartz")
    #expect(none.status == 1)
    #expect(none.stdout.isEmpty)
    #expect(none.errors.hasPrefix("devrel-guide: No matches for 'xylophone-quartz'."))
  }

  /// A pack of `count` topics, each one bullet holding "community", in menu order.
  static func writeManyTopicsPack(_ count: Int) throws -> URL {
    let pack = FileManager.default.temporaryDirectory.appendingPathComponent(
      "devrel-guide-many-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: pack.appendingPathComponent("topics"), withIntermediateDirectories: true)
    let home = (0..<count).map { "  - topic: t\($0)\n" }.joined()
    try Data("id: many\ntitle: Many\nversion: \"1\"\nlanguage: en\nhome:\n\(home)".utf8)
      .write(to: pack.appendingPathComponent("pack.yaml"))
    for index in 0..<count {
      let topic =
        "id: t\(index)\ntitle: Topic \(index)\nbody:\n  - bullets:\n"
        + "    - item \(index) about community and code\n    - nothing here\n"
      try Data(topic.utf8).write(to: pack.appendingPathComponent("topics/t\(index).yaml"))
    }
    return pack
  }

  /// A word in every topic of a big pack: the first thousand topics are printed, one a line
  /// on stdout as before, and stderr says how many more there are.
  @Test func searchPrintsAThousandHitsAndSaysHowManyMore() throws {
    let pack = try Self.writeManyTopicsPack(1_500)
    defer { try? FileManager.default.removeItem(at: pack) }
    let result = try run("search", "--content", pack.path, "community")
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 1_000)
    #expect(lines.first == "t0\tTopic 0\titem 0 about community and code\t0")
    #expect(lines.last == "t999\tTopic 999\titem 999 about community and code\t0")
    #expect(result.errors == "devrel-guide: … and 500 more; refine the search\n")
    let ascii = try run("search", "--content", pack.path, "community", locale: "C")
    #expect(ascii.errors == "devrel-guide: ... and 500 more; refine the search\n")
  }

  /// Answers for `quiz --plain`: per activity, in the order asked, enjoyment 1-5 then
  /// experience 1-4.
  static func answers(_ pairs: [(Int, Int)]) -> String {
    pairs.map { "\($0.0)\n\($0.1)\n" }.joined()
  }

  /// A backend developer who avoids the stage: loves building and tooling, drained by talks,
  /// travel and public criticism (activities in roles.yaml order).
  static let backend = answers([
    (1, 1), (3, 2), (5, 4), (4, 3), (2, 1), (2, 1), (2, 1), (3, 2), (1, 1), (2, 1), (2, 1),
    (4, 3), (3, 2), (1, 1), (2, 1), (3, 1), (5, 4), (2, 1),
  ])
  /// A writer who runs a meetup: loves tutorials, docs and the meetup, has done them often.
  static let writer = answers([
    (3, 2), (5, 4), (2, 2), (4, 3), (4, 3), (5, 4), (3, 1), (4, 2), (2, 1), (2, 1), (4, 1),
    (3, 1), (5, 4), (2, 1), (4, 2), (2, 1), (1, 1), (2, 1),
  ])
  /// Someone unsure of everything: no strong feeling about any activity, done none.
  static let unsure = String(repeating: "3\n1\n", count: 18)

  @Test func aBackendDeveloperWhoAvoidsTheStageIsToldDevRelFitsLessThanItsNeighbours() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let quiz = try run("quiz", "--plain", input: Self.backend)
    #expect(quiz.status == 0)
    #expect(quiz.output.contains("Question 36 of 36"))
    #expect(
      quiz.output.contains(
        "Closest in DevRel: Developer experience (DX) engineer (70); outside it,\nSoftware"
          + " engineer (86) fits better."))
    #expect(quiz.output.contains("Developer advocate (36): drains you: giving a talk"))
    expectNoEscape(quiz)
    let json = try run("results", "--format", "json", "--last")
    let attempts = try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]]
    let roles = attempts?.first?["roles"] as? [[String: Any]] ?? []
    #expect(
      roles.prefix(3).compactMap { $0["id"] as? String } == [
        "software-engineer", "platform-engineer", "dx-engineer",
      ])
    #expect(roles.prefix(3).compactMap { $0["fit"] as? Int } == [86, 82, 70])
    #expect((attempts?.first?["readiness"] as? [String: Int])?["dx-engineer"] == 60)
    #expect(attempts?.first?["form"] as? String == "assessment")
    // The plan follows the closest DevRel role, and never starts with a talk.
    let plan = try run("plan")
    #expect(plan.output.hasPrefix("Your plan for Developer experience (DX) engineer"))
    #expect(!plan.output.contains("lightning"))
  }

  @Test func aWriterWhoRunsAMeetupFitsTechnicalWritingThenCommunityAndTeaching() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let quiz = try run("quiz", "--plain", input: Self.writer)
    #expect(quiz.status == 0)
    #expect(quiz.output.contains("Best fit: Technical writer (86)."))
    let json = try run("results", "--format", "json", "--last")
    let attempts = try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]]
    let roles = attempts?.first?["roles"] as? [[String: Any]] ?? []
    #expect(roles.first?["id"] as? String == "technical-writer")
    #expect(
      Set(roles.dropFirst().prefix(2).compactMap { $0["id"] as? String }) == [
        "community-manager", "developer-educator",
      ])
    let markdown = try run("results", "--format", "markdown")
    #expect(markdown.output.contains("| Technical writer | 86 |"))
    let plan = try run("plan", "--role", "community-manager")
    #expect(plan.output.hasPrefix("Your plan for Community manager"))
    #expect(plan.output.contains("Running a champions or ambassador programme"))
  }

  @Test func someoneUnsureOfEverythingGetsNoRankingAndAPlanForTheRoleTheyChoose() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let quiz = try run("quiz", "--plain", input: Self.unsure)
    #expect(quiz.status == 0)
    #expect(quiz.output.contains("No clear lean: you rated the activities much alike"))
    #expect(!quiz.output.contains("Roles that fit you"))
    #expect(!quiz.output.contains("Roles to avoid"))
    for area in ["Code", "Content", "Community", "Communication"] {
      let bar = quiz.output.range(of: "\(area) +█+░+  25\n", options: .regularExpression)
      #expect(bar != nil, "\(area)")
    }
    let plan = try run("plan")
    #expect(plan.output.contains("no clear lean"))
    let chosen = try run("plan", "--role", "developer-advocate")
    #expect(chosen.output.hasPrefix("Your plan for Developer advocate"))
    #expect(chosen.output.contains("which you chose"))
    let unknown = try run("plan", "--role", "astronaut")
    #expect(unknown.status == 64)
  }

  /// The right answer of each of the bundled check's questions, in order.
  static let checkRight = "3\n1\n4\n2\n4\n3\n1\n2\n4\n2\n1\n3\n1\n2\n3\n4\n"

  @Test func aPlainCheckNamesThePagesToRereadIsSavedApartAndMakesNoPlan() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let perfect = try run("check", "--plain", input: Self.checkRight)
    #expect(perfect.status == 0)
    #expect(perfect.output.contains("Question 16 of 16"))
    #expect(perfect.output.contains("From the page How DevRel is measured."))
    #expect(perfect.output.contains("16 of 16 right"))
    #expect(perfect.output.contains("Every question answered right: nothing to reread."))
    // Two wrong answers (the first and the eighth question), the rest right.
    var answers = Self.checkRight.split(separator: "\n").map(String.init)
    answers[0] = "1"
    answers[7] = "1"
    let missed = try run("check", "--plain", input: answers.joined(separator: "\n") + "\n")
    #expect(missed.status == 0)
    #expect(missed.output.contains("14 of 16 right\nThe check before: 16 → 14\n"))
    #expect(
      missed.output.contains(
        "Pages worth reading again\n• Roles and titles\n• How DevRel is measured\n"))
    let json = try run("results", "--format", "json", "--last")
    let saved = try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]]
    #expect(saved?.first?["form"] as? String == "check")
    #expect(saved?.first?["reread"] as? [String] == ["career/roles", "career/measuring"])
    #expect(saved?.first?["roles"] == nil, "a check ranks no roles")
    let plan = try run("plan")
    #expect(plan.status == 1, "a check is no attempt to plan from")
    let cut = try run("check", "--plain", input: "3\n")
    #expect(cut.status == 66)
    #expect(cut.errors.contains("the check is not saved"))
  }

  @Test func aPlainQuizCutShortExits66() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let quiz = try run("quiz", "--plain", input: "3\n3\n")
    #expect(quiz.status == 66)
    #expect(quiz.errors.contains("input ended"))
  }

  @Test func planBeforeAnyQuizExits1AndAfterOneListsTheGrowthAreas() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let before = try run("plan")
    #expect(before.status == 1)
    #expect(before.errors.contains("no saved attempts yet"))
    #expect(before.output.isEmpty)
    let quiz = try run("quiz", "--plain", input: Self.backend)
    #expect(quiz.status == 0)
    let plan = try run("plan")
    #expect(plan.status == 0)
    #expect(plan.output.hasPrefix("Your plan for Developer experience (DX) engineer (from your"))
    #expect(plan.output.contains("\nEditing documentation and keeping it correct\n"))
    #expect(plan.output.split(separator: "\n").allSatisfy { $0.count <= 79 })
    expectNoEscape(plan)
    let json = try run("plan", "--format", "json")
    let report = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
    #expect(report?["basis"] as? String == "role")
    #expect(report?["role"] as? String == "dx-engineer")
    #expect((report?["actions"] as? [Any])?.count == report?["total"] as? Int)
    let markdown = try run("plan", "--format", "markdown")
    #expect(markdown.output.contains("- [ ] "))
  }

  @Test func planOnAPackWithoutAPlanExits65() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let pack = data.appendingPathComponent("pack")
    try FileManager.default.createDirectory(
      at: pack.appendingPathComponent("topics"), withIntermediateDirectories: true)
    try "id: p\ntitle: P\nversion: \"1\"\nlanguage: en\nhome:\n  - topic: a\n".write(
      to: pack.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    try "id: a\ntitle: A\nbody:\n  - text: Hi.\n".write(
      to: pack.appendingPathComponent("topics/a.yaml"), atomically: true, encoding: .utf8)
    let plan = try run("--content", pack.path, "plan")
    #expect(plan.status == 65)
    #expect(plan.errors.contains("no plan.yaml"))
  }

  @Test func resultsWithNothingSavedExits1() throws {
    let results = try run("results")
    #expect(results.status == 1)
    #expect(results.errors.contains("no saved attempts"))
  }

  @Test func withoutATerminalTheGuidePrintsAnOverview() throws {
    let result = try run()
    #expect(result.status == 0)
    #expect(result.output.contains("Topics:"))
    #expect(result.output.contains("devrel-guide show ID"))
    expectNoEscape(result)
  }

  @Test func versionHelpAndCompletionsWork() throws {
    #expect(try run("--version").output == "0.2.0\n")
    let help = try run("--help")
    #expect(help.output.contains("65 bad content pack"))
    for shell in ["bash", "zsh", "fish"] {
      let script = try run("--generate-completion-script", shell)
      #expect(script.status == 0)
      #expect(script.output.contains("devrel-guide"))
    }
  }

  @Test func anUnknownOptionIsAUsageError() throws {
    let result = try run("topics", "--no-such-option")
    #expect(result.status == 64)
    #expect(result.errors.contains("no-such-option"))
  }

  @Test func aNonUTF8LocaleGetsASCIIText() throws {
    let result = try run("show", "skills/in-detail", locale: "C")
    #expect(result.status == 0)
    #expect(result.stdout.allSatisfy { $0 < 0x80 })
    #expect(result.output.contains("Technical expertise -> Code"))
  }

  // MARK: - Content packs

  @Test func theExamplePackRunsEveryCommand() throws {
    let topics = try run("--content", Self.examplePack, "topics")
    #expect(topics.output == "on-call\tWhat is on-call?\npreparing\tPreparing for a shift\n")
    #expect(try run("show", "preparing", "--content", Self.examplePack).output.contains("runbooks"))
    #expect(try run("validate", Self.examplePack).status == 0)
  }

  @Test func validateReportsEveryProblemWithItsPlace() throws {
    let folder = data.appendingPathComponent("bad-pack")
    defer { try? FileManager.default.removeItem(at: data) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("topics"), withIntermediateDirectories: true)
    try "id: bad\ntitle: Bad\nversion: \"1\"\nlanguage: en\nhome:\n  - topic: missing\n".write(
      to: folder.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    try "id: a\ntitle: [unclosed\n".write(
      to: folder.appendingPathComponent("topics/a.yaml"), atomically: true, encoding: .utf8)
    let result = try run("validate", folder.path)
    #expect(result.status == 65)
    #expect(
      result.errors.contains(
        "\(folder.path)/pack.yaml:6:12: error: menu entry names unknown topic `missing`"))
    // The list opens on line 2, where the `]` is missing; libyaml notices only at the end.
    #expect(result.errors.contains("\(folder.path)/topics/a.yaml:2:8: error: YAML syntax"))
    let start = try run("--content", folder.path)
    #expect(start.status == 65, "a bad pack stops the guide before it takes the screen")
    #expect(start.errors.contains("unknown topic `missing`"))
    expectNoEscape(start)
    #expect(try run("validate", data.appendingPathComponent("nowhere").path).status == 66)
  }

  /// The posting reader's roles are the assessment's, so a reading can say how its closest
  /// role fits the reader: a role id `roles.yaml` does not know stops the pack.
  @Test func validateRefusesAPostingRoleTheAssessmentDoesNotKnow() throws {
    let folder = try QuizFormPack.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: Self.repository.appendingPathComponent("Resources/guide/roles.yaml"),
      to: folder.appendingPathComponent("roles.yaml"))
    #expect(try run("validate", folder.path).status == 0)
    let posting = folder.appendingPathComponent("posting.yaml")
    let text = try String(contentsOf: posting, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0 == "  - id: dx-engineer" })
    try text.replacingOccurrences(of: "  - id: dx-engineer\n", with: "  - id: dx-engineeer\n")
      .write(to: posting, atomically: true, encoding: .utf8)
    let result = try run("validate", folder.path)
    #expect(result.status == 65)
    #expect(
      result.errors.contains(
        "\(folder.path)/posting.yaml:\(line + 1):9: error: role `dx-engineeer` is not in "
          + "roles.yaml (did you mean `dx-engineer`?)"), "\(result.errors)")
  }

  @Test func controlCharactersInAPackNeverReachTheOutput() throws {
    let folder = data.appendingPathComponent("hostile")
    defer { try? FileManager.default.removeItem(at: data) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("topics"), withIntermediateDirectories: true)
    let pack =
      "id: hostile\ntitle: \"Evil \\e]0;owned\\a title\"\nversion: \"1\"\nlanguage: en\nhome:\n  - topic: x\n"
    try pack.write(
      to: folder.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    var topic = Data(
      "id: x\ntitle: \"Clear \\e[2J screen \\u202E reversed\"\nbody:\n  - text: \"bell \\a and \\e[31mred\\e[0m and bytes "
        .utf8)
    topic += Data([0xFF, 0xFE])
    topic += Data("\"\n".utf8)
    try topic.write(to: folder.appendingPathComponent("topics/x.yaml"))
    // "red" is glued to the escape's "[31m", so search for a whole word of the same line.
    for arguments in [["topics"], ["show", "x"], ["search", "bell"], []] {
      let result = try Spawn.run(
        try TmuxSession.guideBinary().path, ["--content", folder.path] + arguments,
        environment: ["PATH": "/usr/bin:/bin", "HOME": data.path, "LANG": "C.UTF-8"])
      #expect(result.status == 0, "\(arguments): \(result.errors)")
      expectNoEscape(result, "\(arguments)")
      #expect(!result.stdout.contains(0x07))
      #expect(!result.output.contains("\u{202E}"))
    }
    let shown = try run("--content", folder.path, "show", "x")
    #expect(shown.output.contains("Clear ␛[2J screen reversed"))
  }

  // MARK: - What --help, the README and the options promise

  @Test func helpListsEveryTopLevelOptionTheReadmeShows() throws {
    let help = try run("--help")
    #expect(help.status == 0)
    for option in [
      "--content", "--color", "--theme", "--no-mouse", "--ascii", "--home", "--plain", "--version",
    ] {
      #expect(help.output.contains(option), "\(option) is not in --help")
    }
    #expect(try run("--version").output == "0.2.0\n")
  }

  @Test func anUnknownOptionShowsTheMainUsageAndExits64() throws {
    let result = try run("--bogus")
    #expect(result.status == 64)
    #expect(result.errors.contains("Unknown option '--bogus'"))
    #expect(result.errors.contains("Usage: devrel-guide [--content <dir>]"))
    #expect(!result.errors.contains("devrel-guide open"))
    let inShow = try run("show", "--bogus")
    #expect(inShow.errors.contains("Usage: devrel-guide show"), "a subcommand's own usage")
  }

  @Test func colourAlwaysColoursShowAndSearchAndNeverOrAPipeDoNot() throws {
    let show = try run("--color", "always", "show", "skills")
    #expect(show.output.hasPrefix("\u{1B}[1;36mSkills: the 4C's\u{1B}[0m\n"))
    let search = try run("--color", "always", "search", "meetup")
    #expect(search.status == 0)
    #expect(search.output.contains("\u{1B}[1;31m"), "matches are marked")
    expectNoEscape(try run("show", "skills"), "auto, in a pipe")
    expectNoEscape(try run("--color", "never", "search", "meetup"))
  }

  @Test func showWrapsEveryLineIncludingMenuEntriesToTheWidthAsked() throws {
    for width in [20, 40] {
      let result = try run("show", "skills", "--width", String(width))
      #expect(result.status == 0)
      #expect(result.output.contains("[skills/community]"))
      for line in result.output.split(separator: "\n") {
        #expect(line.count <= width, "\(line) at \(width)")
      }
    }
    #expect(try run("show", "skills", "--width", "10").status == 64)
  }

  @Test func theTimingsExampleInTheReadmeFindsSomethingAndExits0() throws {
    let readme = try String(
      contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let example = try #require(
      readme.split(separator: "\n").first { $0.hasPrefix("DEVREL_GUIDE_TIMINGS=1 devrel-guide") })
    let arguments = example.split(separator: " ").dropFirst(2).prefix { $0 != ">/dev/null" }
      .map { $0 == "examples/oncall-guide" ? Self.examplePack : String($0) }
    let result = try Spawn.run(
      try TmuxSession.guideBinary().path, arguments,
      environment: ["PATH": "/usr/bin:/bin", "HOME": data.path, "DEVREL_GUIDE_TIMINGS": "1"])
    #expect(result.status == 0, "\(example)")
    #expect(result.errors.contains("devrel-guide: timing: search query"))
  }

  @Test(arguments: [["quiz", "--plain"], ["--plain"]])
  func thePlainModesShowEachPromptBeforeReadingOverPipes(arguments: [String]) throws {
    let program = try PipedProgram(
      try TmuxSession.guideBinary().path, arguments,
      environment: ["PATH": "/usr/bin:/bin", "HOME": data.path, "LANG": "C.UTF-8"])
    defer { program.close() }
    #expect(try program.read(until: "> ") != nil, "the first prompt arrives while input is open")
    try program.write("1\n")
    let after = try program.read(until: "> ")
    #expect(after?.contains(arguments == ["--plain"] ? "What is DevRel?" : "Question 2 of") == true)
  }
}

/// A program whose standard input and output are pipes that stay open, so a test can read a
/// prompt before it answers (as a program driving the guide would).
final class PipedProgram {
  let pid: pid_t
  let input: Int32
  let output: Int32
  private var received = Data()

  init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw POSIXError(.EMFILE) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    for descriptor in toChild + fromChild {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var child = pid_t()
    let status = posix_spawn(&child, executable, &actions, nil, argv, envp)
    Glibc.close(toChild[0])
    Glibc.close(fromChild[1])
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .ENOENT) }
    pid = child
    input = toChild[1]
    output = fromChild[0]
  }

  /// The output received so far once it ends with `suffix`, polling up to `seconds`; nil if it
  /// never does. What was read is consumed.
  func read(until suffix: String, seconds: Double = 10) throws -> String? {
    let deadline = Date().addingTimeInterval(seconds)
    var buffer = [UInt8](repeating: 0, count: 4096)
    while Date() < deadline {
      var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 100) > 0 else { continue }
      let count = Glibc.read(output, &buffer, buffer.count)
      if count <= 0 { break }
      received.append(contentsOf: buffer[0..<count])
      let text = String(decoding: received, as: UTF8.self)
      if text.hasSuffix(suffix) {
        received.removeAll()
        return text
      }
    }
    return nil
  }

  func write(_ text: String) throws {
    let bytes = Array(text.utf8)
    guard Glibc.write(input, bytes, bytes.count) == bytes.count else { throw POSIXError(.EPIPE) }
  }

  /// Closes input (the program sees the end of it) and reaps the program.
  func close() {
    Glibc.close(input)
    Glibc.close(output)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
  }
}
