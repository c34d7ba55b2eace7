import GuideContent
import GuideCore
import GuideText

/// `devrel-guide plan`: "Your plan" from the latest saved attempt, with the marks set on it.
/// No attempt yet exits 1 (as `results` does); a pack without `plan.yaml` exits 65 (as
/// `posting` does without `posting.yaml`).
/// After an assessment the plan follows `role` (an id of the pack's roles), else the best fit.
package func printPlan(format: TextFormat, role: String? = nil, options: GuideOptions) throws {
  let pack = try options.loadPack()
  guard let plan = pack.plan, let quiz = pack.quiz else {
    printError("devrel-guide: this content pack has no plan.yaml, so it offers no plan")
    throw ExitStatus.badContent
  }
  let storage = GuideStorage(paths: try dataPaths(), packID: pack.manifest.id)
  let (attempts, notice) = storage.loadAttempts()
  if let notice { printError("devrel-guide: \(notice)") }
  guard let attempt = Attempt.latestFit(attempts) else {
    printError("devrel-guide: no saved attempts yet, so no plan (take the quiz: devrel-guide quiz)")
    throw ExitStatus.nothingFound
  }
  let (marks, marksNotice) = storage.loadMarks()
  if let marksNotice { printError("devrel-guide: \(marksNotice)") }
  if let role, pack.assessment?.role(role) == nil {
    let known = pack.assessment?.roles.map(\.id).joined(separator: ", ") ?? "none"
    printError("devrel-guide: no role `\(role)` (known: \(known))")
    throw ExitStatus.usage
  }
  let view =
    if attempt.isAssessment, let assessment = pack.assessment {
      PlanView(attempt: attempt, assessment: assessment, quiz: quiz, plan: plan, role: role)
    } else {
      PlanView(attempt: attempt, quiz: quiz, plan: plan)
    }
  switch format {
  case .text:
    let width = max(20, min(78, (terminalColumns() ?? 80) - 1))
    print(
      PlanText.text(view, attempt: attempt, marks: marks, pack: pack, width: width), terminator: "")
  case .markdown:
    print(PlanText.markdown(view, attempt: attempt, marks: marks, pack: pack), terminator: "")
  case .json:
    print(jsonForTerminal(try PlanText.json(view, attempt: attempt, marks: marks)), terminator: "")
  }
}
