import GuideContent
import GuideCore
import GuideTestSupport
import Testing

@testable import GuideApp

/// The printing commands read the terminal, the environment and the saved data through
/// `Dependencies`, so these run on `.inMemory`: no real terminal, variable or folder.
@Suite("Printing commands on in-memory dependencies")
struct PrintingCommandTests {
  static func terminal(columns: Int?, outputIsTerminal: Bool = true) -> TerminalFacts {
    TerminalFacts(
      inputIsTerminal: true, outputIsTerminal: outputIsTerminal, localeIsUTF8: true,
      columns: columns)
  }

  /// The widest line of `text`, in cells.
  static func widest(_ text: String) -> Int {
    text.split(separator: "\n").map { CellWidth.of(String($0)) }.max() ?? 0
  }

  /// The bundled pack, as a command without `--content` loads it.
  static let pack = (try? GuideOptions().loadPack()) ?? Fixture.pack
  static var page: String { pack.topicOrder.first { pack.topics[$0]?.isMenu == false } ?? "" }

  /// An attempt of the bundled quiz with every dimension at 60.
  static var attempt: Attempt {
    let quiz = pack.quiz
    return Attempt(
      date: "2026-11-29T10:04:00Z", packID: pack.manifest.id, packVersion: pack.manifest.version,
      answers: [:],
      scores: Dictionary(uniqueKeysWithValues: (quiz?.dimensions ?? []).map { ($0.id, 60) }),
      knowledge: nil)
  }

  @Test func showWrapsToTheTerminalItIsGiven() throws {
    func text(width: Int?, columns: Int?) throws -> String {
      let dependencies = Dependencies.inMemory(
        environment: ["NO_COLOR": "1"],
        terminal: Self.terminal(columns: columns, outputIsTerminal: columns != nil))
      return try topicText(
        Self.page, width: width, format: .text, options: GuideOptions(),
        dependencies: dependencies
      ).text
    }
    let narrow = try text(width: nil, columns: 41)
    #expect(narrow == (try text(width: 40, columns: nil)), "a column less than the terminal")
    let piped = try text(width: nil, columns: nil)
    #expect(piped == (try text(width: 79, columns: nil)), "79 columns in a pipe")
    #expect(narrow != piped)
  }

  @Test func showIsColouredOnlyOnATerminalWithoutNoColor() throws {
    func colored(_ environment: [String: String], terminal: Bool) throws -> Bool {
      let dependencies = Dependencies.inMemory(
        environment: environment, terminal: Self.terminal(columns: 80, outputIsTerminal: terminal))
      let (text, colored) = try topicText(
        Self.page, width: nil, format: .text, options: GuideOptions(),
        dependencies: dependencies)
      #expect(colored == text.contains("\u{1B}["))
      return colored
    }
    #expect(try colored([:], terminal: true))
    #expect(try !colored(["NO_COLOR": "1"], terminal: true))
    #expect(try !colored([:], terminal: false))
    #expect(try !colored(["HOME": "/nowhere"], terminal: false))
  }

  @Test func resultsReadTheStorageTheyAreGiven() throws {
    let storage = MemoryStorage(MemoryStorage.Saved(attempts: [Self.attempt]))
    let text = try resultsText(
      format: .text, last: false, pack: Self.pack, options: GuideOptions(),
      dependencies: .inMemory(storage: storage))
    #expect(text.contains("2026-11-29 10:04"))
    #expect(throws: ExitStatus.nothingFound) {
      try resultsText(
        format: .text, last: true, pack: Self.pack, options: GuideOptions(),
        dependencies: .inMemory())
    }
  }

  /// Printed results wrap to the terminal as `show` and `plan` do (78 at most), and name the
  /// command for a role's plan instead of keys that a printed page does not have.
  @Test func assessmentResultsWrapToTheTerminalAndNameThePlanCommand() throws {
    let assessment = try #require(Self.pack.assessment)
    let storage = MemoryStorage(
      MemoryStorage.Saved(attempts: [Persona.writer.attempt(assessment)]))
    func text(columns: Int?) throws -> String {
      try resultsText(
        format: .text, last: true, pack: Self.pack, options: GuideOptions(),
        dependencies: .inMemory(storage: storage, terminal: Self.terminal(columns: columns)))
    }
    let narrow = try text(columns: 34)
    #expect(Self.widest(narrow) <= 33)
    #expect(!narrow.contains("Press"))
    let wide = try text(columns: 200)
    #expect(wide.contains("devrel-guide plan --role ID"))
    #expect(
      wide.contains("\n13 Head of DevRel fit 38"),
      "printed, every role is numbered in its order, not only the nine a key chooses")
    #expect(Self.widest(wide) <= 78)
    #expect(Self.widest(wide) > 33)
  }

  @Test func thePlanWrapsToTheTerminalAndReadsTheStoredMarks() throws {
    let storage = MemoryStorage(MemoryStorage.Saved(attempts: [Self.attempt]))
    let narrow = try planText(
      format: .text, pack: Self.pack,
      dependencies: .inMemory(storage: storage, terminal: Self.terminal(columns: 50)))
    #expect(Self.widest(narrow) <= 49)
    let wide = try planText(
      format: .text, pack: Self.pack,
      dependencies: .inMemory(storage: storage, terminal: Self.terminal(columns: 200)))
    #expect(Self.widest(wide) <= 78)
    #expect(Self.widest(wide) > 49)
    #expect(throws: ExitStatus.nothingFound) {
      try planText(format: .text, pack: Self.pack, dependencies: .inMemory())
    }
  }
}
