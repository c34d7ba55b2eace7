import Dispatch
import GuideContent

/// Turns a pack's YAML files into a checked `ContentPack`.
///
/// Layout of a pack folder: `pack.yaml` (manifest and home menu), `topics/*.yaml` (one topic
/// each), and optionally `quiz.yaml`, `posting.yaml`, `plan.yaml` and `roles.yaml`. The format is described in `docs/content-format.md`.
public enum PackLoader {
  /// The pack, or every error found. Warnings alone do not stop loading. `today` is the clock
  /// `checked:` months are judged by (see `check`).
  public static func load(_ source: PackSource, today: YearMonth? = nil) throws(ContentError)
    -> ContentPack
  {
    let (pack, issues) = check(source, today: today)
    guard let pack, !issues.contains(where: { $0.severity == .error }) else {
      throw ContentError(issues: issues)
    }
    return pack
  }

  /// Everything wrong with a pack, errors and warnings, in file order; and the pack if it loaded.
  ///
  /// With `today`, a topic's `checked:` month after it is an error; with `staleAfter` too, a
  /// topic checked more than that many months before it gets a warning (`validate` warns
  /// after 12). Both are given, never read from the system clock here, so tests fix them.
  public static func check(_ source: PackSource, today: YearMonth? = nil, staleAfter: Int? = nil)
    -> (ContentPack?, [ContentIssue])
  {
    var loader = Loading(source: source, today: today, staleAfter: staleAfter)
    let pack = loader.run()
    return (pack, loader.issues)
  }
}

/// A reference to a topic id, remembered so it can be checked once every topic is read.
/// Only its position is kept, not the node: a pack's whole YAML tree need not outlive reading.
private struct Reference: Sendable {
  var target: String
  var file: String
  var position: SourcePosition
  var what: String
  /// For a link: which `](target)` of its text this is (0 for the first), so a bad link is
  /// reported where it is written, not where a folded paragraph starts.
  var linkOccurrence: Int? = nil
}

private struct Loading {
  let source: PackSource
  var issues: [ContentIssue] = []
  var references: [Reference] = []
  var topicPlaces: [String: (file: String, position: SourcePosition)] = [:]
  /// The roles `posting.yaml` names, checked against `roles.yaml` once both are read.
  var postingRoles: [(id: String, file: String, position: SourcePosition)] = []
  /// The topic file being read, and its lines once a message needs placing in it.
  var topicText = ""
  var topicLines: SourceLines?
  /// The month `checked:` may not be after, and the age in months past which it is stale.
  let today: YearMonth?
  let staleAfter: Int?

  init(source: PackSource, today: YearMonth?, staleAfter: Int?) {
    self.source = source
    self.today = today
    self.staleAfter = staleAfter
  }

  mutating func run() -> ContentPack? {
    let packFile = source.files.first { $0.path == "pack.yaml" }
    guard let packFile else {
      issues.append(
        ContentIssue(
          file: source.name + "/pack.yaml", line: 1, column: 1,
          message: "missing pack.yaml (the manifest and home menu)"))
      return nil
    }
    let manifestAndHome = readPack(packFile)
    var topics: [String: Topic] = [:]
    let topicFiles = source.files.filter { $0.path.hasPrefix("topics/") }
    for (file, read) in zip(topicFiles, readTopics(topicFiles)) {
      issues += read.issues
      references += read.references
      guard let (topic, position) = read.topic else { continue }
      if let earlier = topicPlaces[topic.id] {
        var reader = NodeReader(file: display(file.path))
        reader.report(
          "duplicate topic id `\(topic.id)` (first in \(earlier.file):\(earlier.position.line))",
          at: position)
        issues += reader.issues
        continue
      }
      topics[topic.id] = topic
      topicPlaces[topic.id] = (display(file.path), position)
    }
    let quiz = source.files.first { $0.path == "quiz.yaml" }.flatMap { readQuiz($0) }
    let posting = source.files.first { $0.path == "posting.yaml" }.flatMap {
      readPosting($0, quiz: quiz)
    }
    let plan = source.files.first { $0.path == "plan.yaml" }.flatMap { readPlan($0, quiz: quiz) }
    let assessment = source.files.first { $0.path == "roles.yaml" }.flatMap {
      readRoles($0, quiz: quiz, plan: plan)
    }
    if let assessment { checkPostingRoles(against: assessment) }
    let synonyms = source.files.first { $0.path == "synonyms.yaml" }.flatMap { readSynonyms($0) }
    checkReferences(topics: topics)
    guard let (manifest, home) = manifestAndHome else { return nil }
    let pack = ContentPack(
      manifest: manifest, home: home, topics: topics, quiz: quiz, posting: posting, plan: plan,
      assessment: assessment, synonyms: synonyms ?? [])
    warnAboutUnreachable(pack)
    return pack
  }

