import ArgumentParser

/// `devrel-guide`: the full-screen guide by default, plus scriptable subcommands.
@main
struct DevrelGuide: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "devrel-guide",
    abstract: "An interactive terminal guide to Developer Relations careers.",
    discussion: ExitCode.documentation,
    version: "0.2.0",
    subcommands: [
      OpenCommand.self, TopicsCommand.self, ShowCommand.self, SearchCommand.self, QuizCommand.self,
      ResultsCommand.self, ValidateCommand.self, PostingCommand.self,
    ],
    defaultSubcommand: OpenCommand.self
  )

  /// Options every subcommand reads, through `@ParentCommand`.
  @OptionGroup var global: GlobalOptions

  /// A bare `devrel-guide`, by far the most common start, skips parsing the whole command tree.
  static func main() {
    guard CommandLine.arguments.count == 1 else { return main(nil) }
    do {
      try MainActor.assumeIsolated { try runGuide(GuideOptions(), start: .resume) }
    } catch {
      exit(withError: error)
    }
  }
}
