/// Reads typed fields out of a YAML node tree, collecting every problem with its position.
///
/// libyaml parses the YAML (`YAML.compose`); this maps the tree onto the content model. Reading never stops at the
/// first problem: a missing field is reported and a fallback returned, so `validate` can list
/// all that is wrong in one run.
struct NodeReader {
  let file: String
  private(set) var issues: [ContentIssue] = []

  init(file: String) { self.file = file }

  mutating func report(
    _ message: String, at node: YAMLNode?, severity: ContentIssue.Severity = .error
  ) {
    report(message, at: node?.position, severity: severity)
  }

  mutating func report(
    _ message: String, at position: SourcePosition?, severity: ContentIssue.Severity = .error
  ) {
    issues.append(
      ContentIssue(
        file: file, line: position?.line ?? 1, column: position?.column ?? 1, severity: severity,
        message: message))
  }

  /// The mapping's entries, or nil (reported) when the node is not a mapping.
  mutating func mapping(_ node: YAMLNode, _ what: String) -> YAMLMapping? {
    guard case .mapping(let mapping) = node.value else {
      report("\(what) must be a mapping of `key: value` lines", at: node)
      return nil
    }
    return mapping
  }

  mutating func string(
    _ mapping: YAMLMapping, _ key: String, in owner: YAMLNode, required: Bool = true
  )
    -> String?
  {
    guard let node = mapping[key] else {
      if required { report("missing field `\(key)`", at: owner) }
      return nil
    }
    guard node.string != nil else {
      report("`\(key)` must be text", at: node)
      return nil
    }
    return boundedText(node).map(Sanitizer.clean)
  }

  /// Whether a list of `count` items is within `PackLimits.maxListItems`; reported when not:
  /// a screen that lists them all (the plan, the results), or the posting reader indexing
  /// every phrase, would take seconds.
  mutating func allowsList(of count: Int, _ what: String, at node: YAMLNode?) -> Bool {
    guard count > PackLimits.maxListItems else { return true }
    report("\(count) \(what); a list may hold at most \(PackLimits.maxListItems)", at: node)
    return false
  }

  /// The items of a list, or none when there are too many (see `allowsList`).
  mutating func limited(_ nodes: [YAMLNode], _ what: String, at node: YAMLNode?) -> [YAMLNode] {
    allowsList(of: nodes.count, what, at: node) ? nodes : []
  }

  /// A node's text, or nil (reported) when it is longer than any one text of a pack may be:
  /// a page is laid out and wrapped whole, and a single text that size would cost seconds.
  mutating func boundedText(_ node: YAMLNode) -> String? {
    guard let text = node.string else { return nil }
    guard text.utf8.count <= PackLimits.maxTextBytes else {
      report(
        "this text is \(text.utf8.count) bytes; one text of a pack may hold at most "
          + "\(PackLimits.maxTextBytes / 1024) KB", at: node)
      return nil
    }
    return text
  }

  mutating func int(_ mapping: YAMLMapping, _ key: String, in owner: YAMLNode) -> Int? {
    guard let node = mapping[key] else {
      report("missing field `\(key)`", at: owner)
      return nil
    }
    guard let value = node.int else {
      report("`\(key)` must be a whole number", at: node)
      return nil
    }
    return value
  }

  mutating func bool(_ mapping: YAMLMapping, _ key: String) -> Bool {
    guard let node = mapping[key] else { return false }
    guard let value = node.bool else {
      report("`\(key)` must be true or false", at: node)
      return false
    }
    return value
  }

  /// A list field; a missing optional list is empty.
  mutating func sequence(
    _ mapping: YAMLMapping, _ key: String, in owner: YAMLNode, required: Bool = false
  )
    -> [YAMLNode]
  {
    guard let node = mapping[key] else {
      if required { report("missing field `\(key)`", at: owner) }
      return []
    }
    guard case .sequence(let items) = node.value else {
      report("`\(key)` must be a list of `- ` items", at: node)
      return []
    }
    return items
  }

  mutating func strings(
    _ mapping: YAMLMapping, _ key: String, in owner: YAMLNode, required: Bool = false
  )
    -> [(String, YAMLNode)]
  {
    limited(
      sequence(mapping, key, in: owner, required: required), "items in `\(key)`",
      at: mapping[key]
    ).compactMap { node in
      guard node.string != nil else {
        report("each item of `\(key)` must be text", at: node)
        return nil
      }
      return boundedText(node).map { (Sanitizer.clean($0), node) }
    }
  }

  /// Warns about keys the format does not know, which are usually typos.
  mutating func rejectUnknownKeys(_ mapping: YAMLMapping, allowed: Set<String>) {
    for (key, _) in mapping {
      if let name = key.string, !allowed.contains(name) {
        report(
          "unknown field `\(name)` (known: \(allowed.sorted().joined(separator: ", ")))", at: key,
          severity: .warning)
      }
    }
  }
}
