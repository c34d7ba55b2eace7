import GuideContent

/// How a posting's emphasis meets the reader's last quiz: "leans on Content, one of your
/// growth areas", with the pages to read and the plan's actions to do next.
public enum PostingFit {
  /// The share a dimension needs in the posting to be worth setting beside a score.
  public static let notableShare = 20

  /// What the last quiz says of the reader, as the results page and the plan say it (the
  /// caller decides it with `Scoring.verdict` and `PlanView`, so the three never disagree).
  public struct Standing: Sendable, Equatable {
    public var scores: [String: Int]
    /// The skill that clearly leads, if one does.
    public var strongest: String?
    /// The growth areas (skills below 60), each with the pages that explain it.
    public var growth: [Dimension]
    /// The plan's actions per growth area; empty when the pack has no plan.
    public var actions: [String: [PlanAction]]

    public init(
      scores: [String: Int], strongest: String?, growth: [Dimension],
      actions: [String: [PlanAction]] = [:]
    ) {
      self.scores = scores
      self.strongest = strongest
      self.growth = growth
      self.actions = actions
    }
  }

  /// The heading ("Beside your quiz of …") and the notes, as every form of the reading shows
  /// them.
  public struct Beside: Sendable, Equatable {
    public var heading: String
    public var notes: [Note]

    public init(heading: String, notes: [Note]) {
      self.heading = heading
      self.notes = notes
    }
  }

  /// What the reading says about one dimension the posting leans on.
  public struct Note: Sendable, Equatable {
    /// The dimension's id.
    public var dimension: String
    /// The sentence, without the pages to read and the full stop.
    public var text: String
    /// Pages to read next (for a growth area): of the dimension's first three, those the
    /// pack has.
    public var read: [Page]
    /// The plan's actions for a growth area, in pack order.
    public var actions: [Action]

    /// The note as one sentence, each page with its id (for `devrel-guide show ID`): "Leans on
    /// Content (40%), one of your growth areas (you scored 30): read Writing (writing)."
    public var sentence: String {
      let pages = read.map { "\($0.title) (\($0.id))" }
      return text + (pages.isEmpty ? "" : ": read " + pages.joined(separator: ", ")) + "."
    }
  }

  /// A page of the pack, with the title to show for it.
  public struct Page: Sendable, Equatable {
    public var id: String
    public var title: String
  }

  /// A plan action to do next, with its rough effort and the page that explains it.
  public struct Action: Sendable, Equatable {
    public var id: String
    public var text: String
    public var effort: Effort
    public var page: Page

    /// "a weekend; read Code (skills/code)".
    public var detail: String { "\(effort.label); read \(page.title) (\(page.id))" }
  }

  /// How the role a posting reads as fits the reader, from their last assessment (the fit
  /// and reasons of "Roles that fit you", so the two never disagree); without one, how to
  /// take it. Every form of the reading shows `line` under the verdict.
  public struct YourFit: Sendable, Equatable, Encodable {
    /// The role's id and title.
    public var role: String
    public var title: String
    /// 0–100; nil when the reader has no assessment to give it from.
    public var fit: Int?
    /// "You enjoy: …." and "Drains you: …." as the results page words them.
    public var reasons: [String]
    public var line: String

    public init(role: String, title: String, fit: Int?, reasons: [String], line: String) {
      self.role = role
      self.title = title
      self.fit = fit
      self.reasons = reasons
      self.line = line
    }

    private enum CodingKeys: String, CodingKey { case role, title, fit, reasons, line }

    /// `fit` is written as null without an assessment, so a script sees the key either way.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(role, forKey: .role)
      try container.encode(title, forKey: .title)
      try container.encode(fit, forKey: .fit)
      try container.encode(reasons, forKey: .reasons)
      try container.encode(line, forKey: .line)
    }
  }

  /// The one line said when there is no assessment, where the reader is: on the command line
  /// the command to run, on the full screen the home entry.
  public enum HowToAssess {
    public static let command =
      "Take the self-assessment (devrel-guide quiz) to see how this role fits you."
    public static let screen =
      "Take the self-assessment from home to see how this role fits you."
  }

  /// One note per dimension the posting leans on (at least `notableShare`) that the reader
  /// has a score for, largest share first.
  public static func notes(
    _ reading: PostingReading, standing: Standing, pack: ContentPack
  ) -> [Note] {
    let leaning = reading.emphasis.enumerated().filter { $0.element.percent >= notableShare }
      .sorted {
        $0.element.percent != $1.element.percent
          ? $0.element.percent > $1.element.percent : $0.offset < $1.offset
      }
      .map(\.element)
    return leaning.compactMap { emphasis in
      guard let score = standing.scores[emphasis.id] else { return nil }
      let leans = "Leans on \(emphasis.title) (\(emphasis.percent)%)"
      var note = Note(
        dimension: emphasis.id, text: "\(leans), where you scored \(score)", read: [],
        actions: [])
      if emphasis.id == standing.strongest {
        note.text = "\(leans), your strongest area (you scored \(score))"
      } else if let dimension = standing.growth.first(where: { $0.id == emphasis.id }) {
        note.text = "\(leans), one of your growth areas (you scored \(score))"
        note.read = dimension.topics.prefix(3).compactMap { id in
          pack.topics[id].map { Page(id: id, title: $0.title) }
        }
        note.actions = (standing.actions[emphasis.id] ?? []).map { action in
          let title = pack.topics[action.topic]?.title ?? action.topic
          return Action(
            id: action.id, text: action.text, effort: action.effort,
            page: Page(id: action.topic, title: title))
        }
      }
      return note
    }
  }
}
