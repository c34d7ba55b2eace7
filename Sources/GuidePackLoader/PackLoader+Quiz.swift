import GuideContent

/// `quiz.yaml`: dimensions, questions and bands, and the warnings that keep a quiz fair.
extension Loading {
  // MARK: - quiz.yaml

  mutating func readQuiz(_ file: (path: String, text: String)) -> Quiz? {
    guard let root = compose(file) else { return nil }
    var reader = NodeReader(file: display(file.path))
    defer { issues += reader.issues }
    guard let map = reader.mapping(root, "quiz.yaml") else { return nil }
    reader.rejectUnknownKeys(
      map, allowed: ["title", "intro", "scale", "dimensions", "questions", "bands"])
    let title = reader.string(map, "title", in: root) ?? "Quiz"
    let intro = reader.string(map, "intro", in: root, required: false) ?? ""
    let scale = reader.strings(map, "scale", in: root, required: true).map(\.0)
    if scale.count < 2, map["scale"] != nil {
      reader.report("`scale` needs at least two labels", at: map["scale"])
    }
    let (dimensions, dimensionNodes) = readDimensions(map, in: root, &reader)
    var questions: [Question] = []
    let listed = reader.sequence(map, "questions", in: root, required: true)
    let questionNodes = reader.limited(listed, "questions", at: map["questions"])
    for node in questionNodes {
      guard let question = readQuestion(node, dimensions: dimensions, &reader) else { continue }
      if questions.contains(where: { $0.id == question.id }) {
        reader.report("duplicate question id `\(question.id)`", at: node)
      }
      questions.append(question)
    }
    if listed.isEmpty, let node = map["questions"] {
      reader.report("a quiz needs at least one question", at: node)
    }
    for dimension in dimensions {
      checkBalance(of: dimension, in: questions, at: dimensionNodes[dimension.id], &reader)
    }
    checkAnswerPositions(of: questions, at: map["questions"], &reader)
    let bands = readBands(map, in: root, &reader)
    return Quiz(
      title: title, intro: intro, dimensions: dimensions, scale: scale, questions: questions,
      bands: bands)
  }

  /// The quiz's dimensions, and the node of each (where a warning about it is reported).
  mutating func readDimensions(
    _ map: YAMLMapping, in root: YAMLNode, _ reader: inout NodeReader
  ) -> ([Dimension], [String: YAMLNode]) {
    var dimensions: [Dimension] = []
    var dimensionNodes: [String: YAMLNode] = [:]
    for node in reader.sequence(map, "dimensions", in: root, required: true) {
      guard let dim = reader.mapping(node, "a dimension") else { continue }
      reader.rejectUnknownKeys(dim, allowed: ["id", "title", "topics", "disposition"])
      guard let id = reader.string(dim, "id", in: node),
        let title = reader.string(dim, "title", in: node)
      else { continue }
      let topics = reader.strings(dim, "topics", in: node)
      for (target, at) in topics {
        references.append(
          Reference(
            target: target, file: reader.file, position: at.position, what: "dimension topic"))
      }
      if dimensions.contains(where: { $0.id == id }) {
        reader.report("duplicate dimension id `\(id)`", at: dim["id"])
      }
      dimensions.append(
        Dimension(
          id: id, title: title, topics: topics.map(\.0),
          disposition: reader.bool(dim, "disposition")))
      dimensionNodes[id] = dimensionNodes[id] ?? node
    }
    return (dimensions, dimensionNodes)
  }

  /// The bands a score is read in; one must start at 0.
  func readBands(_ map: YAMLMapping, in root: YAMLNode, _ reader: inout NodeReader)
    -> [Band]
  {
    var bands: [Band] = []
    for node in reader.sequence(map, "bands", in: root, required: true) {
      guard let band = reader.mapping(node, "a band"),
        let min = reader.int(band, "min", in: node),
        let label = reader.string(band, "label", in: node)
      else { continue }
      bands.append(Band(min: min, label: label, text: reader.string(band, "text", in: node) ?? ""))
    }
    if !bands.isEmpty, !bands.contains(where: { $0.min <= 0 }) {
      reader.report(
        "no band starts at `min: 0`, so low scores would have no reading", at: map["bands"])
    }
    return bands
  }

