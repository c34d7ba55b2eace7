import ArgumentParser
import GuideApp
import GuideText

/// `devrel-guide results`: the saved quiz attempts as text, Markdown or JSON.
struct ResultsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "results", abstract: "Print your saved quiz attempts.",
    discussion: "Exits 1 when no attempt is saved yet. In JSON, answers count options from 0.")

  @ParentCommand var root: DevrelGuide
  @Option(help: "text, markdown or json.") var format: TextFormat = .text
  @Flag(help: "Only the most recent attempt.") var last = false

  func run() throws { try printResults(format: format, last: last, options: root.global.options) }
}
