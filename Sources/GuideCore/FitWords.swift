import GuideContent

/// The words of an assessment's answer, shared by the results screen, home, the line mode and
/// the printed results, so they all say the same thing.
public enum FitWords {
  /// One sentence: what the answers point to.
  public static func headline(_ reading: FitReading) -> String {
    let best = reading.roles.first
    let devrel = reading.bestDevRel
    switch reading.outcome {
    case .noAnswers:
      return "No activity was rated for enjoyment, so no role can be ranked."
    case .noClearLean:
      return "No clear lean: you rated the activities much alike, so no role stands out."
    case .devrel:
      return "Best fit: \(name(best))."
    case .neighbourFitsBetter:
      return "Closest in DevRel: \(name(devrel)); outside it, \(name(best)) fits better."
    case .notDevRel:
      return "Nothing in DevRel fits you well; outside it, \(name(best)) does."
    case .nothingStrong:
      return "No role fits strongly yet; the closest is \(name(best))."
    }
  }

  /// A few sentences that say what the outcome means and what to do with it.
  public static func advice(_ reading: FitReading) -> String {
    switch reading.outcome {
    case .noAnswers:
      return "Take the assessment again and rate how much you would enjoy each activity."
    case .noClearLean:
      return
        "Every role fits you within \(RoleScoring.clearLean) points, so ranking them would "
        + "be noise. Try two or three of the activities (a short tutorial, a lightning talk, "
        + "answering a forum question) and take the assessment again; or choose a role below "
        + "for a plan to try it."
    case .devrel:
      return
        "Fit comes from what you would enjoy; readiness, shown apart, from what you have done."
    case .neighbourFitsBetter:
      return
        "DevRel could suit you, but the work you enjoy most sits in a neighbouring job. Both "
        + "are honest answers; read The neighbours before you choose."
    case .notDevRel:
      return
        "DevRel may simply not be for you, and that is a fine answer: the neighbours below "
        + "use the work you enjoy."
    case .nothingStrong:
      return
        "No role reaches a fit of \(RoleScoring.fitsWell). Try a few of the activities you "
        + "rated in the middle, then take the assessment again."
    }
  }

  /// "Developer advocate (78)".
  static func name(_ fit: RoleFit?) -> String {
    guard let fit else { return "none" }
    return "\(fit.role.title) (\(fit.fit))"
  }

  /// `fit 78 · readiness 40` (readiness "-" when no experience was rated).
  public static func numbers(_ fit: RoleFit) -> String {
    "fit \(fit.fit) · readiness \(fit.readiness.map(String.init) ?? "-")"
  }
}

extension Guide {
  /// What an assessment attempt says about roles; nil for an attempt of the earlier quiz or a
  /// pack without roles.
  public func reading(of attempt: Attempt) -> FitReading? {
    guard attempt.isAssessment, let assessment = pack.assessment else { return nil }
    return RoleScoring.reading(assessment, answers: attempt.answers)
  }
}
