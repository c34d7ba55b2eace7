import GuideBundle
import GuideContent
import Testing

@testable import GuidePosting

@Suite("Reading a large posting")
struct ScaleTests {
  /// A megabyte of varied posting text: paragraphs, bullets, headings and long lines.
  static func megabytePosting() -> String {
    let paragraph = """
      About the role
      We are looking for a developer advocate to write tutorials, give conference talks and
      build sample apps for our SDK. You will grow our community on the forums and Discord.

      Nice to have:
      - Experience with on-call rotations, 3+ years of public speaking, open source work.
      - Ünïcödé wörds, 日本語のテキスト, and punctuation — dashes, "quotes", (brackets)!


      """
    var text = ""
    while text.utf8.count < 1_000_000 { text += paragraph }
    return text
  }

  /// A sanity check with a bound generous enough for a debug build on a busy machine; the
  /// benchmark measures the release build.
  @Test func aMegabyteIsReadInBoundedTime() throws {
    let lexicon = try #require(ContentPack.bundled.posting)
    let reader = PostingReader(lexicon: lexicon)
    let text = Self.megabytePosting()
    let clock = ContinuousClock()
    var reading: PostingReading?
    let elapsed = clock.measure { reading = reader.read(text) }
    #expect(elapsed < .seconds(5), "took \(elapsed)")
    let emphasis = try #require(reading?.emphasis)
    #expect(emphasis.map(\.percent).reduce(0, +) == 100)
    let advocate = reading?.roles.first
    #expect(advocate?.id == "developer-advocate")
    // One counted occurrence per paragraph, with the first lines kept.
    #expect(advocate?.evidence.first?.lines.count == Evidence.maxLines)
  }
}
