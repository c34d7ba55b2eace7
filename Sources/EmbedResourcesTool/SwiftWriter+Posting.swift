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
          + "topic: \(role.topic.map(literal) ?? "nil"), signature: \(phrases(role.signature)), "
          + "outside: \(role.outside.map(literal) ?? "nil")),")
    }
    line("    ]")
    line("    let flags: [PostingFlag] = [")
    for flag in posting.askAbout {
      line(
        "      PostingFlag(id: \(literal(flag.id)), title: \(literal(flag.title)), "
          + "ask: \(literal(flag.ask)), phrases: \(phrases(flag.phrases))),")
    }
    line("    ]")
    if let pay = posting.pay {
      line("    let pay: PostingPay? = PostingPay(")
      line("      words: \(list(pay.words)), vague: \(phrases(pay.vague)),")
      line(
        "      vagueTitle: \(literal(pay.vagueTitle)), missingTitle: \(literal(pay.missingTitle)),")
      line("      ask: \(literal(pay.ask)))")
    } else {
      line("    let pay: PostingPay? = nil")
    }
    line("    return PostingLexicon(")
    line("      subject: \(literal(posting.subject)), dimensions: dimensions, roles: roles,")
    line("      askAbout: flags, niceToHave: \(list(posting.niceToHave)),")
    line(
      "      setApart: \(list(posting.setApart)), headings: \(list(posting.headings)), pay: pay)")
    line("  }")
  }

  private func phrases(_ phrases: [WeightedPhrase]) -> String {
    let items = phrases.map { phrase in
      var item = "WeightedPhrase(\(literal(phrase.text)), weight: \(phrase.weight)"
      if !phrase.notBeside.isEmpty { item += ", notBeside: \(list(phrase.notBeside))" }
      if !phrase.onlyBeside.isEmpty { item += ", onlyBeside: \(list(phrase.onlyBeside))" }
      return item + ")"
    }
    return "[" + items.joined(separator: ", ") + "] as [WeightedPhrase]"
  }

  private func list(_ values: [String]) -> String {
    "[" + values.map(literal).joined(separator: ", ") + "] as [String]"
  }
}
