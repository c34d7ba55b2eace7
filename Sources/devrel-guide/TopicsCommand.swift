import ArgumentParser
import GuideApp

/// `devrel-guide topics`: one `ID<TAB>TITLE` line per topic, in menu order.
struct TopicsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "topics", abstract: "List the topics: ID, a tab, and the title.")

  @ParentCommand var root: DevrelGuide

  func run() throws { try printTopics(options: root.global.options) }
}
