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

  /// A sanity check with a bound generous enough for a debug build on a busy machine (the
  /// whole suite in parallel on two shared cores took 11.7 s); the benchmark measures the
  /// release build.
  @Test func aMegabyteIsReadInBoundedTime() throws {
    let lexicon = try #require(ContentPack.bundled.posting)
    let reader = PostingReader(lexicon: lexicon)
    let text = Self.megabytePosting()
    let clock = ContinuousClock()
    var reading: PostingReading?
    let elapsed = clock.measure { reading = reader.read(text) }
    #expect(elapsed < .seconds(15), "took \(elapsed)")
    let emphasis = try #require(reading?.emphasis)
    #expect(emphasis.map(\.percent).reduce(0, +) == 100)
    let advocate = reading?.roles.first
    #expect(advocate?.id == "developer-advocate")
    // One counted occurrence per paragraph, with the first lines kept.
    #expect(advocate?.evidence.first?.lines.count == Evidence.maxLines)
  }

  /// Every word different, so none is found in the reader's cache of words already seen:
  /// each is stemmed, and the cache grows to hold them all (a fifth of a megabyte: stemming
  /// every word is slow in a debug build; the release build reads a megabyte in about 70 ms).
  @Test func wordsThatNeverRepeatAreReadInBoundedTime() throws {
    let lexicon = try #require(ContentPack.bundled.posting)
    var text = "Developer advocate\n\n"
    var number = 0
    while text.utf8.count < 200_000 {
      // "qa", "qb", … "qzz…": letters only, so no two are the same number.
      var word = "q"
      var rest = number
      repeat {
        word.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "a") + UInt8(rest % 26)))
        rest /= 26
      } while rest > 0
      text += word + (number % 12 == 11 ? "\n" : " ")
      number += 1
    }
    let clock = ContinuousClock()
    var reading: PostingReading?
    let elapsed = clock.measure { reading = PostingReader(lexicon: lexicon).read(text) }
    #expect(elapsed < .seconds(10), "took \(elapsed)")
    #expect(reading?.roles.first?.id == "developer-advocate")
  }
}
