import GuideContent

/// Reads `plan.yaml`, the actions "Your plan" offers after the quiz, reporting every problem.
///
/// Each action builds a dimension of the quiz (by id) and points at a topic; topics are
/// returned for the loader's cross-file check of topic ids.
struct PlanReader {
  var reader: NodeReader
  /// Topic ids that actions name, with where they were written.
  var topics: [(id: String, position: SourcePosition)] = []

  /// Each rated dimension should offer a choice, and no more than a reader takes in at once.
  static let actionsPerDimension = 3...5

  init(file: String) { reader = NodeReader(file: file) }

  mutating func read(_ root: YAMLNode, quiz: Quiz?) -> Plan? {
    guard let map = reader.mapping(root, "plan.yaml") else { return nil }
    reader.rejectUnknownKeys(map, allowed: ["actions"])
    let nodes = reader.limited(
      reader.sequence(map, "actions", in: root, required: true), "actions", at: map["actions"])
    guard let quiz else {
      reader.report(
        "actions name the quiz's dimensions, but the pack has no quiz.yaml", at: map["actions"])
      return nil
    }
    var seen = Set<String>()
    var actions: [PlanAction] = []
    for node in nodes {
      guard let action = readAction(node, quiz: quiz) else { continue }
      guard seen.insert(action.id).inserted else {
        reader.report("duplicate action id `\(action.id)`", at: node)
        continue
      }
      actions.append(action)
    }
    checkCounts(actions, quiz: quiz, at: map["actions"] ?? root)
    return Plan(actions: actions)
  }

  private mutating func readAction(_ node: YAMLNode, quiz: Quiz) -> PlanAction? {
    guard let map = reader.mapping(node, "an action") else { return nil }
    reader.rejectUnknownKeys(map, allowed: ["id", "text", "dimension", "effort", "topic"])
    let id = reader.string(map, "id", in: node)
    let text = reader.string(map, "text", in: node)
    let dimension = reader.string(map, "dimension", in: node)
    let effortName = reader.string(map, "effort", in: node)
    let topic = reader.string(map, "topic", in: node)
    if let topic, let at = map["topic"] { topics.append((topic, at.position)) }
    if let id, !PackIDs.isValid(id) {
      reader.report("action id `\(id)` may use only a-z, 0-9, `-` and `/`", at: map["id"])
    }
    if let dimension, !quiz.dimensions.contains(where: { $0.id == dimension }) {
      let known = quiz.dimensions.map(\.id).joined(separator: ", ")
      reader.report(
        "unknown quiz dimension `\(dimension)` (known: \(known))", at: map["dimension"])
    }
    let effort = effortName.flatMap(Effort.init(rawValue:))
    if let effortName, effort == nil {
      let known = Effort.allCases.map(\.rawValue).joined(separator: ", ")
      reader.report("unknown effort `\(effortName)` (known: \(known))", at: map["effort"])
    }
    guard let id, let text, let dimension, let effort, let topic else { return nil }
    return PlanAction(id: id, text: text, dimension: dimension, effort: effort, topic: topic)
  }

  /// A warning, not an error, like the quiz's balance check: a plan with too few or too many
  /// actions for a dimension still works, it only offers a poorer choice (the bundled guide is
  /// held to no warnings).
  private mutating func checkCounts(_ actions: [PlanAction], quiz: Quiz, at node: YAMLNode) {
    var counts: [String: Int] = [:]
    for action in actions { counts[action.dimension, default: 0] += 1 }
    var rated = Set<String>()
    for case .rating(let dimension, _) in quiz.questions.map(\.kind) { rated.insert(dimension) }
    let range = Self.actionsPerDimension
    for dimension in quiz.dimensions where rated.contains(dimension.id) {
      let count = counts[dimension.id] ?? 0
      guard !range.contains(count) else { continue }
      reader.report(
        "dimension `\(dimension.id)` has \(count) action\(count == 1 ? "" : "s"); "
          + "each rated dimension needs \(range.lowerBound) to \(range.upperBound)",
        at: node, severity: .warning)
    }
  }
}
