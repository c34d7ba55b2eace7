import ArgumentParser
import GuideContent
import GuidePackLoader

/// `devrel-guide validate DIR`: every problem in a content pack as FILE:LINE:COL lines.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a content pack and list every problem as FILE:LINE:COL: error: message.",
    discussion:
      "Exits 0 when the pack has no errors (warnings are listed too), 65 when it has errors, 66 when the folder is missing."
  )

  @Argument(help: "The pack folder (holding pack.yaml).")
  var directory: String

  func run() throws {
    let source = try readPackFolder(directory)
    let (pack, issues) = PackLoader.check(source)
    for issue in issues { printError(issue.description) }
    let errors = issues.filter { $0.severity == .error }.count
    guard pack != nil, errors == 0 else {
      printError("\(directory): \(errors) error\(errors == 1 ? "" : "s")")
      throw ExitCode.badContent
    }
    print(
      "\(directory): ok, \(pack?.topics.count ?? 0) topics, \(pack?.quiz?.questions.count ?? 0) quiz questions, \(issues.count) warning\(issues.count == 1 ? "" : "s")"
    )
  }
}
