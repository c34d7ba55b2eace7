import GuideContent

/// One role of an assessment read closely: what the role does, the reader's fit and readiness
/// for it with the reasons, the activities it weighs most, the reader's own activities that
/// belong to it, and where to read more. Opened from an attempt's "Roles that fit you" (Tab to
/// a role and Enter); `p` opens the plan for the role.
///
/// It reads like a page (`ReadingScreen`), so it needs no drawing of its own: the page comes
/// from `RoleProfilePage`, laid out from `roles.yaml` and the attempt's answers, no new words
/// about the role beyond what the pack says.
public struct RoleProfile: Sendable, Equatable {
  /// The role's id in the pack's assessment.
  public var role: String
  /// The attempt whose answers the fit is read from (an index into `GuideState.attempts`).
  public var attempt: Int
  public var scroll: Int
  public var focusedLink: Int?

  public init(role: String, attempt: Int, scroll: Int = 0, focusedLink: Int? = nil) {
    self.role = role
    self.attempt = attempt
    self.scroll = scroll
    self.focusedLink = focusedLink
  }
}

extension RoleProfile: ReadingScreen {
  public var screen: Screen { .role(self) }

  /// `p` is listed only where there is a plan to open.
  public func keyTable(_ guide: Guide) -> KeyTable {
    guide.pack.plan == nil ? Bindings.roleProfileNoPlan : Bindings.roleProfile
  }

  public func ownKey(_ key: Key, _ guide: inout Guide) -> [Effect]? {
    guard Bindings.rolePlan.takes(key), guide.pack.plan != nil else { return nil }
    guide.openPlan(role: role)
    return []
  }

  public func pageSource(width: Int, _ guide: Guide) -> (any PageSourcing)? {
    guard guide.pack.assessment?.role(role) != nil, guide.state.attempts.indices.contains(attempt)
    else { return nil }
    return RoleProfilePage(role: role, attempt: attempt, width: width)
  }

  public func breadcrumbs(_ guide: Guide) -> [String] {
    AttemptScreen(position: ResultsPosition(attempt: attempt)).breadcrumbs(guide)
      + [guide.pack.assessment?.role(role)?.title ?? role]
  }
}

extension Guide {
  /// Opens the profile of a role listed on the attempt on screen; elsewhere (no attempt on
  /// screen), the plan for the role, as before there were profiles.
  mutating func openRoleProfile(_ role: String) {
    guard case .results(let position) = state.screen, let attempt = position.attempt,
      pack.assessment?.role(role) != nil
    else { return openPlan(role: role) }
    push(.role(RoleProfile(role: role, attempt: attempt)))
  }
}

/// A role's profile for one attempt, at a width.
struct RoleProfilePage: PageSourcing {
  let role: String
  let attempt: Int
  let width: Int

  func layout(in guide: Guide) -> PageView? {
    guard let assessment = guide.pack.assessment, let role = assessment.role(role),
      let attempt = guide.state.attempts[safe: attempt]
    else { return nil }
    return RoleProfileLayout.layout(
      role, attempt: attempt, assessment: assessment, pack: guide.pack, width: width,
      glyphs: guide.glyphs)
  }
}

/// The profile's page: pure, from the role, the attempt and the pack.
public enum RoleProfileLayout {
  /// The pages every profile points to after the role's own, when the pack has them.
  static let furtherReading = ["career/roles", "career/pay", "career/breaking-in"]

  public static func layout(
    _ role: JobRole, attempt: Attempt, assessment: Assessment, pack: ContentPack, width: Int,
    glyphs: Glyphs
  ) -> PageView {
    var builder = PageBuilder(width: width, glyphs: glyphs)
    builder.title(role.title)
    builder.blank()
    if role.outside { builder.paragraph([("A neighbour of DevRel, outside it.", .dim)]) }
    builder.paragraph([(role.summary, .plain)])
    let fit =
      attempt.isAssessment ? RoleScoring.fit(role, assessment, answers: attempt.answers) : nil
    yourFit(fit, &builder)
    weighs(role, assessment, &builder)
    yours(role, assessment, attempt, &builder)
    builder.blank()
    builder.paragraph([("How the guide weighs it", .heading)])
    builder.paragraph([(role.basis, .dim)])
    readMore(role, pack, &builder)
    if pack.plan != nil {
      builder.blank()
      builder.paragraph([("Press p for a plan to grow into this role.", .dim)])
    }
    return PageView(width: width, lines: builder.lines, links: builder.links)
  }

  /// Fit and readiness, and the reasons behind the fit.
  static func yourFit(_ fit: RoleFit?, _ builder: inout PageBuilder) {
    builder.blank()
    builder.paragraph([("Your fit", .heading)])
    guard let fit else {
      builder.paragraph([("Nothing this role weighs was rated, so it has no fit.", .dim)])
      return
    }
    let style: SpanStyle = fit.fit >= RoleScoring.fitsWell ? .good : .plain
    builder.paragraph([(FitWords.numbers(fit), style)])
    for reason in fit.reasons { builder.paragraph([(reason, .dim)], indent: 2) }
    builder.paragraph([
      (
        "Fit comes from what you would enjoy; readiness, shown apart, from what you have done.",
        .dim
      )
    ])
  }

  /// The activities the role weighs 2 or 3, heaviest first; those it weighs 1 on one line.
  static func weighs(_ role: JobRole, _ assessment: Assessment, _ builder: inout PageBuilder) {
    let weighed = role.weights.sorted { $0.weight > $1.weight }.compactMap { entry in
      assessment.activity(entry.activity).map { ($0, entry.weight) }
    }
    guard !weighed.isEmpty else { return }
    builder.blank()
    builder.paragraph([("What it weighs most", .heading)])
    for (activity, weight) in weighed where weight >= 2 {
      builder.bullet([
        (activity.text, .plain), (weight >= 3 ? ": the heart of it" : ": a large part", .dim),
      ])
    }
    let minor = weighed.filter { $0.1 < 2 }.map(\.0)
    if !minor.isEmpty {
      builder.paragraph([("Also a part of it: " + RoleScoring.list(minor[...]) + ".", .dim)])
    }
  }

  /// The reader's thrive, grow, drains and avoid groups, kept to what the role weighs.
  static func yours(
    _ role: JobRole, _ assessment: Assessment, _ attempt: Attempt, _ builder: inout PageBuilder
  ) {
    guard attempt.isAssessment else { return }
    let all = RoleScoring.groups(assessment, answers: attempt.answers)
    let weighs = { (activity: Activity) in role.weight(activity.id) > 0 }
    let groups = ActivityGroups(
      thrive: all.thrive.filter(weighs), grow: all.grow.filter(weighs),
      drains: all.drains.filter(weighs), avoid: all.avoid.filter(weighs))
    FitLayout.groups(groups, heading: "Your activities in this role", &builder)
  }

  /// The role's own page, then the pages on roles, pay and breaking in, each once.
  static func readMore(_ role: JobRole, _ pack: ContentPack, _ builder: inout PageBuilder) {
    var seen = Set<String>()
    let ids = ([role.topic] + furtherReading).filter {
      pack.topics[$0] != nil && seen.insert($0).inserted
    }
    guard !ids.isEmpty else { return }
    builder.blank()
    builder.paragraph([("Read more", .heading)])
    for id in ids {
      let title = pack.topics[id]?.title ?? id
      builder.bullet(builder.runs([.link(label: title, target: id)]))
    }
  }
}
