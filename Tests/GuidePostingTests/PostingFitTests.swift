import GuideContent
import Testing

@testable import GuidePosting

@Suite("A posting beside the reader's quiz")
struct PostingFitTests {
  static let content = Dimension(id: "content", title: "Content", topics: ["write", "missing"])
  static let community = Dimension(id: "community", title: "Community", topics: [])
  static let pack = ContentPack(
    manifest: Manifest(id: "p", title: "P", version: "1", language: "en", tagline: ""),
    home: [], topics: ["write": Topic(id: "write", title: "Writing", body: [.heading("W")])],
    quiz: nil)
  static let blogPost = PlanAction(
    id: "blog", text: "Write a post.", dimension: "content", effort: .evening, topic: "write")
  static let talk = PlanAction(
    id: "talk", text: "Give a talk.", dimension: "content", effort: .weekend, topic: "gone")
  /// Each dimension a third: code 34%, content 33%, community 33%.
  let reading = PostingReader(lexicon: Lexicons.small).read(
    "Technical writing\n\nSDK\n\ncommunity")

  @Test func theStrongestAreaAndTheGrowthAreasAreNamedWithPagesAndActions() {
    let standing = PostingFit.Standing(
      scores: ["code": 80, "content": 30, "community": 50], strongest: "code",
      growth: [Self.content, Self.community],
      actions: ["content": [Self.blogPost, Self.talk]])
    let notes = PostingFit.notes(reading, standing: standing, pack: Self.pack)
    #expect(
      notes.map(\.sentence) == [
        "Leans on Code (34%), your strongest area (you scored 80).",
        "Leans on Content (33%), one of your growth areas (you scored 30): read Writing (write).",
        "Leans on Community (33%), one of your growth areas (you scored 50).",
      ])
    #expect(notes.map(\.dimension) == ["code", "content", "community"])
    #expect(notes[0].actions.isEmpty && notes[2].actions.isEmpty)
    // A page the pack lacks keeps its id as its title.
    #expect(
      notes[1].actions.map(\.detail) == [
        "an evening; read Writing (write)", "a weekend; read gone (gone)",
      ])
    #expect(notes[1].actions.map(\.text) == ["Write a post.", "Give a talk."])
  }

  @Test func neitherStrongestNorGrowthAreaIsOnlyItsScore() {
    let standing = PostingFit.Standing(
      scores: ["code": 70, "content": 65, "community": 62], strongest: nil, growth: [],
      actions: ["content": [Self.blogPost]])
    let notes = PostingFit.notes(reading, standing: standing, pack: Self.pack)
    #expect(
      notes.map(\.sentence) == [
        "Leans on Code (34%), where you scored 70.",
        "Leans on Content (33%), where you scored 65.",
        "Leans on Community (33%), where you scored 62.",
      ])
    #expect(notes.allSatisfy { $0.actions.isEmpty && $0.read.isEmpty })
  }

  @Test func smallSharesAndUnscoredDimensionsAreLeftOut() {
    let reading = PostingReader(lexicon: Lexicons.small).read(
      "SDK\n\nSDK\n\nSDK\n\nSDK\n\nSDK\n\nSDK\n\ncommunity")
    // Code 6 × 6 = 36 points (86%), community 6 (14%), below the notable share.
    let unscored = PostingFit.Standing(
      scores: ["community": 90], strongest: "community", growth: [])
    #expect(PostingFit.notes(reading, standing: unscored, pack: Self.pack) == [])
    let code = Dimension(id: "code", title: "Code", topics: [])
    let scored = PostingFit.Standing(
      scores: ["code": 10, "community": 90], strongest: "community", growth: [code])
    #expect(
      PostingFit.notes(reading, standing: scored, pack: Self.pack).map(\.sentence) == [
        "Leans on Code (86%), one of your growth areas (you scored 10)."
      ])
  }
}
