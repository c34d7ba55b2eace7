import Foundation
import Testing

@testable import GuideContent

@Suite(
  "The guide's own words",
  .enabled(if: SeedArticle.isAvailable, "needs ../shared/seed beside the repository"))
struct NoCopyingTests {
  /// The longest run of words the guide may share with the article.
  static let longestSharedRun = 7

  /// The article split into sentences, each as normalised words.
  static func articleSentences() -> [[String]] {
    let withoutCode = SeedArticle.prose.replacingOccurrences(of: "`", with: "")
    var sentences: [[String]] = []
    var current = ""
    let characters = Array(withoutCode)
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      if character == "\n" || (".!?".contains(character) && next.isWhitespace) {
        sentences.append(Support.words(current))
        current = ""
      } else {
        current.append(character)
      }
    }
    sentences.append(Support.words(current))
    return sentences.filter { !$0.isEmpty }
  }

  static func runs(of length: Int, in words: [String]) -> [String] {
    guard words.count >= length else { return [] }
    return (0...(words.count - length)).map { words[$0..<($0 + length)].joined(separator: " ") }
  }

  @Test("splits the article into many sentences")
  func articleIsSplit() {
    let sentences = Self.articleSentences()
    #expect(sentences.count > 30)
    #expect(sentences.contains { $0.first == "developers" && $0.contains("software") })
  }

  @Test("shares no run of eight words with the source article")
  func noEightWordRunIsCopied() throws {
    let pack = try Support.bundledPack()
    let guideWords = Support.words(Support.topicText(pack) + "\n" + Support.quizText(pack))
    let guideRuns = Set(Self.runs(of: Self.longestSharedRun + 1, in: guideWords))
    #expect(guideRuns.count > 1000)
    var copied: [String] = []
    for sentence in Self.articleSentences() {
      copied += Self.runs(of: Self.longestSharedRun + 1, in: sentence).filter(guideRuns.contains)
    }
    #expect(copied.isEmpty, "copied from the article: \(copied)")
  }

  @Test("would catch a copied sentence")
  func checkCatchesCopying() {
    let copiedText = "As the article says, developers are a crucial part of the ecosystem in which"
    let guideRuns = Set(Self.runs(of: Self.longestSharedRun + 1, in: Support.words(copiedText)))
    let found = Self.articleSentences().contains { sentence in
      Self.runs(of: Self.longestSharedRun + 1, in: sentence).contains(where: guideRuns.contains)
    }
    #expect(found)
  }
}
