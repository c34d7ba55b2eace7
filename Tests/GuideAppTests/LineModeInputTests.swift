import GuideApp
import GuideTestSupport
import Testing

/// Long lines typed into the line mode cost time in proportion to their length, not more.
@Suite("The line mode against long input")
struct LineModeInputTests {
  @Test func aLongSearchLineIsSearchedOnceNotOncePerCharacter() throws {
    var output = ""
    var lines = [
      "/" + String(repeating: "editors ", count: 20_000),
      "x" + String(repeating: "y", count: 100_000), "q",
    ][...]
    var mode = LineMode(
      pack: try UIFixture.pack(), dependencies: .inMemory(), unicode: true, quizOnly: false,
      write: { output += $0 })
    let clock = ContinuousClock()
    var finished = false
    let elapsed = clock.measure { finished = mode.run(readLine: { lines.popFirst() }) }
    #expect(finished)
    // A search per character took over a minute for a line this long.
    #expect(elapsed < .seconds(2))
    // Words match in any order and a repeated word counts once, so the line finds "editors".
    #expect(output.contains("Editors, terminals"))
  }
}
