import Foundation
import GuideApp
import GuideCore
import GuideStore
import GuideTestSupport
import Testing

/// Saved files are outside data: whatever they hold, the guide starts, and nothing the user did
/// is lost to another guide or to a folder that cannot be written.
@Suite("Saved data that is hostile or in the way")
struct SavedDataTests {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("devrel-guide-saved-\(UUID().uuidString)")

  var paths: DataPaths {
    DataPaths(
      dataDirectory: folder.appendingPathComponent("data").path,
      stateDirectory: folder.appendingPathComponent("state").path)
  }

  func write(_ json: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(json.utf8).write(to: url)
  }

  @Test func aScoreOutOfRangeSetsTheHistoryAsideInsteadOfCrashing() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let storage = GuideStorage(paths: paths, packID: "fixture")
    try write(
      #"{"format":1,"document":{"attempts":[{"date":"2026-01-01T00:00:00Z","packID":"fixture","#
        + #""packVersion":"1","answers":{},"scores":{"code":1000}}]}}"#,
      to: storage.history.path)

    let (attempts, notice) = storage.loadAttempts()
    #expect(attempts.isEmpty)
    #expect(
      notice?.hasPrefix(
        "Saved results could not be read; the file was kept as history.json.corrupt-") == true)
  }

  @Test func anEscapeInASavedIdSetsTheFileAside() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let storage = GuideStorage(paths: paths, packID: "fixture")
    try write(
      "{\"format\":1,\"document\":{\"attempts\":[{\"date\":\"2026\",\"packID\":\"fixture\","
        + "\"packVersion\":\"1\",\"answers\":{},\"scores\":{\"x\\u001b]52;c;aGk=\\u0007\":5}}]}}",
      to: storage.history.path)
    #expect(storage.loadAttempts().attempts.isEmpty)
    try write(
      #"{"format":1,"document":{"progress":{"packID":"fixture","packVersion":"1","answers":{},"current":-1}}}"#,
      to: storage.inProgress.path)
    #expect(storage.loadProgress().progress == nil)
  }

  @Test func twoGuidesOpenAtOnceBothKeepTheirMarks() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = GuideStorage(paths: paths, packID: "fixture")
    let second = GuideStorage(paths: paths, packID: "fixture")
    _ = first.loadMarks()
    _ = second.loadMarks()

    #expect(first.saveMarks(["intro": .done]) == nil)
    #expect(second.saveMarks(["skills": .learning]) == nil)
    #expect(first.saveMarks(["intro": .done, "skills/code": .skipped]) == nil)
    // Removing a mark in one guide removes only that mark.
    #expect(second.saveMarks([:]) == nil)

    let merged = GuideStorage(paths: paths, packID: "fixture").loadMarks().marks
    #expect(merged == ["intro": .done, "skills/code": .skipped])
  }

  /// "R y" in one guide once left a mark another guide had saved before it.
  @Test func aResetInOneGuideWinsOverMarksSavedBeforeItInAnother() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = GuideStorage(paths: paths, packID: "fixture")
    let second = GuideStorage(paths: paths, packID: "fixture")
    _ = first.loadMarks()
    _ = second.loadMarks()
    #expect(first.saveMarks(["intro": .done]) == nil)
    #expect(second.saveMarks(["skills": .learning]) == nil)

    #expect(first.resetMarks() == nil)
    #expect(GuideStorage(paths: paths, packID: "fixture").loadMarks().marks == [:])
    // The second guide still shows its old mark; a mark made there after the reset is saved,
    // the old one is not written back.
    #expect(second.saveMarks(["skills": .learning, "skills/talk": .done]) == nil)
    #expect(first.saveMarks(["intro": .skipped]) == nil)
    #expect(
      GuideStorage(paths: paths, packID: "fixture").loadMarks().marks
        == ["skills/talk": .done, "intro": .skipped])
  }

  /// A mark that could not be saved is tried again with the next save, unless another guide
  /// reset the marks in between: the reset wins over it, the mark made after the reset is kept.
  @Test func aResetWinsOverAMarkThatCouldNotBeSavedBeforeIt() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let blocker = folder.appendingPathComponent("data")
    try Data("x".utf8).write(to: blocker)
    let second = GuideStorage(paths: paths, packID: "fixture")
    _ = second.loadMarks()
    #expect(second.saveMarks(["old": .done]) != nil)

    try FileManager.default.removeItem(at: blocker)
    let first = GuideStorage(paths: paths, packID: "fixture")
    _ = first.loadMarks()
    #expect(first.saveMarks(["intro": .done]) == nil)
    #expect(first.resetMarks() == nil)
    #expect(second.saveMarks(["old": .done, "new": .learning]) == nil)
    #expect(GuideStorage(paths: paths, packID: "fixture").loadMarks().marks == ["new": .learning])

    // Without a reset between, the mark that could not be saved is saved with the next one.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("data"))
    try Data("x".utf8).write(to: blocker)
    let third = GuideStorage(paths: paths, packID: "fixture")
    #expect(third.saveMarks(["kept": .done]) != nil)
    try FileManager.default.removeItem(at: blocker)
    #expect(third.saveMarks(["kept": .done, "also": .skipped]) == nil)
    #expect(
      GuideStorage(paths: paths, packID: "fixture").loadMarks().marks == [
        "kept": .done, "also": .skipped,
      ])
  }

  /// The writer keeps to the reader's limit: 10,000 marks are saved and read back; one more is
  /// refused with a message and the file stays readable, never set aside as damaged.
  @Test func marksAreSavedUpToTheLimitTheReaderAcceptsAndNoFurther() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let storage = GuideStorage(paths: paths, packID: "fixture")
    var marks: [String: TopicMark] = [:]
    for index in 0..<(Guide.maxMarks - 1) { marks["topic-\(index)"] = .done }
    #expect(storage.saveMarks(marks) == nil)
    marks["last"] = .learning
    #expect(storage.saveMarks(marks) == nil)
    let atLimit = GuideStorage(paths: paths, packID: "fixture").loadMarks()
    #expect(atLimit.notice == nil)
    #expect(atLimit.marks.count == Guide.maxMarks)

    // Another guide, which did not know the file was full, adds one.
    let other = GuideStorage(paths: paths, packID: "fixture")
    #expect(
      other.saveMarks(["one-past": .done])
        == "Progress marks were not saved: progress.json holds the most marks kept (10,000); "
        + "clear one first")
    let after = GuideStorage(paths: paths, packID: "fixture").loadMarks()
    #expect(after.notice == nil)
    #expect(after.marks == marks)
    // Once there is room, the refused mark is saved with the next change.
    #expect(storage.saveMarks(marks.filter { $0.key != "last" && $0.key != "topic-0" }) == nil)
    #expect(other.saveMarks(["one-past": .done, "another": .skipped]) == nil)
    let saved = GuideStorage(paths: paths, packID: "fixture").loadMarks().marks
    #expect(saved["one-past"] == .done && saved["another"] == .skipped)
    #expect(saved.count == Guide.maxMarks)
  }

  /// A full disk (here a data folder that is a file) is told once, in words about marks, and
  /// again only after a save has worked in between.
  @Test func marksThatCannotBeSavedAreToldOnceAndTriedAgain() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let blocker = folder.appendingPathComponent("data")
    try Data("x".utf8).write(to: blocker)
    let storage = GuideStorage(paths: paths, packID: "fixture")
    let notices = [
      storage.saveMarks(["intro": .done]), storage.saveMarks(["intro": .done, "a": .learning]),
      storage.resetMarks(),
    ]
    #expect(notices[0]?.hasPrefix("Progress marks were not saved: could not create folder") == true)
    #expect(notices.dropFirst().allSatisfy { $0 == nil }, "\(notices)")

    try FileManager.default.removeItem(at: blocker)
    #expect(storage.saveMarks(["intro": .done, "b": .skipped]) == nil)
    #expect(
      GuideStorage(paths: paths, packID: "fixture").loadMarks().marks == [
        "intro": .done, "b": .skipped,
      ])
  }

  @Test func anAttemptThatCannotBeSavedGoesBackToTheQuizInProgress() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // The data folder's place is taken by a file; the state folder works.
    try Data("x".utf8).write(to: folder.appendingPathComponent("data"))
    let storage = GuideStorage(paths: paths, packID: "fixture")
    let answers: [String: Answer] = ["q-code": .chose(3), "q-talk": .skipped]
    #expect(
      storage.saveProgress(QuizProgress(packID: "fixture", packVersion: "1", answers: answers))
        == nil)

    // What the guide does when the last answer is given: clear, then record.
    #expect(storage.clearProgress() == nil)
    let attempt = Attempt(
      date: "2026-11-29T10:04:00Z", packID: "fixture", packVersion: "1", answers: answers,
      scores: ["code": 75], knowledge: nil)
    #expect(storage.record(attempt)?.hasPrefix("results were not saved") == true)

    let kept = try #require(storage.loadProgress().progress)
    #expect(kept.answers == answers)
    #expect(kept.packID == "fixture")
  }

  @Test func aStateFolderThatCannotBeWrittenWarnsOnce() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: folder.appendingPathComponent("state"))
    let storage = GuideStorage(paths: paths, packID: "fixture")
    var progress = QuizProgress(packID: "fixture", packVersion: "1")
    var notices: [String?] = []
    for index in 0..<3 {
      progress.answers["q\(index)"] = .chose(1)
      notices.append(storage.saveProgress(progress))
    }
    #expect(notices[0]?.hasPrefix("results were not saved") == true)
    #expect(notices.dropFirst().allSatisfy { $0 == nil })
  }

  @Test func aSettingsFileNested20000DeepIsAWarningNotACrash() {
    let (settings, warnings) = Settings.parse(
      String(repeating: "- ", count: 20_000) + "x\n", file: "config")
    #expect(settings == Settings())
    #expect(
      warnings == [
        "config: not read, it is not valid YAML "
          + "(line 1, column 129: lists and mappings are nested deeper than 64 levels)"
      ])
  }

  // MARK: - Random documents of each shape

  /// Random JSON shaped like each saved document, with values from every range (negative,
  /// huge, wrong types, escapes): whatever loads must be usable by the results page, the quiz
  /// and the reader without a trap, and each case is quick.
  @Test func randomDocumentsOfEachShapeNeverCrashTheGuide() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let random = RandomJSON(seed: 16)
    let quiz = try #require(Fixture.pack.quiz)
    let clock = ContinuousClock()
    var loaded = 0
    for round in 0..<120 {
      let storage = GuideStorage(paths: paths, packID: "fixture-\(round)")
      try write(random.envelope(random.history()), to: storage.history.path)
      try write(random.envelope(random.savedQuiz()), to: storage.inProgress.path)
      try write(random.envelope(random.marks()), to: storage.progress.path)
      try write(random.envelope(random.place()), to: storage.place.path)

      let elapsed = clock.measure {
        let attempts = storage.loadAttempts().attempts
        loaded += attempts.count
        for (index, attempt) in attempts.enumerated() {
          _ = ResultsLayout.layout(
            attempt, previous: index > 0 ? attempts[index - 1] : nil, quiz: quiz,
            pack: Fixture.pack, width: 60, glyphs: Glyphs(unicode: true))
        }
        // Open the quiz (resuming any saved progress) and answer; then read from the saved place.
        for start in [GuideSession.Start.quiz, .resume] {
          let terminal = FakeTerminal(events: [.key(.enter), .key(.enter), .key(.character("r"))])
          var dependencies = Dependencies.inMemory()
          dependencies.storage = storage
          _ = GuideSession(
            pack: Fixture.pack, terminal: terminal, dependencies: dependencies, start: start
          ).run()
        }
      }
      #expect(elapsed < .seconds(1), "round \(round)")
    }
    #expect(loaded > 0, "some random histories are valid, so the check is not vacuous")
  }
}

