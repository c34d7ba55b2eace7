import GuideCore
import GuideTestSupport
import Testing

/// A paste is one event: text for the search line, nothing anywhere else.
@Suite("Pasted text")
struct PasteTests {
  @Test func aPasteOnHomeChangesNothing() {
    var guide = Fixture.guide()
    let before = guide.state
    #expect(guide.handle(.paste("q 1 2\n/quit")) == [])
    #expect(guide.state == before)
  }

  @Test func aPasteInTheSearchLineIsTheQueryWithLineBreaksAsSpacesAndNoControls() {
    var guide = Fixture.guide()
    _ = guide.handle(.key(.character("/")))
    _ = guide.handle(.key(.character("t")))
    #expect(guide.handle(.paste("alk\u{1B}[2J\u{202E}\nto")) == [])
    #expect(guide.state.overlay?.search?.query == "talk[2J to")
    _ = guide.handle(.key(.backspace))
    _ = guide.handle(.key(.backspace))
    _ = guide.handle(.key(.backspace))
    _ = guide.handle(.key(.backspace))
    _ = guide.handle(.key(.backspace))
    _ = guide.handle(.key(.backspace))
    #expect(guide.state.overlay?.search?.query == "talk")
    #expect(guide.state.overlay?.search?.hits.map(\.topicID).contains("skills/talk") == true)
  }

  @Test func aPasteGoesInAtTheCursor() {
    var guide = Fixture.guide()
    _ = guide.handle(.key(.character("/")))
    _ = guide.handle(.key(.character("t")))
    _ = guide.handle(.key(.character("k")))
    _ = guide.handle(.key(.left))
    _ = guide.handle(.paste("al"))
    #expect(guide.state.overlay?.search?.line.text == "talk")
    #expect(guide.state.overlay?.search?.line.cursor == 3)
  }
}
