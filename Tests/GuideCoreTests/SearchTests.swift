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

  @Test func termsMatchIgnoringCaseInEitherText() {
    #expect(
      Self.lines("DevRel", in: ["what devrel people do", "none"]) == ["what devrel people do"])
    #expect(Self.lines("meetup", in: ["At a MEETUP."]) == ["At a MEETUP."])
    #expect(Self.lines("meetups", in: ["a meetup"]).isEmpty)
    #expect(Self.lines("É", in: ["Café"]) == ["Café"])
    #expect(Self.lines("日本", in: ["Editors and 日本語 text"]) == ["Editors and 日本語 text"])
    #expect(Self.lines("x", in: [""]).isEmpty)
  }

  @Test func aMatchStaysInsideOneLineAndEachLineCountsOnce() {
    // "ab" across the end of one block and the start of the next is not a match.
    #expect(Self.lines("ab", in: ["xa", "bx"]).isEmpty)
    let hits = SearchIndex(Self.pack(["go go go", "stop", "go"])).hits(for: "go")
    #expect(hits.map(\.block) == [0, 2])
    // The needle at the very end of the text, and longer than what is left.
    #expect(Self.lines("end", in: ["the end"]) == ["the end"])
    #expect(Self.lines("ending", in: ["the end"]).isEmpty)
  }

  @Test func aQuizQuestionIsOneHitWhetherItsTextOrItsExplanationMatches() {
    let index = SearchIndex(Fixture.pack)
    let quiz = "Quiz: What does DevRel stand for?"
    #expect(index.hits(for: "stand for").map(\.title) == [quiz])
    #expect(index.hits(for: "developer relations").map(\.title) == [quiz])
    // Both the question and its explanation say "DevRel": still one hit for the question.
    #expect(index.hits(for: "devrel").filter { $0.title == quiz }.count == 1)
  }

  @Test func hitsComeInMenuOrderWithTheWholeMatchingLine() {
    let hits = SearchIndex(Fixture.pack).hits(for: "CODE")
    #expect(
      hits.first
        == SearchHit(
          topicID: "intro", title: "Introduction", line: "Read the code page next.", block: 2))
    #expect(hits.map(\.topicID) == ["intro", "skills/code", "skills/code", "skills/code"])
    #expect(SearchIndex(Fixture.pack).hits(for: "").isEmpty)
  }

  @Test func onlyTheHitsAskedForAreMadeAndTheRestAreCounted() {
    let index = SearchIndex(Self.pack((0..<10).map { "go \($0)" }))
    var made: [SearchHit] = []
    let count = index.hits(for: "go", building: 3) { made.append($0) }
    #expect(count == 10)
    #expect(made == Array(index.hits(for: "go").prefix(3)))
    #expect(made.map(\.line) == ["go 0", "go 1", "go 2"])
    // A quiz question whose text and explanation both match still counts once.
    #expect(
      SearchIndex(Fixture.pack).hits(for: "devrel", building: 0) { _ in }
        == SearchIndex(Fixture.pack).hits(for: "devrel").count)
    #expect(index.hits(for: "stop", building: 3) { made.append($0) } == 0)
  }
}
