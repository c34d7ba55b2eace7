import GuideContent

/// A home of seven entries with summaries too long for one line at 34 columns.
public enum LongMenuFixture {
  public static let pack = ContentPack(
    manifest: Manifest(id: "long", title: "Long", version: "1", language: "en", tagline: "T."),
    home: (1...7).map { MenuEntry(.topic("t\($0)")) },
    topics: Dictionary(
      uniqueKeysWithValues: (1...7).map { number in
        (
          "t\(number)",
          Topic(
            id: "t\(number)", title: "Topic \(number)",
            summary: "Summary \(number) is long enough to need two lines at this width.",
            body: [.paragraph([.text("Body.")])])
        )
      }),
    quiz: nil)
}
