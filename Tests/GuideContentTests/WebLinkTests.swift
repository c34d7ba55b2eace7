import Testing

@testable import GuideContent
@testable import GuidePackLoader

/// Outside addresses in pack text: `[label](https://…)` and bare `https://…` become links;
/// every other scheme, and an address with spaces or control characters, is refused by
/// `validate` at the place it is written.
struct WebLinkTests {
  // MARK: - Reading

  @Test func aBracketedAddressIsAnOutsideLinkAndATopicIdStaysATopicLink() {
    #expect(
      InlineParser.parse("See [the book](https://example.org/b) or [skills](skills/code).") == [
        .text("See "), .webLink(label: "the book", url: "https://example.org/b"),
        .text(" or "), .link(label: "skills", target: "skills/code"), .text("."),
      ])
  }

  @Test func aBareAddressBecomesALinkWithoutTheSentencesPunctuation() {
    #expect(
      InlineParser.parse("Read https://example.org/a_(b). Then http://x.io, then stop.") == [
        .text("Read "),
        .webLink(label: "https://example.org/a_(b)", url: "https://example.org/a_(b)"),
        .text(". Then "), .webLink(label: "http://x.io", url: "http://x.io"),
        .text(", then stop."),
      ])
    #expect(
      InlineParser.parse("(see https://example.org/x)") == [
        .text("(see "), .webLink(label: "https://example.org/x", url: "https://example.org/x"),
        .text(")"),
      ])
  }

  @Test func textThatOnlyLooksLikeAnAddressStaysText() {
    for text in [
      "https://", "https:// x", "xhttps://example.org", "ftp://example.org", "javascript:alert(1)",
      "mailto:someone@example.org", "file:///etc/passwd",
    ] {
      #expect(InlineParser.parse(text) == [.text(text)], "\(text)")
    }
  }

  @Test func aBareAddressEndsAtTheFirstCharacterAnAddressCannotHold() {
    let parsed = InlineParser.parse(
      Sanitizer.clean("https://a.example/\u{1B}]8;;https://evil\u{7}x"))
    // The escape shows as a symbol and ends the first address; the bell is dropped, so what
    // follows is a harmless address of its own.
    #expect(
      parsed == [
        .webLink(label: "https://a.example/", url: "https://a.example/"),
        .text("\u{241B}]8;;"), .webLink(label: "https://evilx", url: "https://evilx"),
      ])
  }

  @Test func refusedSchemesInBracketsStayPlainTextSoNoLinkEverPointsThere() {
    for target in ["javascript:alert(1", "file:///etc/passwd", "data:text/html,x", "mailto:a@b.c"] {
      let text = "[click](\(target))"
      #expect(
        !InlineParser.parse(text).contains { if case .webLink = $0 { true } else { false } },
        "\(text)")
    }
  }

  @Test func theReaderSeesTheAddressAfterALabelThatIsNotIt() {
    #expect(
      Inline.webLink(label: "the book", url: "https://b.example").plainText
        == "the book (https://b.example)")
    #expect(
      Inline.webLink(label: "https://b.example", url: "https://b.example").plainText
        == "https://b.example")
  }

  @Test func textFullOfAddressLikeRunsIsReadInLinearTime() {
    let hostile =
      String(repeating: "https://", count: 20_000) + " "
      + String(repeating: "](https:", count: 20_000)
    let clock = ContinuousClock()
    var problems: [AddressCheck.Problem] = []
    let elapsed = clock.measure {
      _ = InlineParser.parse(hostile)
      problems = AddressCheck.problems(in: hostile)
    }
    #expect(elapsed < .seconds(2))
    #expect(problems.count == AddressCheck.maxProblems)
  }

  // MARK: - validate

  func issues(_ body: String) -> [String] {
    // Last, so the body's lines keep their numbers: a page with addresses needs a month.
    let topic = "id: a\ntitle: A\nsummary: s\nbody:\n" + body + "\nchecked: 2026-12\n"
    let source = PackSource(
      name: "p", files: [("pack.yaml", ValidatePositionTests.manifest), ("topics/a.yaml", topic)])
    return PackLoader.check(source).1.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }
  }

  @Test func everySchemeButHttpsAndHttpIsRefusedWhereItIsWritten() {
    let found = issues(
      """
        - text: >-
            Fine: [a](https://example.org/a) and [b](HTTP://example.org/b), but not
            [c](javascript:alert(1)) or [d](file:///etc/passwd).
        - bullets:
            - "[e](data:text/html,hi) [f](ftp://example.org) [g](mailto:a@example.org)"

      """)
    #expect(
      found == [
        "p/topics/a.yaml:7:11: `javascript:` addresses are not allowed: a link to outside the guide must use https: or http:",
        "p/topics/a.yaml:7:39: `file:` addresses are not allowed: a link to outside the guide must use https: or http:",
        "p/topics/a.yaml:9:14: `data:` addresses are not allowed: a link to outside the guide must use https: or http:",
        "p/topics/a.yaml:9:37: `ftp:` addresses are not allowed: a link to outside the guide must use https: or http:",
        "p/topics/a.yaml:9:60: `mailto:` addresses are not allowed: a link to outside the guide must use https: or http:",
      ])
  }

  @Test func anAddressWithASpaceOrAControlCharacterIsRefused() {
    // Where YAML escapes spell the address differently from the file, at the paragraph.
    let found = issues(
      """
        - text: "[a](https://example.org/a b) and [c](https://example.org/\\a)"
        - text: "[e](https://example.org/\\e]8;;x) [d](https://exämple.org) [h](https:nohost)"

      """)
    #expect(
      found == [
        "p/topics/a.yaml:5:16: the address holds a space or a control character (write a space as %20)",
        "p/topics/a.yaml:5:11: the address holds a space or a control character (write a space as %20)",
        "p/topics/a.yaml:6:11: the address holds a space or a control character (write a space as %20)",
        "p/topics/a.yaml:6:49: the address holds a character that is not allowed in one (percent-encode it)",
        "p/topics/a.yaml:6:74: the address has no host: write it as https://host/path",
      ])
  }

  @Test func anAddressLongerThanTheLimitIsRefused() {
    let long = "https://example.org/" + String(repeating: "a", count: WebAddress.maxLength)
    #expect(
      issues("  - text: \"[a](\(long))\"\n") == [
        "p/topics/a.yaml:5:16: the address is longer than \(WebAddress.maxLength) characters"
      ])
  }

  @Test func theBundledPacksAddressesAreAllLinks() throws {
    let pack = try Support.bundledPack()
    let addresses = pack.topics.values.flatMap { $0.body.flatMap(\.inlines) }.compactMap {
      if case .webLink(_, let url) = $0 { return url }
      return nil
    }
    #expect(addresses.count >= 25)
    #expect(addresses.allSatisfy { WebAddress.problem(with: $0[...]) == nil })
    #expect(Support.topicText(pack).contains("https://x.com/HaimantikaM"))
  }
}
