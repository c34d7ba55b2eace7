import GuideContent
import GuideCore

/// The fixture pack with "Read a job posting" on home and a small lexicon whose numbers are
/// easy to follow by hand: a posting of a few lines gives round shares.
public enum PostingFixture {
  public static let lexicon = PostingLexicon(
    subject: "DevRel",
    dimensions: [
      PostingDimension(
        id: "code", title: "Code",
        phrases: [WeightedPhrase("SDK", weight: 3), WeightedPhrase("demos", weight: 1)]),
      PostingDimension(
        id: "talk", title: "Talk",
        phrases: [WeightedPhrase("conference talks", weight: 2), WeightedPhrase("speak")]),
    ],
    roles: [
      PostingRole(
        id: "advocate", title: "Developer advocate", topic: "skills/talk",
        signature: [WeightedPhrase("developer advocate", weight: 5), WeightedPhrase("demos")])
    ],
    askAbout: [
      PostingFlag(
        id: "travel", title: "Travel", ask: "How many days a month?", phrases: ["travel"])
    ],
    niceToHave: ["nice to have"])

  /// Two actions for Code and one for Talk, so a growth area's actions can be told apart.
  public static let plan = Plan(actions: [
    PlanAction(
      id: "code-demo", text: "Build a demo with an SDK you like.", dimension: "code",
      effort: .weekend, topic: "skills/code"),
    PlanAction(
      id: "code-issue", text: "Answer an issue.", dimension: "code", effort: .evening,
      topic: "intro"),
    PlanAction(
      id: "talk-meetup", text: "Speak at a meetup.", dimension: "talk", effort: .month,
      topic: "skills/talk"),
  ])

  public static let pack = ContentPack(
    manifest: Fixture.pack.manifest, home: Fixture.pack.home + [MenuEntry(.posting)],
    topics: Fixture.pack.topics, quiz: Fixture.pack.quiz, posting: lexicon, plan: plan)

  /// Where home's "Read a job posting" entry is.
  public static var homeIndex: Int { pack.home.count - 1 }

  /// A short posting: SDK and demos for Code (3 + 1, twice), conference talks for Talk (2,
  /// twice), travel to ask about.
  public static let posting = """
    Developer Advocate

    Build demos with our SDK.
    Give conference talks; some travel.
    """

  public static func guide(
    _ size: Size = Size(columns: 80, rows: 24), attempts: [Attempt] = []
  ) -> Guide {
    Fixture.guide(pack: pack, size, attempts: attempts)
  }
}
