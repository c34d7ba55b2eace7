import GuideContent
import GuideTestSupport
import Testing

@testable import GuideCore

@Suite("Searching text")
struct SearchTests {
  @Test func asciiTermsMatchIgnoringCase() {
    #expect(Needle("DevRel").isFound(in: "what devrel people do"))
    #expect(Needle("meetup").isFound(in: "At a MEETUP."))
    #expect(!Needle("meetups").isFound(in: "a meetup"))
    #expect(Needle("é").isFound(in: "Café"))
    #expect(Needle("日本").isFound(in: "Editors and 日本語 text"))
    #expect(!Needle("x").isFound(in: ""))
  }

  @Test func hitsComeInMenuOrderWithTheWholeMatchingLine() {
    let hits = Search.run("CODE", in: Fixture.pack)
    #expect(
      hits.first
        == SearchHit(
          topicID: "intro", title: "Introduction", line: "Read the code page next.", block: 2))
    #expect(hits.map(\.topicID) == ["intro", "skills/code", "skills/code", "skills/code"])
    #expect(Search.run("", in: Fixture.pack).isEmpty)
  }
}
