import ArgumentParser
import GuideApp
import GuideText

/// `devrel-guide plan`: what to do next after the quiz, as text, Markdown or JSON.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Print your plan: actions for your best-fitting role, or the one named by --role.",
    discussion: "Exits 1 when no attempt is saved yet, 65 when the content pack has no plan.yaml.")

  @ParentCommand var root: DevrelGuide
  @Option(help: "text, markdown or json.") var format: TextFormat = .text
  @Option(help: "A role id from your results (devrel-guide results).") var role: String?

  func run() throws { try printPlan(format: format, role: role, options: root.global.options) }
}