/// Random JSON shaped like the saved documents, from a small seeded generator so a failing
/// round can be replayed. A class, so the nested field builders can share it.
final class RandomJSON {
  private var state: UInt64
  init(seed: UInt64) { state = seed }

  /// SplitMix64.
  func below(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }

  func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

  /// Half the time a value a real file holds, so some documents load whole.
  func int() -> String {
    if below(2) == 0 { return "\(below(101))" }
    return pick([
      "0", "1", "3", "50", "100", "-1", "101", "1000", "-1000000", "9223372036854775807",
      "-9223372036854775808", "1.5", "\"7\"", "null", "[]", "{}", "\(below(200) - 50)",
    ])
  }

  func string() -> String {
    if below(2) == 0 {
      return pick(["\"code\"", "\"fixture\"", "\"1\"", "\"2026-01-01T00:00:00Z\""])
    }
    return pick([
      "\"\"", "\"code\"", "\"q-code\"", "\"q-talk\"", "\"talk\"", "\"fixture\"", "\"intro\"",
      "\"skills/code\"", "\"2026-01-01T00:00:00Z\"", "\"x\\u001b[2J\"", "\"\\u009b31m\"",
      "\"\\u202e\"", "\"\(String(repeating: "w", count: 300))\"", "12", "null", "[\"a\"]",
    ])
  }

