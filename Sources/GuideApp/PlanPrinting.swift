import GuideContent
import GuideCore
import GuideText

/// `devrel-guide plan`: "Your plan" from the latest saved attempt, with the marks set on it.
/// No attempt yet exits 1 (as `results` does); a pack without `plan.yaml` exits 65 (as
/// `posting` does without `posting.yaml`).
public func printPlan(format: TextFormat, options: GuideOptions) throws {
  let pack = try options.loadPack()
  guard let plan = pack.plan, let quiz = pack.quiz else {
    printError("devrel-guide: this content pack has no plan.yaml, so it offers no plan")
    throw ExitStatus.badContent
  }
  let storage = GuideStorage(paths: try dataPaths(), packID: pack.manifest.id)
  let (attempts, notice) = storage.loadAttempts()
  if let notice { printError("devrel-guide: \(notice)") }
  guard let attempt = attempts.last else {
    printError("devrel-guide: no saved attempts yet, so no plan (take the quiz: devrel-guide quiz)")
    throw ExitStatus.nothingFound
  }
  let (marks, marksNotice) = storage.loadMarks()
  if let marksNotice { printError("devrel-guide: \(marksNotice)") }
  let view = PlanView(attempt: attempt, quiz: quiz, plan: plan)
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
