import CLibYAML

/// A YAML value and where it was written, as packs and the settings file use YAML: text,
/// lists and mappings. Every scalar is text; a reader turns it into a number where one is due.
public struct YAMLNode: Sendable {
  public enum Value: Sendable {
    case scalar(String)
    case sequence([YAMLNode])
    case mapping(YAMLMapping)
  }

  public var value: Value
  public var position: SourcePosition

  /// The text of a scalar; nil for a list or a mapping.
  public var string: String? {
    if case .scalar(let text) = value { return text }
    return nil
  }

  /// A whole number written as a scalar (`3`, `-1`).
  public var int: Int? { string.flatMap { Int($0) } }

  /// `true` or `false` (also `yes`/`no` and `on`/`off`, in any case, as YAML 1.1 allows).
  public var bool: Bool? {
    switch string?.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: return nil
    }
  }
}

/// Where something was written in a file, 1-based, for messages.
public struct SourcePosition: Sendable, Equatable {
  public var line: Int
  public var column: Int
}

/// The entries of a mapping in the order written; keys are unique (checked when read).
public struct YAMLMapping: Sendable, RandomAccessCollection {
  public let entries: [(key: YAMLNode, value: YAMLNode)]

  public var startIndex: Int { entries.startIndex }
  public var endIndex: Int { entries.endIndex }
  public subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) { entries[position] }

  /// The value of the entry whose key is the text `key`.
  public subscript(key: String) -> YAMLNode? {
    entries.first { $0.key.string == key }?.value
  }
}

/// A file that is not the YAML it should be, and where.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var message: String

  public var description: String { "line \(line), column \(column): \(message)" }
}

/// Reads YAML with libyaml, the C parser, into `YAMLNode`s.
public enum YAML {
  /// Lists and mappings nested deeper than this are refused: no real pack or settings file
  /// comes near it, and the tree is built by recursion, whose stack must stay bounded.
  public static let maxDepth = 64
  /// What a file may grow to once its aliases are expanded (text bytes plus one per node):
  /// aliases to aliases would otherwise let a small file stand for gigabytes of text that the
  /// loader then walks.
  public static let maxExpandedSize = PackLimits.maxPackBytes

  /// The one document of `text`, or nil when the text holds none (empty, or only comments).
  public static func compose(_ text: String) throws(YAMLError) -> YAMLNode? {
    var text = text
    // A byte order mark is how some editors start UTF-8 files; libyaml takes it only when it
    // works out the encoding itself, and we tell it the encoding.
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let result = text.withUTF8 { bytes in
      var reader = EventReader(bytes)
      return Result { () throws(YAMLError) in try reader.document() }
    }
    return try result.get()
  }
}

