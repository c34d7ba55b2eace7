import Testing

@testable import GuideContent
@testable import GuidePackLoader

@Suite("Reading YAML with libyaml")
struct YAMLTests {
  @Test func mappingsListsAndTextKeepTheirPlaceAndOrder() throws {
    let root = try #require(try YAML.compose("title: Hi\nitems:\n  - one\n  - \"two\"\ncount: 3\n"))
    guard case .mapping(let map) = root.value else {
      Issue.record("not a mapping: \(root)")
      return
    }
    #expect(map.map { $0.key.string } == ["title", "items", "count"])
    #expect(map["title"]?.string == "Hi")
    #expect(map["count"]?.int == 3)
    let items = try #require(map["items"])
    #expect(items.position == SourcePosition(line: 3, column: 3))
    guard case .sequence(let list) = items.value else {
      Issue.record("not a list: \(items)")
      return
    }
    #expect(list.map(\.string) == ["one", "two"])
    #expect(list[1].position == SourcePosition(line: 4, column: 5))
  }

  @Test func everyScalarIsText() throws {
    let root = try #require(try YAML.compose("a: 1.0\nb: null\nc: yes\nd:\n"))
    guard case .mapping(let map) = root.value else { return }
    #expect(map.map { $0.value.string } == ["1.0", "null", "yes", ""])
    #expect(map["c"]?.bool == true)
    #expect(map["a"]?.bool == nil)
    #expect(map["a"]?.int == nil)
  }

  @Test func anAliasRepeatsItsAnchoredValue() throws {
    let root = try #require(try YAML.compose("a: &name Ada\nb: *name\n"))
    guard case .mapping(let map) = root.value else { return }
    #expect(map["b"]?.string == "Ada")
    #expect(throws: YAMLError(line: 1, column: 4, message: "unknown alias `*nope`")) {
      try YAML.compose("a: *nope\n")
    }
  }

  @Test func emptyTextOrOnlyCommentsIsNoDocument() throws {
    #expect(try YAML.compose("")?.position == nil)
    #expect(try YAML.compose("# nothing here\n")?.position == nil)
  }

  @Test func problemsNameTheirLineAndColumn() {
    #expect(throws: YAMLError(line: 1, column: 1, message: "duplicate keys: a")) {
      try YAML.compose("a: 1\nb: 2\na: 3\n")
    }
    #expect(
      throws: YAMLError(
        line: 2, column: 1, message: "a file holds one YAML document (found a second `---`)")
    ) {
      try YAML.compose("a: 1\n---\nb: 2\n")
    }
    // A control character is refused by libyaml's reader, which counts bytes: still a line.
    #expect(
      throws: YAMLError(line: 2, column: 4, message: "YAML: control characters are not allowed")
    ) {
      try YAML.compose("a: 1\nb: \u{07}\n")
    }
    do {
      _ = try YAML.compose("a: [1, 2\nb: 3\n")
      Issue.record("an unclosed list was read")
    } catch {
      // Found where the next key stands, but placed where the list opens: that line needs the `]`.
      #expect(error.message.hasPrefix("YAML syntax: "))
      #expect(error.message.hasSuffix("at line 2"))
      #expect(error.line == 1 && error.column == 4)
    }
  }

  // MARK: - Hostile input

  @Test func nestingPastTheLimitIsAnErrorAtItsPlaceNotACrash() {
    // 20,000 levels once overflowed the stack of the tree's recursive build.
    for text in [
      String(repeating: "[", count: 20_000), String(repeating: "{a: ", count: 20_000),
      (0..<200).map { String(repeating: "  ", count: $0) + "- \n" }.joined(),
    ] {
      #expect(throws: YAMLError.self) { try YAML.compose(text) }
      do {
        _ = try YAML.compose(text)
      } catch {
        #expect(error.message == "lists and mappings are nested deeper than 64 levels")
        #expect(error.line >= 1 && error.line <= 66)
      }
    }
  }

  @Test func nestingUpToTheLimitIsRead() throws {
    let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    var node = try #require(try YAML.compose(text))
    var depth = 0
    while case .sequence(let items) = node.value, let first = items.first {
      node = first
      depth += 1
    }
    #expect(depth == 63, "64 lists, the innermost empty")
  }

  @Test func aliasesThatExpandPastThePackLimitAreRefused() {
    // Ten levels of ten aliases each: 10^10 copies of a 100-byte text from a 1 KB file.
    var lines = ["a0: &a0 \"\(String(repeating: "x", count: 100))\""]
    for level in 1...10 {
      let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("a\(level): &a\(level) [\(previous)]")
    }
    let text = lines.joined(separator: "\n")
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      #expect(throws: YAMLError.self) { try YAML.compose(text) }
    }
    #expect(elapsed < .seconds(2))
    do {
      _ = try YAML.compose(text)
    } catch {
      #expect(error.message == "aliases expand the file beyond 32 MB")
    }
  }

  @Test func aFewAliasesStillWork() throws {
    let root = try #require(try YAML.compose("a: &x [one, two]\nb: *x\nc: *x\n"))
    guard case .mapping(let map) = root.value, case .sequence(let items) = map["c"]?.value else {
      Issue.record("not read: \(root)")
      return
    }
    #expect(items.map(\.string) == ["one", "two"])
  }

  @Test func aByteOrderMarkAtTheStartIsAccepted() throws {
    let root = try #require(try YAML.compose("\u{FEFF}title: Hi\n"))
    guard case .mapping(let map) = root.value else {
      Issue.record("not a mapping: \(root)")
      return
    }
    #expect(map["title"]?.string == "Hi")
    #expect(map["title"]?.position == SourcePosition(line: 1, column: 8))
  }
}
