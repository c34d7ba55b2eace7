import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Searching text")
struct SearchTests {
  /// A pack of one topic whose body is `paragraphs`, for matching tests.
  static func pack(_ paragraphs: [String]) -> ContentPack {
    ContentPack(
      manifest: Fixture.pack.manifest, home: [MenuEntry(.topic("t"))],
      topics: [
        "t": Topic(
          id: "t", title: "T", body: paragraphs.map { .paragraph([.text($0)]) })
      ], quiz: nil)
  }

  static func lines(_ query: String, in paragraphs: [String]) -> [String] {
    SearchIndex(pack(paragraphs)).hits(for: query).map(\.line)
  }

  @Test func wordsMatchIgnoringCaseInEitherText() {
    #expect(
      Self.lines("DevRel", in: ["what devrel people do", "none"]) == ["what devrel people do"])
    #expect(Self.lines("meetup", in: ["At a MEETUP."]) == ["At a MEETUP."])
    #expect(Self.lines("meetups", in: ["a meetup"]) == ["a meetup"])
    #expect(Self.lines("CAFÉ", in: ["Café"]) == ["Café"])
    #expect(Self.lines("日本語", in: ["Editors and 日本語 text"]) == ["Editors and 日本語 text"])
    #expect(Self.lines("x", in: [""]).isEmpty)
  }

  @Test func aPhraseStaysInsideOneLineAndATopicIsOneHit() {
    // "a b" across the end of one block and the start of the next is not a phrase.
    #expect(Self.lines("\"a b\"", in: ["x a", "b x"]).isEmpty)
    let hits = SearchIndex(Self.pack(["go go go", "stop", "go"])).hits(for: "go")
    #expect(hits.map(\.block) == [0])
    #expect(hits.map(\.more) == [1])
    #expect(Self.lines("end", in: ["the end"]) == ["the end"])
    #expect(Self.lines("endings", in: ["the end"]) == ["the end"])
  }

  @Test func aQuizQuestionIsOneHitWhetherItsTextOrItsExplanationMatches() {
    let index = SearchIndex(Fixture.pack)
    let quiz = "Quiz: What does DevRel stand for?"
    #expect(index.hits(for: "stand for").map(\.title) == [quiz])
    #expect(index.hits(for: "developer relations").map(\.title) == [quiz])
    #expect(index.hits(for: "devrel").filter { $0.title == quiz }.count == 1)
  }

  @Test func aTitleHitComesFirstShowingItsBestPassage() {
    let hits = SearchIndex(Fixture.pack).hits(for: "CODE")
    #expect(
      hits == [
        SearchHit(topicID: "skills/code", title: "Code", line: "Writing code.", more: 2),
        SearchHit(
          topicID: "intro", title: "Introduction", line: "Read the code page next.", block: 2),
      ])
    #expect(SearchIndex(Fixture.pack).hits(for: "").isEmpty)
  }

  @Test func onlyTheHitsAskedForAreMadeAndTheRestAreCounted() {
    let topics = (0..<10).map { (id: "t\($0)", title: "T\($0)", text: ["go \($0)"]) }
    let index = SearchIndex(SearchMeaningTests.pack(topics))
    let (results, count) = index.search("go", limit: 3)
    #expect(count == 10)
    #expect(results.hits == Array(index.hits(for: "go").prefix(3)))
    #expect(results.hits.map(\.line) == ["go 0", "go 1", "go 2"])
    #expect(index.search("stop", limit: 3).count == 0)
  }
}
