import GuideBundle
import GuideContent
import PropertyBased
import Testing

@testable import GuidePosting

/// Sections of a posting read through the bundled lexicon: what is set apart never counts, and
/// how a heading is written does not change the reading.
@Suite("Sections of a posting")
struct SectionTests {
  /// The bundled guide always has its lexicon (`LexiconLoadingTests` checks it).
  static let reader = ContentPack.bundled.posting.map { PostingReader(lexicon: $0) }

  /// Phrases of every kind the lexicon knows, none of them a heading word.
  static let phrases = [
    "SDK", "conference talks", "community", "tutorials", "Discord", "public speaking",
    "sample apps", "blog posts", "meetups", "documentation", "travel", "5+ years", "on-call",
    "competitive salary", "developer advocate", "technical writer", "hackathons", "workshops",
    "YouTube", "MCP servers", "a conference budget", "learning", "unicorn",
  ]

  static let bullets = Gen.int(in: 0...(phrases.count - 1)).array(of: 1...3)
    .map { "- " + $0.map { phrases[$0] }.joined(separator: " and ") }
    .array(of: 1...5)

  @Test func wordsUnderBenefitsNeverChangeTheShares() async throws {
    let reader = try #require(Self.reader)
    let headings = ["Benefits", "What we offer", "## Perks", "About us:", "**Benefits**"]
    let input = zip(
      Self.bullets, Self.bullets, Gen.int(in: 0...(headings.count - 1)), Gen.bool)
    await propertyCheck(count: 200, input: input) { input in
      let (work, benefits, heading, blank) = input
      let alone = reader.read("Requirements\n" + work.joined(separator: "\n"))
      let posting =
        "Requirements\n" + work.joined(separator: "\n") + (blank ? "\n\n" : "\n")
        + headings[heading] + "\n" + benefits.joined(separator: "\n")
      let reading = reader.read(posting)
      #expect(reading.emphasis == alone.emphasis, "\(posting)")
      #expect(reading.roles == alone.roles, "\(posting)")
    }
  }

  @Test func howAHeadingIsWrittenDoesNotChangeTheShares() async throws {
    let reader = try #require(Self.reader)
    let titles = [
      "Responsibilities", "Requirements", "Nice to have", "Benefits", "What we offer", "About us",
    ]
    /// Blank line before, blank line after, `## `, `:` and capitals, each on or off.
    let style = Gen.bool.array(of: 5...5)
    let section = zip(Gen.int(in: 0...(titles.count - 1)), style, Self.bullets)
    await propertyCheck(count: 200, input: section.array(of: 1...4)) { sections in
      func posting(styled: Bool) -> String {
        var text = "Developer Advocate\n"
        for (title, style, lines) in sections {
          let on = styled ? style : [true, false, false, false, false]
          var heading = titles[title]
          if on[4] { heading = heading.uppercased() }
          if on[3] { heading += ":" }
          if on[2] { heading = "## " + heading }
          text += (on[0] ? "\n" : "") + heading + "\n" + (on[1] ? "\n" : "")
          text += lines.joined(separator: "\n") + "\n"
        }
        return text
      }
      let plain = reader.read(posting(styled: false))
      let styled = reader.read(posting(styled: true))
      #expect(
        styled.emphasis.map(\.points) == plain.emphasis.map(\.points), "\(posting(styled: true))")
      #expect(styled.roles.map(\.points) == plain.roles.map(\.points))
    }
  }

  @Test func aNiceToHaveListEndsAtTheNextHeadingOrAParagraphOfProse() throws {
    let reader = try #require(Self.reader)
    let posting = """
      Developer Advocate
      Nice to have:
      - Discord
      Requirements
      - community

      Nice to have
      - public speaking

      Our process ends with a take-home demo and public speaking.
      """
    let reading = reader.read(posting)
    let take = try #require(reading.askAbout.first { $0.id == "take-home" })
    #expect(take.evidence.map(\.onlyNiceToHave) == [false])
    let communication = try #require(reading.emphasis.first { $0.id == "communication" })
    #expect(communication.evidence.map(\.points) == [6 + 3])
    let community = try #require(reading.emphasis.first { $0.id == "community" })
    #expect(
      community.evidence.map { [$0.phrase: $0.points] } == [["community": 6], ["Discord": 2]])
  }

  @Test func benefitsAreShownApartAndNeverCounted() throws {
    let reader = try #require(Self.reader)
    let reading = reader.read(
      "Developer Advocate\n- conference talks\n\nWhat we offer\n- Meetups in our office\n- Discord\n"
    )
    #expect(reading.setApart.map(\.phrase) == ["Meetups", "Discord"])
    #expect(reading.setApart.map(\.lines) == [[5], [6]])
    #expect(!reading.emphasis.flatMap(\.evidence).map(\.phrase).contains("Discord"))
  }
}
