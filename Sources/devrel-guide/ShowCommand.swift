import ArgumentParser
import FoundationEssentials
import Glibc
import GuideContent
import GuideCore
import GuideUI

/// `devrel-guide show ID`: one topic as plain wrapped text.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print a topic as plain text (see `topics` for the ids).")

  @ParentCommand var root: DevrelGuide
  var global: GlobalOptions { root.global }

  @Argument(help: "The topic id, e.g. skills/community.")
  var topic: String

  @Option(help: "Wrap at this many columns (default: the terminal's width, or 80 in a pipe).")
  var width: Int?

  @Option(help: "text, markdown or json.")
  var format: OutputFormat = .text

  func run() throws {
    let pack = try global.loadPack()
    guard let found = pack.topics[topic] else {
      let close = Suggestions.closest(to: topic, in: pack.topicOrder)
      let hint = close.isEmpty ? "" : " Did you mean: \(close.joined(separator: ", "))?"
      printError("devrel-guide: no topic '\(topic)'.\(hint) See `devrel-guide topics`.")
      throw ExitCode.usage
    }
    switch format {
    case .text:
      let columns = width ?? terminalColumns() ?? 80
      print(
        PlainText.topic(found, in: pack, width: max(20, columns - 1), unicode: global.unicode),
        terminator: "")
    case .markdown:
      print(TopicExport.markdown(found, in: pack), terminator: "")
    case .json:
      print(jsonForTerminal(try TopicExport.json(found, in: pack)))
    }
  }

  func terminalColumns() -> Int? {
    guard isatty(1) == 1 else { return nil }
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
