import Foundation
import Testing

/// A corpus of hostile packs, settings and saved files, each run through the real binary with
/// its expected exit code and message. Every case must end within 2 seconds and never write an
/// escape or C1 byte that came from the file; large cases are generated here rather than kept
/// in the repository.
struct RobustnessCorpusTests {
  /// One hostile input: files written over a small valid pack and the data folders, the
  /// command to run, and what it must answer.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    /// Pack-relative paths (or `config`, `history.json`) to their bytes.
    var files: [String: [UInt8]]
    var arguments: [String]
    var status: Int32
    var message: String
    var environment: [String: String] = [:]

    var testDescription: String { name }
  }

  static let validPack: [String: [UInt8]] = [
    "pack.yaml": bytes(
      "id: hostile\ntitle: Hostile\nversion: \"1\"\nlanguage: en\nhome:\n  - topic: a\n"),
    "topics/a.yaml": bytes("id: a\ntitle: A\nbody:\n  - text: Hello café, naïve 日本語 — “quotes”\n"),
  ]

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// An OSC 52 clipboard write as YAML writes it in a quoted string (raw control characters are
  /// refused by the YAML reader itself).
  static let osc52 = #"\e]52;c;SGVsbG8=\a"#

  static let cases: [Case] = [
    Case(
      name: "20,000 nested lists in a topic",
      files: ["topics/a.yaml": bytes(String(repeating: "[", count: 20_000))],
      arguments: ["validate", "PACK"], status: 65,
      message: "topics/a.yaml:1:65: error: lists and mappings are nested deeper than 64 levels"),
    Case(
      name: "20,000 nested mappings in pack.yaml",
      files: ["pack.yaml": bytes(String(repeating: "{a: ", count: 20_000))],
      arguments: ["validate", "PACK"], status: 65,
      message: "pack.yaml:1:"),
    Case(
      name: "aliases of aliases that expand to gigabytes",
      files: ["topics/a.yaml": bytes(aliasBomb)], arguments: ["validate", "PACK"], status: 65,
      message: "error: aliases expand the file beyond 32 MB"),
    Case(
      name: "an OSC 52 clipboard write in a YAML key",
      files: ["topics/b.yaml": bytes("id: b\ntitle: B\nbody:\n  - text: x\n\"k\(osc52)\": 1\n")],
      arguments: ["validate", "PACK"], status: 0,
      message: "warning: unknown field `k␛]52;c;SGVsbG8=`"),
    Case(
      name: "a duplicate key with an escape in it",
      files: ["topics/b.yaml": bytes("id: b\n\"\(osc52)\": 1\n\"\(osc52)\": 2\n")],
      arguments: ["validate", "PACK"], status: 65, message: "duplicate keys: ␛]52;c;SGVsbG8="),
    Case(
      name: "a file name with an escape in it",
      files: ["topics/\u{1B}[2J\u{9B}c.yaml": bytes("id: c\ntitle: C\nbody: [{text: x}]\n")],
      arguments: ["validate", "PACK"], status: 0, message: "topics/␛[2Jc.yaml:1:1: warning"),
    Case(
      name: "a byte order mark before pack.yaml",
      files: ["pack.yaml": [0xEF, 0xBB, 0xBF] + validPack["pack.yaml", default: []]],
      arguments: ["validate", "PACK"], status: 0, message: "ok, 1 topics"),
    Case(
      name: "folders nested 40 deep",
      files: [(0..<40).map { "d\($0)" }.joined(separator: "/") + "/t.yaml": bytes("id: t\n")],
      arguments: ["validate", "PACK"], status: 65,
      message: ": folders are nested deeper than 16 levels"),
    Case(
      name: "a paragraph of 30 MB, which took 9 seconds and 600 MB to show",
      files: [
        "topics/b.yaml": bytes(
          "id: b\ntitle: B\nbody:\n  - text: "
            + String(
              repeating: "word ", count: 6 * 1024 * 1024) + "\n")
      ],
      arguments: ["--content", "PACK", "show", "b"], status: 65,
      message:
        "topics/b.yaml:4:3: error: the body has 1 headings, paragraphs and bullets and 31457279 bytes"
    ),
    Case(
      name: "a topic of 300,000 bullets",
      files: [
        "topics/b.yaml": bytes(
          "id: b\ntitle: B\nbody:\n  - bullets:\n"
            + String(
              repeating: "      - x\n", count: 300_000))
      ],
      arguments: ["validate", "PACK"], status: 65,
      message: "topics/b.yaml:4:3: error: the body has 300000 headings, paragraphs and bullets"),
    Case(
      name: "a posting lexicon of 100,000 phrases",
      files: [
        "posting.yaml": bytes(
          "subject: X\nnice_to_have:\n"
            + (0..<100_000).map {
              "  - phrase \($0)\n"
            }.joined())
      ],
      arguments: ["validate", "PACK"], status: 65,
      message:
        "posting.yaml:3:3: error: 100000 items in `nice_to_have`; a list may hold at most 1000"),
    Case(
      name: "a saved score of 1000",
      files: ["history.json": bytes(history(scores: "{\"code\":1000}"))],
      arguments: ["--content", "PACK", "results"], status: 1,
      message: "Saved results could not be read; the file was kept as history.json.corrupt-"),
    Case(
      name: "a saved date holding an escape sequence",
      files: ["history.json": bytes(history(date: "2026\\u001b]52;c;SGVsbG8=\\u0007"))],
      arguments: ["--content", "PACK", "results"], status: 1,
      message: "Saved results could not be read"),
    Case(
      name: "a non-UTF-8 locale",
      files: [:], arguments: ["--content", "PACK", "show", "a", "--format", "markdown"],
      status: 0, message: "Hello cafe, na?ve ??? -- \"quotes\"",
      environment: ["LANG": "C", "LC_ALL": "C"]),
  ]

  static let aliasBomb: String = {
    var lines = [
      "id: a", "title: A", "body: [{text: x}]", "l0: &l0 \"\(String(repeating: "x", count: 100))\"",
    ]
    for level in 1...12 {
      let previous = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("l\(level): &l\(level) [\(previous)]")
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  static func history(scores: String = "{\"code\":50}", date: String = "2026-01-01T00:00:00Z")
    -> String
  {
    "{\"format\":1,\"document\":{\"attempts\":[{\"date\":\"\(date)\",\"packID\":\"hostile\","
      + "\"packVersion\":\"1\",\"answers\":{},\"scores\":\(scores)}]}}"
  }

  @Test(arguments: cases)
  func eachHostileInputGetsItsExitCodeAndMessageQuickly(_ hostile: Case) throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let pack = folder.root.appendingPathComponent("pack")
    let config = folder.root.appendingPathComponent("config/devrel-guide/config")
    let history = folder.data.appendingPathComponent("devrel-guide/packs/hostile/history.json")
    for (path, content) in Self.validPack.merging(hostile.files, uniquingKeysWith: { $1 }) {
      let url =
        switch path {
        case "config": config
        case "history.json": history
        default: pack.appendingPathComponent(path)
        }
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(content).write(to: url)
    }
    var environment = folder.environment(hostile.environment)
    environment["XDG_CONFIG_HOME"] = folder.root.appendingPathComponent("config").path
    let arguments = hostile.arguments.map { $0 == "PACK" ? pack.path : $0 }

    let clock = ContinuousClock()
    var status: Int32?
    let elapsed = try clock.measure {
      status = try RobustnessProcess.run(
        [try TmuxSession.guideBinary().path] + arguments, environment: environment,
        input: .file("/dev/null"), output: folder.file("out"), errors: folder.file("err"),
        timeout: .seconds(10))
    }
    let output = try Data(contentsOf: URL(fileURLWithPath: folder.file("out")))
    let errors = try Data(contentsOf: URL(fileURLWithPath: folder.file("err")))
    let text = String(decoding: output + errors, as: UTF8.self)
    #expect(status == hostile.status, "\(text)")
    #expect(text.contains(hostile.message), "\(text)")
    #expect(elapsed < .seconds(2))
    #expect(!(output + errors).contains(0x1B), "an escape reached the output")
    if hostile.environment["LC_ALL"] == "C" {
      #expect((output + errors).allSatisfy { $0 < 0x80 }, "8-bit bytes in a non-UTF-8 locale")
    } else {
      #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "a C1 control")
    }
  }

  @Test func aFailedWriteToStandardOutputIsToldAndExitsNonZero() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let status = try RobustnessProcess.run(
      [try TmuxSession.guideBinary().path, "topics"], environment: folder.environment(),
      input: .file("/dev/null"), output: "/dev/full", errors: folder.file("err"))
    #expect(status == 74)
    let errors = try String(contentsOfFile: folder.file("err"), encoding: .utf8)
    #expect(errors == "devrel-guide: could not write the output: No space left on device\n")
  }

  /// A reader that has gone (`| head`) ends the guide as it ends `cat` and `grep`: by SIGPIPE,
  /// with nothing on stderr. Only a real write failure (above) is told and exits 74.
  @Test func aClosedPipeOnStandardOutputEndsQuietlyAsCatDoes() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    // A pipe whose reading end is closed before the guide starts: its first write fails.
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    close(ends[0])
    defer { close(ends[1]) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, folder.file("err"), O_WRONLY | O_CREAT, 0o600)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    Spawn.startWithDefaultSignals(&attributes)
    let binary = try TmuxSession.guideBinary().path
    let arguments: [String] = [binary, "topics"]
    let argv = arguments.map { strdup($0) }
    let envp = folder.environment().map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    #expect(posix_spawn(&pid, binary, &actions, &attributes, argv + [nil], envp + [nil]) == 0)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}

    #expect(status & 0x7F == SIGPIPE, "status \(status)")
    let errors = try String(contentsOfFile: folder.file("err"), encoding: .utf8)
    #expect(errors == "")
  }

  /// `search talk | head -2` as a user types it: two lines, no message, and the guide's own
  /// status either 0 (it wrote everything before `head` left) or SIGPIPE's 141.
  @Test func searchIntoHeadEndsQuietly() throws {
    let folder = try RobustnessFolder()
    defer { folder.remove() }
    let binary = try TmuxSession.guideBinary().path
    let result = try Spawn.run(
      "/bin/bash",
      [
        "-c",
        "\"$0\" search talk | head -2; echo \"status ${PIPESTATUS[0]}\"; "
          + "\"$0\" topics | head -1 >/dev/null; echo \"status ${PIPESTATUS[0]}\"",
        binary,
      ],
      environment: folder.environment())
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 5, "\(result.output)")
    #expect(lines.count < 3 || ["status 0", "status 141"].contains(lines[2]), "\(result.output)")
    #expect(lines.count < 4 || ["status 0", "status 141"].contains(lines[3]), "\(result.output)")
    #expect(result.errors == "")
  }
}
