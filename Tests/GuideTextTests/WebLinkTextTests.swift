import GuideContent
import Testing

@testable import GuideText

/// Outside addresses in each text format: visible in plain text, Markdown links with their
/// brackets escaped, and a `links` field in JSON.
struct WebLinkTextTests {
  static let topic = Topic(
    id: "reading", title: "Reading",
    body: [
      .paragraph([
        .text("See "), .webLink(label: "the [draft] book", url: "https://example.org/a_(b)"),
        .text(" and "), .webLink(label: "https://example.org/c", url: "https://example.org/c"),
        .text("."),
      ])
    ])
  static let pack = ContentPack(
    manifest: Manifest(id: "p", title: "P", version: "1", language: "en", tagline: ""),
    home: [MenuEntry(.topic("reading"))], topics: ["reading": topic], quiz: nil)

  @Test func plainTextShowsEachAddressInTheText() {
    let text = PlainText.topic(Self.topic, in: Self.pack, width: 80, unicode: true)
    #expect(
      text == """
        Reading
        ───────

        See the [draft] book (https://example.org/a_(b)) and https://example.org/c.

        """)
  }

  @Test func markdownWritesLinksWithBracketsAndParenthesesEscaped() {
    #expect(
      TopicExport.markdown(Self.topic, in: Self.pack) == """
        # Reading

        See [the \\[draft\\] book](https://example.org/a_\\(b\\)) and [https://example.org/c](https://example.org/c).

        """)
  }

  @Test func markdownEscapesABackslashSoItCannotEscapeTheClosingBracket() {
    #expect(TopicExport.markdownLink("a\\", "https://e.org/") == "[a\\\\](https://e.org/)")
  }

  @Test func jsonListsEveryAddressBesideTheTextThatStillShowsIt() throws {
    let json = try TopicExport.json(Self.topic, in: Self.pack)
    #expect(
      json.contains(
        """
          "links" : [
            {
              "text" : "the [draft] book",
              "url" : "https://example.org/a_(b)"
            },
            {
              "text" : "https://example.org/c",
              "url" : "https://example.org/c"
            }
          ],
        """))
    #expect(
      json.contains(
        "\"text\" : \"See the [draft] book (https://example.org/a_(b)) and https://example.org/c.\""
      ))
  }

  @Test func aTopicWithoutAddressesHasAnEmptyList() throws {
    let plain = Topic(id: "reading", title: "Reading", body: [.paragraph([.text("No links.")])])
    #expect(try TopicExport.json(plain, in: Self.pack).contains("\"links\" : [\n\n  ],"))
  }
}
