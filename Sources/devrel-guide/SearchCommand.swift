import ArgumentParser
import GuideCore
import GuideUI

/// `devrel-guide search QUERY`: `ID<TAB>TITLE<TAB>line` per hit; exit 1 when nothing matches.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search every topic and quiz explanation (case-insensitive).",
    discussion:
      "Prints ID, TITLE and the matching text, separated by tabs. Exits 1 when nothing matches, like grep."
  )

  @ParentCommand var root: DevrelGuide
  var global: GlobalOptions { root.global }

  @Argument(help: "The words to look for.")
  var query: [String]

  func run() throws {
    let pack = try global.loadPack()
    let glyphs = Glyphs(unicode: global.unicode)
    // Timed apart: the guide makes the index once and then answers every keystroke from it.
    let index = Timing.measure("search index") { SearchIndex(pack) }
    let hits = Timing.measure("search query") { index.hits(for: query.joined(separator: " ")) }
    guard !hits.isEmpty else { throw ExitCode.nothingFound }
    for hit in hits {
      print(glyphs.text("\(hit.topicID)\t\(hit.title)\t\(hit.line)"))
    }
  }
}
