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
      #expect(error.message.hasPrefix("YAML syntax: "))
      #expect(error.line == 2)
    }
  }
}
