import ArgumentParser

/// `devrel-guide topics`: one `ID<TAB>TITLE` line per topic, in menu order.
struct TopicsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "topics", abstract: "List the topics: ID, a tab, and the title.")

  @ParentCommand var root: DevrelGuide
  var global: GlobalOptions { root.global }

  func run() throws {
    let pack = try global.loadPack()
    for id in pack.topicOrder {
      print("\(id)\t\(pack.topics[id]?.title ?? id)")
    }
  }
}