  /// Each field is left out now and then, to test missing fields too.
  func object(_ fields: [(String, () -> String)]) -> String {
    let chosen = fields.filter { _ in below(8) != 0 }
    return "{" + chosen.map { "\"\($0.0)\":\($0.1())" }.joined(separator: ",") + "}"
  }

  func entries(_ key: () -> String, _ value: () -> String) -> String {
    "{" + (0..<below(4)).map { _ in "\(key()):\(value())" }.joined(separator: ",") + "}"
  }

  func answers() -> String {
    entries(
      { self.pick(["\"q-code\"", "\"q-talk\"", "\"zz\""]) }, { self.pick([self.int(), "null"]) })
  }

  func history() -> String {
    object([
      (
        "attempts",
        {
          "["
            + (0..<self.below(4)).map { _ in
              self.object([
                ("date", { self.below(2) == 0 ? "\"2026-01-01T00:00:00Z\"" : self.string() }),
                ("packID", self.string), ("packVersion", self.string),
                ("answers", self.answers), ("scores", { self.entries(self.string, self.int) }),
                (
                  "knowledge",
                  {
                    self.below(2) == 0
                      ? "{\"correct\":\(self.below(4)),\"total\":3}"
                      : self.object([("correct", self.int), ("total", self.int)])
                  }
                ),
              ])
            }.joined(separator: ",") + "]"
        }
      )
    ])
  }

  func savedQuiz() -> String {
    object([
      (
        "progress",
        {
          self.object([
            ("packID", self.string), ("packVersion", self.string), ("answers", self.answers),
            ("current", self.int),
          ])
        }
      )
    ])
  }

  func marks() -> String {
    object([
      (
        "marks",
        {
          self.entries(
            self.string,
            { self.pick(["\"done\"", "\"learning\"", "\"skipped\"", "\"other\"", "1"]) })
        }
      )
    ])
  }

  func place() -> String {
    object([("place", { self.object([("topicID", self.string), ("scroll", self.int)]) })])
  }

  /// The document in its envelope, now and then with a newer format or no envelope at all.
  func envelope(_ document: String) -> String {
    below(20) == 0
      ? document : "{\"format\":\(below(10) == 0 ? "2" : "1"),\"document\":\(document)}"
  }
}
