import GuideContent

/// `topics/*.yaml`: one topic each, its blocks, links and web addresses.
extension Loading {
  // MARK: - topics/*.yaml

  mutating func readTopic(_ file: (path: String, text: String)) -> (Topic, YAMLNode)? {
    guard let root = compose(file) else { return nil }
    topicText = file.text
    var reader = NodeReader(file: display(file.path))
    defer { issues += reader.issues }
    guard let map = reader.mapping(root, "a topic") else { return nil }
    reader.rejectUnknownKeys(
      map, allowed: ["id", "title", "summary", "body", "children", "see_also", "checked"])
    let id = reader.string(map, "id", in: root)
    let title = reader.string(map, "title", in: root)
    let summary = reader.string(map, "summary", in: root, required: false) ?? ""
    let children = readMenu(reader.sequence(map, "children", in: root), &reader)
    let blocks = reader.sequence(map, "body", in: root)
    let size = blocks.map(Self.size).reduce((items: 0, bytes: 0)) {
      ($0.items + $1.items, $0.bytes + $1.bytes)
    }
    guard size.items <= PackLimits.maxTopicItems, size.bytes <= PackLimits.maxTopicTextBytes
    else {
      reader.report(
        "the body has \(size.items) headings, paragraphs and bullets and \(size.bytes) bytes "
          + "of text; a topic may hold at most \(PackLimits.maxTopicItems) and "
          + "\(PackLimits.maxTopicTextBytes / 1024 / 1024) MB (split it into several topics)",
        at: map["body"])
      return nil
    }
    let body = blocks.compactMap { readBlock($0, &reader) }
    let seeAlso = reader.strings(map, "see_also", in: root)
    for (target, node) in seeAlso {
      references.append(
        Reference(target: target, file: reader.file, position: node.position, what: "see_also"))
    }
    if let id, !PackIDs.isValid(id) {
      reader.report("topic id `\(id)` may use only a-z, 0-9, `-` and `/`", at: map["id"])
    }
    // Blocks already reported (too long, wrong type) do not also make the body "missing".
    if blocks.isEmpty, children.isEmpty, id != nil {
      reader.report("a topic needs a `body` or `children`", at: root)
    }
    guard let id, let title else { return nil }
    var topic = Topic(
      id: id, title: title, summary: summary, body: body, children: children,
      seeAlso: seeAlso.map(\.0))
    topic.checked = readChecked(map, of: topic, in: root, &reader)
    return (topic, root)
  }

  /// The topic's `checked:` month: a real month, not after `today`; required once the page
  /// links to an outside source, and warned about when older than `staleAfter` months.
  func readChecked(
    _ map: YAMLMapping, of topic: Topic, in root: YAMLNode, _ reader: inout NodeReader
  )
    -> YearMonth?
  {
    guard let node = map["checked"] else {
      if topic.citesOutsideSources {
        reader.report(
          "topic `\(topic.id)` links to outside sources, so it needs `checked: YYYY-MM`: the "
            + "month every source on the page was last opened and confirmed", at: root)
      }
      return nil
    }
    guard let text = node.string, let month = YearMonth(text) else {
      reader.report(
        "`checked` must be a month written YYYY-MM, such as `checked: 2026-12`", at: node)
      return nil
    }
    guard let today else { return month }
    if month > today {
      reader.report(
        "`checked: \(month)` is after this month (\(today)): write the month the sources "
          + "were opened and confirmed", at: node)
      return nil
    }
    if let staleAfter, month.months(until: today) > staleAfter {
      reader.report(
        "topic `\(topic.id)` was checked \(month.months(until: today)) months ago "
          + "(\(month.spelled)): open its sources again and update `checked`", at: node,
        severity: .warning)
    }
    return month
  }

  /// A body block's headings, paragraphs and bullets (one, or a bullet list's length) and
  /// the bytes of their text, counted before any of it is parsed.
  static func size(_ block: YAMLNode) -> (items: Int, bytes: Int) {
    guard case .mapping(let pairs) = block.value, pairs.count == 1, let value = pairs.first?.value
    else { return (1, 0) }
    guard case .sequence(let items) = value.value else { return (1, value.string?.utf8.count ?? 0) }
    return (items.count, items.reduce(0) { $0 + ($1.string?.utf8.count ?? 0) })
  }

  mutating func readBlock(_ node: YAMLNode, _ reader: inout NodeReader) -> Block? {
    guard let map = reader.mapping(node, "a body block"), let (key, value) = map.first,
      let kind = key.string, map.count == 1
    else {
      reader.report("a body block is one of `heading:`, `text:` or `bullets:`", at: node)
      return nil
    }
    switch kind {
    case "heading":
      guard value.string != nil else { break }
      return reader.boundedText(value).map { .heading(Sanitizer.clean($0)) }
    case "text":
      guard value.string != nil else { break }
      guard let text = reader.boundedText(value) else { return nil }
      let inlines = InlineParser.parse(Sanitizer.clean(text))
      noteLinks(inlines, node: value, &reader)
      checkAddresses(text, node: value, &reader)
      return .paragraph(inlines)
    case "bullets":
      guard case .sequence(let items) = value.value else { break }
      let parsed: [[Inline]] = items.compactMap { item in
        guard item.string != nil else {
          reader.report("each bullet must be text", at: item)
          return nil
        }
        guard let text = reader.boundedText(item) else { return nil }
        let inlines = InlineParser.parse(Sanitizer.clean(text))
        noteLinks(inlines, node: item, &reader)
        checkAddresses(text, node: item, &reader)
        return inlines
      }
      return .bullets(parsed)
    default:
      reader.report("unknown block `\(kind)` (known: heading, text, bullets)", at: key)
      return nil
    }
    reader.report("`\(kind)` has the wrong type", at: value)
    return nil
  }

  mutating func noteLinks(_ inlines: [Inline], node: YAMLNode, _ reader: inout NodeReader) {
    var seen: [String: Int] = [:]
    for case .link(_, let target) in inlines {
      let occurrence = seen[target, default: 0]
      seen[target] = occurrence + 1
      references.append(
        Reference(
          target: target, file: reader.file, position: node.position, what: "link",
          linkOccurrence: occurrence))
    }
  }

  /// Reports each outside address `validate` refuses, at the target as written in the file
  /// (at the paragraph when the file spells it differently, as with YAML escapes).
  mutating func checkAddresses(_ raw: String, node: YAMLNode, _ reader: inout NodeReader) {
    let problems = AddressCheck.problems(in: raw)
    guard !problems.isEmpty else { return }
    let lines = topicLines ?? SourceLines(topicText)
    topicLines = lines
    for problem in problems {
      let position = lines.find(
        problem.needle, occurrence: problem.occurrence, from: node.position, skip: 2)
      reader.report(problem.message, at: position ?? node.position)
    }
  }
}
