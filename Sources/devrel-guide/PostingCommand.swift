import ArgumentParser
import GuideApp
import GuideText

/// `devrel-guide posting FILE [OTHER]`: what a job posting's words say, through the pack's
/// lexicon; with a second posting, the two side by side.
struct PostingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "posting",
    abstract: "Read a job posting: what it emphasises, the closest roles, what to ask about.",
    discussion: """
      The first line says what it reads as. Every share and role comes with the posting's words \
      behind it, and their line numbers. With a second posting, the two are compared in \
      columns (stacked in a narrow terminal): verdict, role, shares, numbers, pay and flags. \
      Nothing is sent anywhere. Reads a link or a pipe too, up to 4 MB each. Exits 1 when it \
      (or either of two) does not read as a DevRel job, 65 when it is not text or over 4 MB \
      (or the pack has no posting.yaml), 66 when it is missing, a folder or a device.
      """)

  @ParentCommand var root: DevrelGuide
  @Argument(help: "A text file holding the posting, or - for standard input.") var file: String
  @Argument(help: "A second posting to compare with the first (- for standard input).")
  var other: String?
  @Option(help: "text, markdown or json.") var format: TextFormat = .text
  @Option(
    help: "Wrap the text at this width, 20 or more (default: 78; two postings: terminal width - 1)."
  )
  var width: Int?

  func validate() throws {
    if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    if file == "-" && other == "-" {
      throw ValidationError("only one of the two postings can come from standard input")
    }
  }

  func run() throws {
    try printPosting(file, other, format: format, width: width, options: root.global.options)
  }
}
