import ArgumentParser
import GuideApp

/// `devrel-guide validate DIR`: every problem in a content pack as FILE:LINE:COL lines.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a content pack and list every problem as FILE:LINE:COL: error: message.",
    discussion:
      "Exits 0 when the pack has no errors (warnings are listed too), 65 when it has errors, 66 when the folder is missing."
  )

  @Argument(help: "The pack folder (holding pack.yaml).") var directory: String

  func run() throws { try validatePack(directory) }
}