  func display(_ path: String) -> String { source.name + "/" + path }

  /// One topic file, read on its own copy of the loader.
  private struct TopicRead {
    var topic: (Topic, SourcePosition)?
    var issues: [ContentIssue]
    var references: [Reference]
  }

  /// Reads topic files on every core (a pack of thousands of files loads in a fraction of
  /// the time). Results come back in file order, so messages and duplicate ids come out as a
  /// one-by-one read would give them.
  private func readTopics(_ files: [(path: String, text: String)]) -> [TopicRead] {
    // Each index is written by exactly one iteration, and read only after all have ended.
    nonisolated(unsafe) let results = UnsafeMutableBufferPointer<TopicRead?>.allocate(
      capacity: files.count)
    results.initialize(repeating: nil)
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      var loading = Loading(source: source, today: today, staleAfter: staleAfter)
      let topic = loading.readTopic(files[index]).map { ($0.0, $0.1.position) }
      results[index] = TopicRead(
        topic: topic, issues: loading.issues, references: loading.references)
    }
    return results.compactMap { $0 }
  }

  /// The root node of a file, or nil with the syntax error recorded.
  mutating func compose(_ file: (path: String, text: String)) -> YAMLNode? {
    do {
      guard let node = try YAML.compose(file.text) else {
        issues.append(
          ContentIssue(file: display(file.path), line: 1, column: 1, message: "the file is empty"))
        return nil
      }
      return node
    } catch {
      issues.append(
        ContentIssue(
          file: display(file.path), line: error.line, column: error.column,
          message: error.message))
      return nil
    }
  }

  // MARK: - pack.yaml

  mutating func readPack(_ file: (path: String, text: String)) -> (Manifest, [MenuEntry])? {
    guard let root = compose(file) else { return nil }
    var reader = NodeReader(file: display(file.path))
    defer { issues += reader.issues }
    guard let map = reader.mapping(root, "pack.yaml") else { return nil }
    reader.rejectUnknownKeys(
      map, allowed: ["id", "title", "version", "language", "tagline", "home"])
    let id = reader.string(map, "id", in: root)
    let title = reader.string(map, "title", in: root)
    let version = reader.string(map, "version", in: root)
    let language = reader.string(map, "language", in: root)
    let tagline = reader.string(map, "tagline", in: root, required: false) ?? ""
    if let id, !PackIDs.isValid(id) {
      reader.report("pack id `\(id)` may use only a-z, 0-9, `-` and `/`", at: map["id"])
    }
    let home = readMenu(reader.sequence(map, "home", in: root, required: true), &reader)
    if home.isEmpty, map["home"] != nil {
      reader.report("`home` lists no entries", at: map["home"])
    }
    guard let id, let title, let version, let language else { return nil }
    return (
      Manifest(id: id, title: title, version: version, language: language, tagline: tagline), home
    )
  }

  mutating func readMenu(_ nodes: [YAMLNode], _ reader: inout NodeReader) -> [MenuEntry] {
    nodes.compactMap { node in
      guard let map = reader.mapping(node, "a menu entry") else { return nil }
      reader.rejectUnknownKeys(map, allowed: ["topic", "screen", "title"])
      let title = reader.string(map, "title", in: node, required: false)
      if let topic = reader.string(map, "topic", in: node, required: false) {
        references.append(
          Reference(
            target: topic, file: reader.file, position: (map["topic"] ?? node).position,
            what: "menu entry"))
        return MenuEntry(.topic(topic), title: title)
      }
      switch reader.string(map, "screen", in: node, required: false) {
      case "quiz": return MenuEntry(.quiz, title: title)
      case "check": return MenuEntry(.check, title: title)
      case "results": return MenuEntry(.results, title: title)
      case "posting": return MenuEntry(.posting, title: title)
      case .some(let other):
        reader.report(
          "unknown screen `\(other)` (known: quiz, check, results, posting)", at: map["screen"])
      case .none:
        reader.report(
          "a menu entry needs `topic: ID` or `screen: quiz|check|results|posting`", at: node)
      }
      return nil
    }
  }

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
    return Quiz(
      title: title, intro: intro, dimensions: dimensions, scale: scale, questions: questions,
      bands: bands)
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

  // MARK: - posting.yaml

  /// The job-posting lexicon; its reader lives in `PostingLexiconReader.swift`.
  mutating func readPosting(_ file: (path: String, text: String), quiz: Quiz?) -> PostingLexicon? {
    guard let root = compose(file) else { return nil }
    var posting = PostingLexiconReader(file: display(file.path))
    let lexicon = posting.read(root, quiz: quiz)
    postingRoles = posting.roleIDs.map { ($0.id, posting.reader.file, $0.position) }
    issues += posting.reader.issues
    references += posting.topics.map {
      Reference(target: $0.id, file: posting.reader.file, position: $0.position, what: "role topic")
    }
    return lexicon
  }

  /// The posting reader and the assessment speak of the same roles, so a reading's closest
  /// role can be matched to the reader's fit for it: every role the lexicon names must be in
  /// `roles.yaml` (when the pack has one).
  mutating func checkPostingRoles(against assessment: Assessment) {
    let known = assessment.roles.map(\.id)
    for (id, file, position) in postingRoles where !known.contains(id) {
      var reader = NodeReader(file: file)
      let close = Suggestions.closest(to: id, in: known, limit: 1).first.map {
        " (did you mean `\($0)`?)"
      }
      reader.report("role `\(id)` is not in roles.yaml\(close ?? "")", at: position)
      issues += reader.issues
    }
  }

  // MARK: - plan.yaml

  /// The actions of "Your plan"; the reader lives in `PlanReader.swift`.
  mutating func readPlan(_ file: (path: String, text: String), quiz: Quiz?) -> Plan? {
    guard let root = compose(file) else { return nil }
    var plan = PlanReader(file: display(file.path))
    let read = plan.read(root, quiz: quiz)
    issues += plan.reader.issues
    references += plan.topics.map {
      Reference(target: $0.id, file: plan.reader.file, position: $0.position, what: "action topic")
    }
    return read
  }

  // MARK: - roles.yaml

  /// The assessment's activities and roles; the reader lives in `RolesReader.swift`. An
  /// activity's plan actions must be in `plan.yaml`.
  mutating func readRoles(_ file: (path: String, text: String), quiz: Quiz?, plan: Plan?)
    -> Assessment?
  {
    guard let root = compose(file) else { return nil }
    var roles = RolesReader(file: display(file.path))
    let read = roles.read(root, quiz: quiz)
    let known = Set(plan?.actions.map(\.id) ?? [])
    for action in roles.actions where !known.contains(action.id) {
      roles.reader.report("unknown plan action `\(action.id)`", at: action.position)
    }
    issues += roles.reader.issues
    references += roles.topics.map {
      Reference(target: $0.id, file: roles.reader.file, position: $0.position, what: "role topic")
    }
    return read
  }

  // MARK: - synonyms.yaml

  /// The search synonyms; the reader lives in `SynonymsReader.swift`.
  mutating func readSynonyms(_ file: (path: String, text: String)) -> [[String]]? {
    guard let root = compose(file) else { return nil }
    var synonyms = SynonymsReader(file: display(file.path))
    let groups = synonyms.read(root)
    issues += synonyms.reader.issues
    return groups
  }

  // MARK: - Cross-file checks

  mutating func checkReferences(topics: [String: Topic]) {
    let unknown = references.filter { topics[$0.target] == nil }
    guard !unknown.isEmpty else { return }
    // Worked out once, and only when something is wrong: each file's text and lines, the ids.
    let texts = Dictionary(source.files.map { (display($0.path), $0.text) }) { first, _ in first }
    var linesOfFile: [String: SourceLines] = [:]
    let ids = topics.keys.sorted()
    // Only the first unknown ids are compared with every topic, so thousands stay quick.
    var hintsLeft = 50
    for reference in unknown {
      var position = reference.position
      if let occurrence = reference.linkOccurrence, let text = texts[reference.file] {
        let lines = linesOfFile[reference.file] ?? SourceLines(text)
        linesOfFile[reference.file] = lines
        position =
          lines.find(
            "](\(reference.target))", occurrence: occurrence, from: reference.position,
            skip: 2) ?? position
      }
      var hint = ""
      if hintsLeft > 0 {
        hintsLeft -= 1
        hint =
          Suggestions.closest(to: reference.target, in: ids, limit: 1).first
          .map { " (did you mean `\($0)`?)" } ?? ""
      }
      var reader = NodeReader(file: reference.file)
      reader.report(
        "\(reference.what) names unknown topic `\(reference.target)`" + hint, at: position)
      issues += reader.issues
    }
  }

  mutating func warnAboutUnreachable(_ pack: ContentPack) {
    var reachable = Set<String>()
    var queue = pack.home.compactMap(\.topicID)
    while let id = queue.popLast() {
      guard reachable.insert(id).inserted, let topic = pack.topics[id] else { continue }
      queue += topic.children.compactMap(\.topicID) + topic.seeAlso + topic.linkTargets
    }
    for id in pack.topics.keys.sorted() where !reachable.contains(id) {
      guard let place = topicPlaces[id] else { continue }
      var reader = NodeReader(file: place.file)
      reader.report(
        "topic `\(id)` cannot be reached from the home menu or any link", at: place.position,
        severity: .warning)
      issues += reader.issues
    }
  }
}

/// The one rule for ids written in a pack (pack, topics, plan actions).
enum PackIDs {
  static func isValid(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "/"
      }
  }
}
