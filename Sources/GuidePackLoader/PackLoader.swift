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
struct Reference: Sendable {
  var target: String
  var file: String
  var position: SourcePosition
  var what: String
  /// For a link: which `](target)` of its text this is (0 for the first), so a bad link is
  /// reported where it is written, not where a folded paragraph starts.
  var linkOccurrence: Int? = nil
}

/// One pack being read: the issues found so far and what is checked once every file is read.
/// Each file's reader is an extension in `PackLoader+<file>.swift`.
struct Loading {
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
