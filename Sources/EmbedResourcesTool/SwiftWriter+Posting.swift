import GuideContent

extension SwiftWriter {
  /// The job-posting lexicon, as a function that rebuilds it (nil when the pack has none).
  mutating func write(_ posting: PostingLexicon?) {
    line("")
    line("  static func posting() -> PostingLexicon? {")
    guard let posting else {
      line("    nil")
      line("  }")
      return
    }
    line("    let dimensions: [PostingDimension] = [")
    for dimension in posting.dimensions {
      line(
        "      PostingDimension(id: \(literal(dimension.id)), title: \(literal(dimension.title)), "
          + "phrases: \(phrases(dimension.phrases))),")
    }
    line("    ]")
    line("    let roles: [PostingRole] = [")
    for role in posting.roles {
      line(
        "      PostingRole(id: \(literal(role.id)), title: \(literal(role.title)), "
          + "topic: \(role.topic.map(literal) ?? "nil"), signature: \(phrases(role.signature))),")
    }
    line("    ]")
    line("    let flags: [PostingFlag] = [")
    for flag in posting.askAbout {
      line(
        "      PostingFlag(id: \(literal(flag.id)), title: \(literal(flag.title)), "
          + "ask: \(literal(flag.ask)), phrases: \(list(flag.phrases))),")
    }
    line("    ]")
    line("    return PostingLexicon(")
    line("      subject: \(literal(posting.subject)), dimensions: dimensions, roles: roles,")
    line("      askAbout: flags, niceToHave: \(list(posting.niceToHave)))")
    line("  }")
  }

  private func phrases(_ phrases: [WeightedPhrase]) -> String {
    let items = phrases.map { "WeightedPhrase(\(literal($0.text)), weight: \($0.weight))" }
    return "[" + items.joined(separator: ", ") + "] as [WeightedPhrase]"
  }

  private func list(_ values: [String]) -> String {
    "[" + values.map(literal).joined(separator: ", ") + "] as [String]"
  }
}
