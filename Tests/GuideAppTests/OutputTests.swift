import Testing

@testable import GuideApp

@Suite("Printed output")
struct OutputTests {
  @Test func colourCodesSurviveAndEveryOtherEscapeIsDefused() {
    let coloured = "\u{1B}[1;36mTitle\u{1B}[0m and \u{1B}[1;31mmatch\u{1B}[0m\n"
    #expect(terminalSafeKeepingColor(coloured) == coloured)
    let hostile = terminalSafeKeepingColor("a\u{1B}]0;owned\u{07}b\u{1B}[2Jc\u{1B}[31xd\u{1B}")
    #expect(hostile.filter { $0 == "\u{1B}" }.isEmpty, "\(hostile)")
    #expect(hostile.hasPrefix("a") && hostile.contains("0;owned") && hostile.contains("[2Jc"))
    #expect(!hostile.contains("\u{07}"))
  }
}
