import GuideContent

/// Writes a content pack as Swift source that rebuilds it.
///
/// Each topic gets a function of its own with explicitly typed values, which keeps the type
/// checker fast however large the pack grows.
struct SwiftWriter {
  private(set) var output = ""

  mutating func line(_ text: String) { output += text + "\n" }

  mutating func write(_ pack: ContentPack) {
    line("// Generated from Resources/guide at build time by EmbedResourcesTool. Do not edit.")
    line("import GuideContent")
    line("")
    line("/// The bundled guide, already parsed.")
    line("enum BundledGuide {")
    let manifest = pack.manifest
    line("  static let pack = ContentPack(")
    line(
      "    manifest: Manifest(id: \(literal(manifest.id)), title: \(literal(manifest.title)), "
        + "version: \(literal(manifest.version)), language: \(literal(manifest.language)), "
        + "tagline: \(literal(manifest.tagline))),")
    line(
      "    home: \(entries(pack.home)), topics: topics(), quiz: quiz(), posting: posting(),"
        + " plan: plan(), assessment: assessment(), synonyms: synonyms())")
    line("")
    let ids = pack.topics.keys.sorted()
    line("  static func topics() -> [String: Topic] {")
    line("    var topics: [String: Topic] = [:]")
    for (index, id) in ids.enumerated() { line("    topics[\(literal(id))] = topic\(index)()") }
    line("    return topics")
    line("  }")
    for (index, id) in ids.enumerated() {
      guard let topic = pack.topics[id] else { continue }
      write(topic, index: index)
    }
    write(pack.quiz)
    write(pack.posting)
    write(pack.plan)
    write(pack.assessment)
    line("")
    line("  static func synonyms() -> [[String]] {")
    line("    [")
    for group in pack.synonyms { line("      \(strings(group)),") }
    line("    ] as [[String]]")
    line("  }")
    line("}")
  }

  private mutating func write(_ topic: Topic, index: Int) {
    line("")
    line("  static func topic\(index)() -> Topic {")
    line("    let body: [Block] = [")
    for block in topic.body {
      switch block {
      case .heading(let text): line("      Block.heading(\(literal(text))),")
      case .paragraph(let inlines): line("      Block.paragraph(\(self.inlines(inlines))),")
      case .bullets(let items):
        line("      Block.bullets([")
        for item in items { line("        \(inlines(item)),") }
        line("      ]),")
      }
    }
    line("    ]")
    line("    return Topic(")
    line("      id: \(literal(topic.id)), title: \(literal(topic.title)),")
    line("      summary: \(literal(topic.summary)), body: body,")
    line("      children: \(entries(topic.children)), seeAlso: \(strings(topic.seeAlso)),")
    let checked = topic.checked.map { "YearMonth(clampedYear: \($0.year), month: \($0.month))" }
    line("      checked: \(checked ?? "nil"))")
    line("  }")
  }

  private mutating func write(_ quiz: Quiz?) {
    line("")
    line("  static func quiz() -> Quiz? {")
    guard let quiz else {
      line("    nil")
      line("  }")
      return
    }
    line("    let dimensions: [Dimension] = [")
    for dimension in quiz.dimensions {
      line(
        "      Dimension(id: \(literal(dimension.id)), title: \(literal(dimension.title)), "
          + "topics: \(strings(dimension.topics)), disposition: \(dimension.disposition)),")
    }
    line("    ]")
    line("    let questions: [Question] = [")
    for question in quiz.questions {
      let kind: String
      switch question.kind {
      case .rating(let dimension, let reverse):
        kind = "Question.Kind.rating(dimension: \(literal(dimension)), reverse: \(reverse))"
      case .knowledge(let options, let answer, let explanation, let topic):
        kind =
          "Question.Kind.knowledge(options: \(strings(options)), answer: \(answer), "
          + "explanation: \(literal(explanation)), topic: \(literal(topic)))"
      case .activity(let activity, let facet):
        kind =
          "Question.Kind.activity(activity: \(literal(activity)), facet: .\(facet))"
      }
      line(
        "      Question(id: \(literal(question.id)), text: \(literal(question.text)), kind: \(kind)),"
      )
    }
    line("    ]")
    line("    let bands: [Band] = [")
    for band in quiz.bands {
      line(
        "      Band(min: \(band.min), label: \(literal(band.label)), text: \(literal(band.text))),")
    }
    line("    ]")
    line("    return Quiz(")
    line(
      "      title: \(literal(quiz.title)), intro: \(literal(quiz.intro)), dimensions: dimensions,")
    line("      scale: \(strings(quiz.scale)), questions: questions, bands: bands)")
    line("  }")
  }

  private func entries(_ entries: [MenuEntry]) -> String {
    let items = entries.map { entry -> String in
      let title = entry.title.map(literal) ?? "nil"
      switch entry.target {
      case .topic(let id): return "MenuEntry(.topic(\(literal(id))), title: \(title))"
      case .quiz: return "MenuEntry(.quiz, title: \(title))"
      case .check: return "MenuEntry(.check, title: \(title))"
      case .results: return "MenuEntry(.results, title: \(title))"
      case .posting: return "MenuEntry(.posting, title: \(title))"
      }
    }
    return "[" + items.joined(separator: ", ") + "] as [MenuEntry]"
  }

  private func inlines(_ inlines: [Inline]) -> String {
    let items = inlines.map { inline -> String in
      switch inline {
      case .text(let text): return "Inline.text(\(literal(text)))"
      case .emphasis(let text): return "Inline.emphasis(\(literal(text)))"
      case .link(let label, let target):
        return "Inline.link(label: \(literal(label)), target: \(literal(target)))"
      case .webLink(let label, let url):
        return "Inline.webLink(label: \(literal(label)), url: \(literal(url)))"
      }
    }
    return "[" + items.joined(separator: ", ") + "] as [Inline]"
  }

  func strings(_ values: [String]) -> String {
    "[" + values.map(literal).joined(separator: ", ") + "] as [String]"
  }

  /// A Swift string literal for any text: escapes, and every non-printable character spelled
  /// as `\u{…}`, so no content can break the generated source.
  func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        out += "\\u{\(String(scalar.value, radix: 16))}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
