import GuideContent

/// What "Your plan" shows, and how it opens.
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
    PlanLayout(
      planView, pack: pack, marks: state.marks, width: Chrome.textWidth(state.size) - 2,
      glyphs: glyphs)
  }

  /// The plan's lines in the rows under its title (`layout`: `planLayout`, when at hand).
  public func planWindow(_ layout: PlanLayout? = nil) -> ChoiceWindow {
    let layout = layout ?? planLayout
    return ChoiceWindow(
      lineCount: layout.lines.count, choices: layout.actionLines,
      rows: Chrome.bodyRows(state.size) - Chrome.titleRows(state.size))
  }

  /// Opens "Your plan" (`p` on home and on results); `role` plans for that role of the
  /// assessment (a role chosen on the results) instead of the best fit.
  mutating func openPlan(role: String? = nil) {
    if let role { state.planRole = role }
    push(.plan(PlanPosition()))
  }
}

/// "Your plan": the actions for the latest attempt's growth areas. The list keys move, Enter
/// opens an action's page, and `d`/`l`/`s` mark an action as on a page (saved as `plan:ID`).
extension PlanPosition: ScreenModel {
  public func keyTable(_ guide: Guide) -> KeyTable { Bindings.yourPlan }

  public func key(_ key: Key, _ guide: inout Guide) -> [Effect] {
    let actions = guide.planView?.actions ?? []
    let mark: TopicMark? =
      switch key {
      case .character("d"): .done
      case .character("l"): .learning
      case .character("s"): .skipped
      default: nil
      }
    if let mark, let action = actions[safe: selection] {
      return guide.toggleMark(mark, on: PlanView.markID(of: action))
    }
    var position = self
    let window = guide.planWindow()
    if let scroll = window.scroll(after: key, selection: selection, scroll: scroll) {
      position.scroll = scroll
      guide.state.screen = .plan(position)
      return []
    }
    switch ListNavigation(selection: selection, count: actions.count).outcome(of: key) {
    case .selected(let selection):
      position.selection = selection
      position.scroll = window.scroll(scroll, showing: selection)
      guide.state.screen = .plan(position)
    case .chose(let index):
      return choose(index, &guide)
    case .back:
      guide.goBack()
    case .other:
      break
    }
    return []
  }

  /// Opens the page that explains the `index`th action; Esc returns to it on the plan.
  public func choose(_ index: Int, _ guide: inout Guide) -> [Effect] {
    guard let action = guide.planView?.actions[safe: index] else { return [] }
    var position = self
    position.selection = index
    guide.state.screen = .plan(position)
    guide.openTopic(action.topic)
    return []
  }

  /// The wheel scrolls a plan taller than the window, else moves the selection.
  public func wheel(_ steps: Int, _ guide: inout Guide) {
    var position = self
    let window = guide.planWindow()
    if window.maxScroll > 0 {
      position.scroll = window.bounded(scroll + steps)
    } else {
      position.selection = ListNavigation(
        selection: selection, count: guide.planView?.actions.count ?? 0
      ).clamped(by: steps)
    }
    guide.state.screen = .plan(position)
  }

  public func settle(_ guide: inout Guide) {
    var position = self
    position.scroll = guide.planWindow().bounded(scroll)
    guide.state.screen = .plan(position)
  }

  public func breadcrumbs(_ guide: Guide) -> [String] { ["Your plan"] }

  /// The plan's lines, each action's mark written after its first line in words.
  public func lineText(_ guide: Guide, quizOnly: Bool) -> [LineModeText] {
    let view = guide.planView
    let layout = PlanLayout(
      view, pack: guide.pack, marks: guide.state.marks, width: 76, glyphs: guide.glyphs)
    var marks: [Int: String] = [:]
    for (action, range) in zip(view?.actions ?? [], layout.actionLines) {
      if let mark = guide.state.marks[PlanView.markID(of: action)] {
        marks[range.lowerBound] = " (\(mark.rawValue))"
      }
    }
    return [.text(""), .text("Your plan")]
      + layout.lines.enumerated().map { .laidOut($0.element, suffix: marks[$0.offset] ?? "") }
  }

  public func lineNumber(_ number: Int, _ guide: Guide) -> Event? {
    number <= guide.planView?.actions.count ?? 0 ? .chooseItem(number - 1) : nil
  }
}