  /// As many reversed statements as normal ones, and two of each at least: answering every
  /// statement alike then scores the middle of the scale, so a habit of agreeing (or of
  /// disagreeing) cannot pass for a leaning. A warning, not an error: such a pack still runs,
  /// its readings are only less trustworthy (the bundled guide is held to no warnings).
  func checkBalance(
    of dimension: Dimension, in questions: [Question], at node: YAMLNode?,
    _ reader: inout NodeReader
  ) {
    var (normal, reversed) = (0, 0)
    for case .rating(dimension.id, let reverse) in questions.map(\.kind) {
      if reverse { reversed += 1 } else { normal += 1 }
    }
    // A dimension with no statements is not rated (a pack may name it for other uses).
    guard normal + reversed > 0, normal != reversed || normal < 2 else { return }
    reader.report(
      "dimension `\(dimension.id)` has \(normal) normal and \(reversed) reversed statements; "
        + "it needs as many of each, and at least two", at: node, severity: .warning)
  }

  /// Knowledge questions show their options in a fixed order, so their right answers must be
  /// spread over the positions: otherwise always choosing one position scores well (a quiz once
  /// had option 2 right seven times in fifteen and option 4 never). A position may be right up
  /// to two times more or fewer than a fair share (each question's options share it evenly).
  /// A warning, like the balance of statements.
  func checkAnswerPositions(
    of questions: [Question], at node: YAMLNode?, _ reader: inout NodeReader
  ) {
    var right: [Int] = []
    var fair: [Double] = []
    for case .knowledge(let options, let answer, _, _) in questions.map(\.kind)
    where options.indices.contains(answer) {
      while right.count < options.count {
        right.append(0)
        fair.append(0)
      }
      right[answer] += 1
      for position in options.indices { fair[position] += 1 / Double(options.count) }
    }
    let uneven = right.indices.filter { abs(Double(right[$0]) - fair[$0]) > 2 }
    guard !uneven.isEmpty else { return }
    let counts = right.indices.map { "option \($0 + 1): \(right[$0])" }.joined(separator: ", ")
    reader.report(
      "the right answers of the knowledge questions are not spread over the option positions "
        + "(\(counts)); give each position about as many", at: node, severity: .warning)
  }

  mutating func readQuestion(_ node: YAMLNode, dimensions: [Dimension], _ reader: inout NodeReader)
    -> Question?
  {
    guard let map = reader.mapping(node, "a question") else { return nil }
    reader.rejectUnknownKeys(
      map,
      allowed: ["id", "text", "dimension", "reverse", "options", "answer", "explanation", "topic"])
    guard let id = reader.string(map, "id", in: node),
      let text = reader.string(map, "text", in: node)
    else { return nil }
    if let dimension = reader.string(map, "dimension", in: node, required: false) {
      if !dimensions.contains(where: { $0.id == dimension }) {
        reader.report(
          "question `\(id)` scores unknown dimension `\(dimension)`", at: map["dimension"])
      }
      return Question(
        id: id, text: text,
        kind: .rating(dimension: dimension, reverse: reader.bool(map, "reverse")))
    }
    guard map["options"] != nil else {
      reader.report(
        "question `\(id)` needs `dimension` (a rating) or `options` (knowledge)", at: node)
      return nil
    }
    let options = reader.strings(map, "options", in: node).map(\.0)
    if options.count < 2 {
      reader.report("question `\(id)` needs at least two options", at: map["options"])
    }
    let answer = reader.int(map, "answer", in: node) ?? 1
    if !(1...max(1, options.count)).contains(answer) {
      reader.report(
        "`answer` must be the number of an option, 1 to \(options.count)", at: map["answer"])
    }
    let explanation = reader.string(map, "explanation", in: node) ?? ""
    let topic = reader.string(map, "topic", in: node) ?? ""
    if let at = map["topic"] {
      references.append(
        Reference(target: topic, file: reader.file, position: at.position, what: "question topic"))
    }
    return Question(
      id: id, text: text,
      kind: .knowledge(
        options: options, answer: answer - 1, explanation: explanation, topic: topic))
  }
}
