import ArgumentParser
import GuideApp

/// `devrel-guide search QUERY`: `ID<TAB>TITLE<TAB>line` per hit; exit 1 when nothing matches.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search every topic and quiz explanation (case-insensitive).",
    discussion:
      "Prints ID, TITLE and the matching text, separated by tabs. Exits 1 when nothing matches, like grep."
  )

  @ParentCommand var root: DevrelGuide
  @Argument(help: "The words to look for.") var query: [String]

  func run() throws {
    try printSearch(query.joined(separator: " "), options: root.global.options)
  }
}
