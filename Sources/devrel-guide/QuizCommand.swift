import ArgumentParser
import GuideApp

/// `devrel-guide quiz`: the full-screen guide opened at the quiz, or `--plain` numbered prompts.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Take the self-assessment quiz (full screen, or --plain for numbered prompts).",
    discussion: """
      With --plain the quiz reads one answer per line from standard input (a number, or s to \
      skip), prints the results as text, and saves the attempt like the full-screen quiz: \
      printf '3\\n4\\n...' | devrel-guide quiz --plain
      """)

  @ParentCommand var root: DevrelGuide
  @Flag(help: "Ask the questions as numbered text prompts on standard input and output.")
  var plain = false

  func run() throws {
    // `--plain` before or after `quiz`: the main command lists it too.
    guard plain || root.start.plain else {
      return try runGuide(root.global.options, start: .quiz)
    }
    try runLineMode(root.global.options, quizOnly: true)
  }
}