/// Builds the tree from libyaml's events: scalars, starts and ends of lists and mappings, and
/// aliases of anchored nodes.
private struct EventReader: ~Copyable {
  /// libyaml's state; it must not move while parsing, so it lives on the heap.
  private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
  private let bytes: UnsafeBufferPointer<UInt8>
  /// Anchored nodes, each with its expanded size, which an alias adds again.
  private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
  /// Lists and mappings open around the event being read.
  private var depth = 0
  /// The size of everything read so far, aliases expanded.
  private var expandedSize = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    yaml_parser_initialize(parser)
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
  }

  deinit {
    yaml_parser_delete(parser)
    parser.deallocate()
  }

  mutating func document() throws(YAMLError) -> YAMLNode? {
    var root: YAMLNode?
    var documents = 0
    while true {
      var event = try next()
      defer { yaml_event_delete(&event) }
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return root
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          throw error(at: event.start_mark, "a file holds one YAML document (found a second `---`)")
        }
      case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
        continue
      default:
        root = try node(startingWith: &event)
      }
    }
  }

  /// The node that `event` begins, reading on to its end.
  private mutating func node(startingWith event: inout yaml_event_t) throws(YAMLError) -> YAMLNode {
    // libyaml counts from 0; messages count from 1, as editors do.
    let position = SourcePosition(
      line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
    let value: YAMLNode.Value
    let anchor: UnsafeMutablePointer<yaml_char_t>?
    let sizeBefore = expandedSize
    try grow(by: 1, at: event.start_mark)
    switch event.type {
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      try grow(by: scalar.length, at: event.start_mark)
      value = .scalar(text(scalar.value, count: scalar.length))
      anchor = scalar.anchor
    case YAML_SEQUENCE_START_EVENT:
      try enterNesting(at: event.start_mark)
      defer { depth -= 1 }
      value = .sequence(try items(until: YAML_SEQUENCE_END_EVENT))
      anchor = event.data.sequence_start.anchor
    case YAML_MAPPING_START_EVENT:
      try enterNesting(at: event.start_mark)
      defer { depth -= 1 }
      value = .mapping(try mapping(at: event.start_mark))
      anchor = event.data.mapping_start.anchor
    case YAML_ALIAS_EVENT:
      let name = text(event.data.alias.anchor)
      guard let target = anchors[name] else {
        throw error(at: event.start_mark, "unknown alias `*\(Sanitizer.clean(name))`")
      }
      try grow(by: target.size, at: event.start_mark)
      return YAMLNode(value: target.node.value, position: position)
    default:
      throw error(at: event.start_mark, "unexpected YAML event")
    }
    let node = YAMLNode(value: value, position: position)
    if let anchor { anchors[text(anchor)] = (node, expandedSize - sizeBefore) }
    return node
  }

  /// Goes one list or mapping deeper, refusing to pass `maxDepth`; the caller steps back out.
  private mutating func enterNesting(at start: yaml_mark_t) throws(YAMLError) {
    guard depth < YAML.maxDepth else {
      throw error(at: start, "lists and mappings are nested deeper than \(YAML.maxDepth) levels")
    }
    depth += 1
  }

  /// Counts `size` more towards the expanded size, refusing to pass the limit.
  private mutating func grow(by size: Int, at mark: yaml_mark_t) throws(YAMLError) {
    expandedSize += size
    guard expandedSize <= YAML.maxExpandedSize else {
      throw error(
        at: mark,
        "aliases expand the file beyond \(YAML.maxExpandedSize / 1024 / 1024) MB")
    }
  }

  /// The nodes of a list or mapping, up to the event that ends it.
  private mutating func items(until end: yaml_event_type_t) throws(YAMLError) -> [YAMLNode] {
    var nodes: [YAMLNode] = []
    while true {
      var event = try next()
      defer { yaml_event_delete(&event) }
      if event.type == end { return nodes }
      nodes.append(try node(startingWith: &event))
    }
  }

  private mutating func mapping(at start: yaml_mark_t) throws(YAMLError) -> YAMLMapping {
    let nodes = try items(until: YAML_MAPPING_END_EVENT)
    var entries: [(key: YAMLNode, value: YAMLNode)] = []
    entries.reserveCapacity(nodes.count / 2)
    var seen = Set<String>()
    var duplicates: [String] = []
    for index in stride(from: 0, to: nodes.count - 1, by: 2) {
      let key = nodes[index]
      if let name = key.string, !seen.insert(name).inserted { duplicates.append(name) }
      entries.append((key, nodes[index + 1]))
    }
    if !duplicates.isEmpty {
      throw error(at: start, "duplicate keys: \(duplicates.joined(separator: ", "))")
    }
    return YAMLMapping(entries: entries)
  }

  private mutating func next() throws(YAMLError) -> yaml_event_t {
    var event = yaml_event_t()
    guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
    return event
  }

  /// libyaml's own words for what is wrong, at the place it names.
  private func syntaxError() -> YAMLError {
    let problem = parser.pointee.problem.map { String(cString: $0) } ?? "the YAML cannot be read"
    if parser.pointee.error == YAML_READER_ERROR {
      // The reader counts bytes, not lines.
      let (line, column) = position(ofByte: parser.pointee.problem_offset)
      return YAMLError(line: line, column: column, message: "YAML: \(problem)")
    }
    guard let contextText = parser.pointee.context.map({ String(cString: $0) }) else {
      return error(at: parser.pointee.problem_mark, "YAML syntax: \(problem)")
    }
    let (contextMark, problemMark) = (parser.pointee.context_mark, parser.pointee.problem_mark)
    // An unclosed quote or bracket is found only where the file ends or the next token stands;
    // the line to fix is where it opened, so point there and name the other place in words.
    let opensThere =
      contextText.hasPrefix("while scanning") || contextText.hasPrefix("while parsing a flow")
    if opensThere, contextMark.line < problemMark.line {
      return error(
        at: contextMark,
        "YAML syntax: \(contextText) starting here, \(problem) at line \(problemMark.line + 1)")
    }
    return error(at: problemMark, "YAML syntax: \(contextText) \(problem)")
  }

  private func error(at mark: yaml_mark_t, _ message: String) -> YAMLError {
    YAMLError(line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message)
  }

  private func position(ofByte offset: Int) -> (line: Int, column: Int) {
    let before = bytes.prefix(min(offset, bytes.count))
    let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    return (line, before.count - lineStart + 1)
  }

  /// A scalar's bytes (which may hold a NUL written as `\\0`), or an anchor's C string.
  private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int? = nil) -> String {
    guard let pointer else { return "" }
    guard let count else { return String(cString: pointer) }
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }
}
