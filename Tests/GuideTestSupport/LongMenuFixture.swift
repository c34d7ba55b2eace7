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

  /// Home leads to one submenu of seven entries whose own summary needs three lines at 34
  /// columns: too many for the rows left, so the summary must go whole, not half a sentence.
  public static let submenuPack = ContentPack(
    manifest: Manifest(id: "sub", title: "Sub", version: "1", language: "en", tagline: "T."),
    home: [MenuEntry(.topic("parent"))],
    topics: Dictionary(
      uniqueKeysWithValues: [
        (
          "parent",
          Topic(
            id: "parent", title: "Parent",
            summary: "A summary of this submenu that is far too long to fit in the rows left.",
            children: (1...7).map { MenuEntry(.topic("t\($0)")) })
        )
      ]
        + (1...7).map { number in
          ("t\(number)", Topic(id: "t\(number)", title: "Topic \(number)", body: []))
        }),
    quiz: nil)
}
