import GuideContent

/// "Your plan": the actions for the latest attempt's growth areas. The list keys move, Enter
/// opens an action's page, and `d`/`l`/`s` mark an action as on a page (saved as `plan:ID`).
extension Guide {
  /// The plan for the latest attempt (a knowledge check never makes one); nil before any
  /// attempt or when the pack has no plan.
  public var planView: PlanView? {
    guard let attempt = Attempt.latestFit(state.attempts), let quiz = pack.quiz,
      let plan = pack.plan
    else {
      return nil
    }
    if attempt.isAssessment, let assessment = pack.assessment {
      return PlanView(
        attempt: attempt, assessment: assessment, quiz: quiz, plan: plan, role: state.planRole)
    }
    return PlanView(attempt: attempt, quiz: quiz, plan: plan)
  }

  /// The plan laid out for the window, beside the two columns of the selection marker.
  public var planLayout: PlanLayout {
    PlanLayout(planView, pack: pack, marks: state.marks, width: Chrome.textWidth(state.size) - 2)
  }

  /// The plan's lines in the rows under its title (`layout`: `planLayout`, when at hand).
  public func planWindow(_ layout: PlanLayout? = nil) -> ChoiceWindow {
    let layout = layout ?? planLayout
    return ChoiceWindow(
      lineCount: layout.lines.count, choices: layout.actionLines,
      rows: Chrome.bodyRows(state.size) - PlanLayout.titleRows)
  }

  /// Opens "Your plan" (`p` on home and on results); `role` plans for that role of the
  /// assessment (a role chosen on the results) instead of the best fit.
  mutating func openPlan(role: String? = nil) {
    if let role { state.planRole = role }
    push(.plan(PlanPosition()))
  }

  mutating func planKey(_ key: Key, _ position: PlanPosition) -> [Effect] {
    let actions = planView?.actions ?? []
    let mark: TopicMark? =
      switch key {
      case .character("d"): .done
      case .character("l"): .learning
      case .character("s"): .skipped
      default: nil
      }
    if let mark, let action = actions[safe: position.selection] {
      return toggleMark(mark, on: PlanView.markID(of: action))
    }
    var position = position
    let window = planWindow()
    if let scroll = window.scroll(
      after: key, selection: position.selection, scroll: position.scroll)
    {
      position.scroll = scroll
      state.screen = .plan(position)
      return []
    }
    switch ListNavigation(selection: position.selection, count: actions.count).outcome(of: key) {
    case .selected(let selection):
      position.selection = selection
      position.scroll = window.scroll(position.scroll, showing: selection)
      state.screen = .plan(position)
    case .chose(let index):
      planItemChosen(index, position)
    case .back:
      goBack()
    case .other:
      break
    }
    return []
  }

  /// Opens the page that explains the `index`th action; Esc returns to it on the plan.
  mutating func planItemChosen(_ index: Int, _ position: PlanPosition) {
    guard let action = planView?.actions[safe: index] else { return }
    var position = position
    position.selection = index
    state.screen = .plan(position)
    openTopic(action.topic)
  }
}
