import Foundation
import PropertyBased
import Testing

/// Whatever a pack holds, once `validate` accepts it every command ends with one of its own
/// exit codes: below 128, never killed by a signal (a trap is SIGILL, 132; an abort 134).
@Suite("Exit codes on generated packs")
struct ExitCodePropertyTests {
  /// Texts a pack may hold: plain, wide, marked up, long, with escapes and YAML-looking words.
  static let texts = [
    "Plain words.", "Ünïcödé — dashes… “quotes” → arrows", "日本語のテキスト",
    "A [link to t0](t0) and *emphasis*.", "See https://example.org/a?b=c for more.",
    String(repeating: "long", count: 200), "Escape \u{1B}[2J and bell \u{07} inside.",
    "key: value # not a comment", "", "   ", "- not a list", "Tab\there",
  ]

  /// Choices from a list of numbers, in turn: the generated input, which shrinks.
  struct Choices {
    var values: [Int]
    var next = 0

    mutating func pick(_ count: Int) -> Int {
      defer { next += 1 }
      return values[next % values.count] % max(1, count)
    }

    mutating func text() -> String {
      ExitCodePropertyTests.texts[pick(ExitCodePropertyTests.texts.count)]
    }
  }

  /// A YAML double-quoted string: every text, escapes included, written so YAML reads it back.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        out += String(format: "\\x%02X", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A pack of one to four topics, perhaps a quiz (perhaps with no questions, which `validate`
  /// refuses) and perhaps a plan, made from the choices.
  static func pack(_ values: [Int]) -> [String: String] {
    var choices = Choices(values: values)
    let topics = (0...choices.pick(4)).map { "t\($0)" }
    let hasQuiz = choices.pick(3) > 0
    var files: [String: String] = [:]
    var home = topics.map { "  - topic: \($0)\n" }.joined()
    if hasQuiz {
      home += "  - screen: quiz\n    title: \(quoted(choices.text()))\n  - screen: results\n"
    }
    files["pack.yaml"] =
      "id: generated\ntitle: \(quoted(choices.text()))\nversion: \"1\"\nlanguage: en\n"
      + "tagline: \(quoted(choices.text()))\nhome:\n" + home
    for topic in topics {
      var body = ""
      for _ in 0..<choices.pick(5) {
        switch choices.pick(3) {
        case 0: body += "  - heading: \(quoted(choices.text()))\n"
        case 1: body += "  - text: \(quoted(choices.text()))\n"
        default:
          body += "  - bullets:\n"
          for _ in 0...choices.pick(3) { body += "      - \(quoted(choices.text()))\n" }
        }
      }
      files["topics/\(topic).yaml"] =
        "id: \(topic)\ntitle: \(quoted(choices.text()))\nsummary: \(quoted(choices.text()))\n"
        + (body.isEmpty ? "body: []\n" : "body:\n" + body)
        + "see_also: [\(topics[choices.pick(topics.count)])]\n"
    }
    guard hasQuiz else { return files }
    let dimensions = (0...choices.pick(3)).map { "d\($0)" }
    var quiz =
      "title: \(quoted(choices.text()))\nintro: \(quoted(choices.text()))\n"
      + "scale: [No, Somewhat, Yes]\ndimensions:\n"
    for dimension in dimensions {
      quiz += "  - id: \(dimension)\n    title: \(quoted(choices.text()))\n    topics: [t0]\n"
    }
    let questions = choices.pick(5)
    quiz += questions == 0 ? "questions: []\n" : "questions:\n"
    for index in 0..<questions {
      quiz += "  - id: q\(index)\n    text: \(quoted(choices.text()))\n"
      if choices.pick(3) == 0 {
        let options = 2 + choices.pick(3)
        quiz += "    options: [" + (0..<options).map { "\"Option \($0)\"" }.joined(separator: ", ")
        quiz +=
          "]\n    answer: \(1 + choices.pick(options))\n    explanation: \(quoted(choices.text()))\n"
        quiz += "    topic: t0\n"
      } else {
        quiz += "    dimension: \(dimensions[choices.pick(dimensions.count)])\n"
        if choices.pick(2) == 0 { quiz += "    reverse: true\n" }
      }
    }
    quiz +=
      "bands:\n  - min: 0\n    label: \(quoted(choices.text()))\n    text: \(quoted(choices.text()))\n"
    files["quiz.yaml"] = quiz
    if choices.pick(2) == 0 {
      var plan = "actions:\n"
      for (index, dimension) in dimensions.enumerated() {
        plan += "  - id: a\(index)\n    dimension: \(dimension)\n    effort: evening\n"
        plan += "    topic: t0\n    text: \(quoted(choices.text()))\n"
      }
      files["plan.yaml"] = plan
    }
    return files
  }

  /// Every command, as a script would run it on the pack: reading, searching, the quiz in the
  /// line mode to its end, results, the plan, a posting, and the guide without a terminal.
  static let commands: [(arguments: [String], input: String)] = [
    (["topics"], ""), (["show", "t0"], ""), (["show", "t0", "--format", "json"], ""),
    (["search", "words"], ""), (["quiz", "--plain"], String(repeating: "1\n", count: 12)),
    (["results"], ""), (["results", "--format", "json"], ""), (["plan"], ""),
    (["posting", "-"], "Developer advocate: write docs and give talks."), ([], ""),
    (["--plain"], "1\n\nq\n"),
  ]

  @Test func everyCommandExitsBelow128OnEveryPackValidateAccepts() async throws {
    let binary = try TmuxSession.guideBinary().path
    let accepted = Counter()
    await propertyCheck(count: 24, input: Gen.int(in: 0...10_000).array(of: 60...60)) { values in
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("dg-generated-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: folder) }
      let files = Self.pack(values)
      for (path, text) in files {
        let url = folder.appendingPathComponent(path)
        try? FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url)
      }
      let environment = [
        "PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8",
        "XDG_DATA_HOME": folder.appendingPathComponent("share").path,
        "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
        "SWIFT_BACKTRACE": "enable=no",
      ]
      guard
        let validate = try? Spawn.run(binary, ["validate", folder.path], environment: environment)
      else {
        Issue.record("validate could not be run")
        return
      }
      #expect(validate.status < 128, "validate: \(validate.errors)")
      guard validate.status == 0 else { return }
      accepted.add()
      for (arguments, input) in Self.commands {
        let result = try? Spawn.run(
          binary, ["--content", folder.path] + arguments, environment: environment,
          stdin: Data(input.utf8))
        #expect(
          (result?.status ?? 255) < 128,
          "\(arguments) exited \(result?.status ?? -1): \(result?.errors ?? "") on \(files)")
      }
    }
    #expect(accepted.value > 0, "no generated pack was accepted, so nothing was checked")
  }

  /// How many generated packs `validate` accepted, counted across the property's runs.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
  }
}
