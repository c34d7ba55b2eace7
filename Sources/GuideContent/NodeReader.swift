import Yams

/// Reads typed fields out of a YAML node tree, collecting every problem with its position.
///
/// Yams parses the YAML; this maps the tree onto the content model. Reading never stops at the
/// first problem: a missing field is reported and a fallback returned, so `validate` can list
/// all that is wrong in one run.
struct NodeReader {
  let file: String
  private(set) var issues: [ContentIssue] = []

  init(file: String) { self.file = file }

  mutating func report(
    _ message: String, at node: Node?, severity: ContentIssue.Severity = .error
  ) {
    let mark = node?.mark
    issues.append(
      ContentIssue(
        file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: severity,
        message: message))
  }

  /// The mapping's entries, or nil (reported) when the node is not a mapping.
  mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
    guard case .mapping(let mapping) = node else {
      report("\(what) must be a mapping of `key: value` lines", at: node)
      return nil
    }
    return mapping
  }

  mutating func string(
    _ mapping: Node.Mapping, _ key: String, in owner: Node, required: Bool = true
  )
    -> String?
  {
    guard let node = mapping[key] else {
      if required { report("missing field `\(key)`", at: owner) }
      return nil
    }
    guard case .scalar(let scalar) = node else {
      report("`\(key)` must be text", at: node)
      return nil
    }
    return Sanitizer.clean(scalar.string)
  }

  mutating func int(_ mapping: Node.Mapping, _ key: String, in owner: Node) -> Int? {
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

  mutating func bool(_ mapping: Node.Mapping, _ key: String) -> Bool {
    guard let node = mapping[key] else { return false }
    guard let value = node.bool else {
      report("`\(key)` must be true or false", at: node)
      return false
    }
    return value
  }

  /// A list field; a missing optional list is empty.
  mutating func sequence(
    _ mapping: Node.Mapping, _ key: String, in owner: Node, required: Bool = false
  )
    -> [Node]
  {
    guard let node = mapping[key] else {
      if required { report("missing field `\(key)`", at: owner) }
      return []
    }
    guard case .sequence(let sequence) = node else {
      report("`\(key)` must be a list of `- ` items", at: node)
      return []
    }
    return Array(sequence)
  }

  mutating func strings(
    _ mapping: Node.Mapping, _ key: String, in owner: Node, required: Bool = false
  )
    -> [(String, Node)]
  {
    sequence(mapping, key, in: owner, required: required).compactMap { node in
      guard case .scalar(let scalar) = node else {
        report("each item of `\(key)` must be text", at: node)
        return nil
      }
      return (Sanitizer.clean(scalar.string), node)
    }
  }

  /// Warns about keys the format does not know, which are usually typos.
  mutating func rejectUnknownKeys(_ mapping: Node.Mapping, allowed: Set<String>) {
    for (key, _) in mapping {
      if let name = key.string, !allowed.contains(name) {
        report(
          "unknown field `\(name)` (known: \(allowed.sorted().joined(separator: ", ")))", at: key,
          severity: .warning)
      }
    }
  }
}
