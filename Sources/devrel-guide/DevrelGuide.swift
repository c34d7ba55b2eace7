import ArgumentParser
import GuideApp

/// `devrel-guide`: the full-screen guide by default, plus scriptable subcommands.
@main
struct DevrelGuide: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "devrel-guide",
    abstract: "An interactive terminal guide to Developer Relations careers.",
    discussion: ExitStatus.documentation,
    version: "0.2.0",
    subcommands: [
      OpenCommand.self, TopicsCommand.self, ShowCommand.self, SearchCommand.self, QuizCommand.self,
      CheckCommand.self,
      ResultsCommand.self, PlanCommand.self, ValidateCommand.self, PostingCommand.self,
    ],
    defaultSubcommand: OpenCommand.self
  )

  /// Options every subcommand reads, through `@ParentCommand`.
  @OptionGroup var global: GlobalOptions
  /// `open`'s options, also accepted (and listed in `--help`) before any subcommand.
  @OptionGroup var start: StartOptions

  /// A bare `devrel-guide`, by far the most common start, skips parsing the whole command tree.
  /// A command that fails with an `ExitStatus` exits with its code (the message is printed).
  static func main() {
    do {
      try ProcessLimits.prepare()
      guard CommandLine.arguments.count > 1 else {
        return try runGuide(GuideOptions(), start: .resume)
      }
      var command: ParsableCommand
      do { command = try parseAsRoot() } catch { exitWithUsage(error) }
      try command.run()
    } catch let status as ExitStatus {
      exit(withError: ExitCode(status.code))
    } catch {
      exit(withError: error)
    }
  }

  /// A mistake on a command line that names no subcommand (`devrel-guide --bogus`) shows the
  /// main usage, not that of `open`, the subcommand it fell through to.
  static func exitWithUsage(_ error: Error) -> Never {
    let names = Set(
      configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
    guard exitCode(for: error) != .success,
      !CommandLine.arguments.dropFirst().contains(where: names.contains)
    else { exit(withError: error) }
    printError(
      "Error: \(message(for: error))\nUsage: \(usageString())\n"
        + "  See 'devrel-guide --help' for more information.")
    exit(withError: ExitCode(exitCode(for: error).rawValue))
  }
}
