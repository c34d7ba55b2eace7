import ArgumentParser
import GuideApp
import GuideText

/// `devrel-guide posting FILE`: what a job posting's words say, through the pack's lexicon.
struct PostingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "posting",
    abstract: "Read a job posting: what it emphasises, the closest roles, what to ask about.",
    discussion: """
      The first line says what it reads as. Every share and role comes with the posting's words \
      behind it, and their line numbers. Nothing is sent anywhere. Reads a link or a pipe too, \
      up to 4 MB. Exits 1 when it does not read as a DevRel job, 65 when it is not text or over \
      4 MB (or the pack has no posting.yaml), 66 when it is missing, a folder or a device.
      """)

  @ParentCommand var root: DevrelGuide
  @Argument(help: "A text file holding the posting, or - for standard input.") var file: String
  @Option(help: "text, markdown or json.") var format: TextFormat = .text

  func run() throws { try printPosting(file, format: format, options: root.global.options) }
}
