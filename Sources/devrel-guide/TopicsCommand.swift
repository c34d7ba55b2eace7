import ArgumentParser
import GuideApp

/// `devrel-guide topics`: `ID<TAB>TITLE` per topic; with `--stale`, the pages due a re-check.
struct TopicsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "topics", abstract: "List the topics: ID, a tab, and the title.")
  @ParentCommand var root: DevrelGuide
  @Flag(help: "Only topics checked over --months months ago, oldest first.") var stale = false
  @Option(help: "With --stale: how many months old a check may be (default 12).") var months: Int?
  func run() throws { try printTopics(options: root.global.options, stale: stale, months: months) }
}
