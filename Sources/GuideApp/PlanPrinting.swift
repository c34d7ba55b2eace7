import GuideContent
import GuideCore
import GuideText

/// `devrel-guide plan`: "Your plan" from the latest saved attempt, with the marks set on it.
/// No attempt yet exits 1 (as `results` does); a pack without `plan.yaml` exits 65 (as
/// `posting` does without `posting.yaml`).
/// After an assessment the plan follows `role` (an id of the pack's roles), else the best fit.
/// `dependencies` make the storage from the pack's id, as for `results`.
public func printPlan(
  format: TextFormat, role: String? = nil, options: GuideOptions,
  dependencies: (String) throws -> Dependencies = Dependencies.live(packID:)
) throws {
  let pack = try options.loadPack()
  guard pack.plan != nil, pack.quiz != nil else {
    printError("devrel-guide: this content pack has no plan.yaml, so it offers no plan")
    throw ExitStatus.badContent
  }
  let text = try planText(
    format: format, role: role, pack: pack, dependencies: try dependencies(pack.manifest.id))
  print(text, terminator: "")
}

/// What `plan` prints: from the attempts and marks `dependencies`' storage holds, wrapped to
/// its terminal.
public func planText(
  format: TextFormat, role: String? = nil, pack: ContentPack, dependencies: Dependencies
) throws -> String {
  guard let plan = pack.plan, let quiz = pack.quiz else { throw ExitStatus.badContent }
  let storage = dependencies.storage
  let (attempts, notice) = storage?.loadAttempts() ?? ([], nil)
  if let notice { printError("devrel-guide: \(notice)") }
  guard let attempt = Attempt.latestFit(attempts) else {
    printError("devrel-guide: no saved attempts yet, so no plan (take the quiz: devrel-guide quiz)")
    throw ExitStatus.nothingFound
  }
  let (marks, marksNotice) = storage?.loadMarks() ?? ([:], nil)
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
    let width = min(78, GuideOptions.printWidth(dependencies))
    return PlanText.text(view, attempt: attempt, marks: marks, pack: pack, width: width)
  case .markdown:
    return PlanText.markdown(view, attempt: attempt, marks: marks, pack: pack)
  case .json:
    return jsonForTerminal(try PlanText.json(view, attempt: attempt, marks: marks))
  }
}
