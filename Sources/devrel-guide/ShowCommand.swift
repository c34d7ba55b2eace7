import ArgumentParser
import GuideApp
import GuideText

/// `devrel-guide show ID`: one topic as plain wrapped text, Markdown or JSON.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print a topic as plain text (see `topics` for the ids).")

  @ParentCommand var root: DevrelGuide
  @Argument(help: "The topic id, e.g. skills/community.") var topic: String
  @Option(help: "Wrap every line at this width, 20 or more (default: terminal width - 1, or 79).")
  var width: Int?
  @Option(help: "text, markdown or json.") var format: TextFormat = .text

  func validate() throws {
    if let width, width < 20 { throw ValidationError("--width must be at least 20") }
  }

  func run() throws {
    try printTopic(topic, width: width, format: format, options: root.global.options)
  }
}
