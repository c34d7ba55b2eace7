import Testing

@testable import GuideContent
@testable import GuidePackLoader

/// `validate` points at the place to edit: the bad link itself inside a folded paragraph, and
/// the line where an unclosed quote or bracket opens.
struct ValidatePositionTests {
  static let manifest = """
    id: positions
    title: Positions
    version: "1"
    language: en
    tagline: Where each problem is.
    home:
      - topic: a

    """

  func issues(topic: String) -> [String] {
    let source = PackSource(
      name: "p", files: [("pack.yaml", Self.manifest), ("topics/a.yaml", topic)])
    return PackLoader.check(source).1.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }
  }

  @Test func aBadLinkInAFoldedParagraphIsReportedAtItsTarget() {
    let found = issues(
      topic: """
        id: a
        title: A
        summary: s
        body:
          - text: >-
              The first line of a paragraph
              goes on to [one](nowhere) and
              [two](missing), [é](nowhere).
          - bullets:
              - "see [x](gone)"

        """)
    #expect(
      found == [
        "p/topics/a.yaml:7:24: link names unknown topic `nowhere`",
        "p/topics/a.yaml:8:13: link names unknown topic `missing`",
        "p/topics/a.yaml:8:27: link names unknown topic `nowhere`",
        "p/topics/a.yaml:10:18: link names unknown topic `gone`",
      ])
  }

  @Test func anUnknownIdCloseToAKnownOneSuggestsIt() {
    let found = issues(
      topic: "id: a\ntitle: A\nsummary: s\nbody:\n  - text: see [it](b) and [me](aa)\n")
    #expect(
      found == [
        "p/topics/a.yaml:5:20: link names unknown topic `b` (did you mean `a`?)",
        "p/topics/a.yaml:5:32: link names unknown topic `aa` (did you mean `a`?)",
      ])
  }

  @Test func suggestionsAreNearestFirstAndBounded() {
    let ids = ["preparing", "prepare", "on-call", "handover"]
    #expect(Suggestions.closest(to: "preparng", in: ids) == ["preparing", "prepare"])
    #expect(Suggestions.closest(to: "call", in: ids) == ["on-call"])
    #expect(Suggestions.closest(to: "zzzzzz", in: ids).isEmpty)
    #expect(Suggestions.closest(to: String(repeating: "p", count: 5000), in: ids).isEmpty)
  }

  @Test func anUnclosedQuoteIsReportedWhereItOpens() {
    let found = issues(topic: "id: a\ntitle: A\nsummary: s\nbody:\n  - text: \"open\n  - text: x\n")
      .filter { $0.hasPrefix("p/topics/") }
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("p/topics/a.yaml:5:11: YAML syntax: ") == true)
    #expect(found.first?.hasSuffix("at line 7") == true)
  }

  @Test func aBadIndentIsReportedOnItsOwnLine() {
    let found = issues(topic: "id: a\ntitle: A\nsummary: s\nbody:\n  - text: ok\n   - text: x\n")
    #expect(found.first?.hasPrefix("p/topics/a.yaml:6:4: YAML syntax: ") == true)
  }

  @Test func theSameTargetTwiceOnOneLineGetsTwoColumns() {
    let lines = SourceLines("a: x\nb: [p](q) [r](q)\n")
    #expect(
      lines.find("](q)", occurrence: 0, from: .init(line: 2, column: 4), skip: 2)
        == SourcePosition(line: 2, column: 8))
    #expect(
      lines.find("](q)", occurrence: 1, from: .init(line: 2, column: 4), skip: 2)
        == SourcePosition(line: 2, column: 15))
    #expect(lines.find("](q)", occurrence: 2, from: .init(line: 2, column: 4)) == nil)
    #expect(lines.find("](q)", occurrence: 0, from: .init(line: 9, column: 1)) == nil)
  }
}
