import ArgumentParser
import GuideApp

/// `devrel-guide check`: the full-screen guide opened at the knowledge check, or `--plain`
/// numbered prompts.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check what you learnt: scenario questions from the pages (apart from your fit).",
    discussion: """
      Each question is a situation to judge, from a page of the guide; the result names the \
      pages worth reading again and never counts toward which job fits you. With --plain the \
      check reads one answer per line from standard input (a number, or s to skip), prints \
      the result as text, and saves it like the full-screen check: \
      printf '3\\n1\\n...' | devrel-guide check --plain
      """)

  @ParentCommand var root: DevrelGuide
  @Flag(help: "Ask the questions as numbered text prompts on standard input and output.")
  var plain = false

  func run() throws {
    // `--plain` before or after `check`: the main command lists it too.
    guard plain || root.start.plain else {
      return try runGuide(root.global.options, start: .check)
    }
    try runLineMode(root.global.options, quizOnly: true, check: true)
  }
}
