import GuideContent
import Testing

@testable import GuidePosting

@Suite("A posting beside the reader's quiz")
struct PostingFitTests {
  static let dimensions = [
    Dimension(id: "code", title: "Code", topics: []),
    Dimension(id: "content", title: "Content", topics: ["write", "missing"]),
    Dimension(id: "community", title: "Community", topics: []),
  ]
  static let pack = ContentPack(
    manifest: Manifest(id: "p", title: "P", version: "1", language: "en", tagline: ""),
    home: [], topics: ["write": Topic(id: "write", title: "Writing", body: [.heading("W")])],
    quiz: nil)
  /// Each dimension a third: code 34%, content 33%, community 33%.
  let reading = PostingReader(lexicon: Lexicons.small).read(
    "Technical writing\n\nSDK\n\ncommunity")

  func ranked(_ scores: [String: Int]) -> [Dimension] {
    Self.dimensions.enumerated().sorted {
      (scores[$0.element.id] ?? 0, -$0.offset) > (scores[$1.element.id] ?? 0, -$1.offset)
    }.map(\.element)
  }

  @Test func theStrongestAreaAndTheGrowthAreasAreNamedWithPagesToRead() {
    let scores = ["code": 80, "content": 30, "community": 50]
    let lines = PostingFit.lines(reading, scores: scores, ranked: ranked(scores), pack: Self.pack)
    #expect(
      lines == [
        "Leans on Code (34%), your strongest area (you scored 80).",
        "Leans on Content (33%), one of your growth areas (you scored 30): read Writing (write).",
        "Leans on Community (33%), one of your growth areas (you scored 50).",
      ])
  }

  @Test func aTieEverywhereNamesNoStrongestOrGrowthArea() {
    let scores = ["code": 50, "content": 50, "community": 50]
    let lines = PostingFit.lines(reading, scores: scores, ranked: ranked(scores), pack: Self.pack)
    #expect(lines.allSatisfy { $0.hasSuffix("where you scored 50.") })
    #expect(lines.count == 3)
  }

  @Test func smallSharesAndUnscoredDimensionsAreLeftOut() {
    let reading = PostingReader(lexicon: Lexicons.small).read(
      "SDK\n\nSDK\n\nSDK\n\nSDK\n\nSDK\n\nSDK\n\ncommunity")
    // Code 6 × 6 = 36 points (86%), community 6 (14%), below the notable share.
    let lines = PostingFit.lines(
      reading, scores: ["community": 90], ranked: ranked(["community": 90]), pack: Self.pack)
    #expect(lines == [])
    let scored = PostingFit.lines(
      reading, scores: ["code": 10, "community": 90],
      ranked: ranked(["code": 10, "community": 90]), pack: Self.pack)
    #expect(scored == ["Leans on Code (86%), one of your growth areas (you scored 10)."])
  }
}
