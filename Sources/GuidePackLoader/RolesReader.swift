import GuideContent

/// Reads `roles.yaml`, the assessment "Which job fits you?", reporting every problem.
///
/// Activities exercise a quiz dimension (so the 4C's chart can be computed from them) and point
/// at a topic; roles weigh activities by id. Topic ids are returned for the loader's cross-file
/// check, and plan action ids are checked against the plan once it is read.
struct RolesReader {
  var reader: NodeReader
  /// Topic ids that activities and roles name, with where they were written.
  var topics: [(id: String, position: SourcePosition)] = []
  /// Plan action ids that activities name, with where they were written.
  var actions: [(id: String, position: SourcePosition)] = []

  /// A weight says how much of a role an activity is: 1 a part of it, 3 its heart.
  static let weights = 1...3

  init(file: String) { reader = NodeReader(file: file) }

  mutating func read(_ root: YAMLNode, quiz: Quiz?) -> Assessment? {
    guard let map = reader.mapping(root, "roles.yaml") else { return nil }
    reader.rejectUnknownKeys(map, allowed: ["enjoyment", "experience", "activities", "roles"])
    let enjoyment = scale(map, "enjoyment", in: root)
    let experience = scale(map, "experience", in: root)
    guard let quiz else {
      reader.report(
        "activities name the quiz's dimensions, but the pack has no quiz.yaml",
        at: map["activities"] ?? root)
      return nil
    }
    var activities: [Activity] = []
    for node in reader.limited(
      reader.sequence(map, "activities", in: root, required: true), "activities",
      at: map["activities"])
    {
      guard let activity = readActivity(node, quiz: quiz) else { continue }
      guard !activities.contains(where: { $0.id == activity.id }) else {
        reader.report("duplicate activity id `\(activity.id)`", at: node)
        continue
      }
      activities.append(activity)
    }
    var roles: [JobRole] = []
    for node in reader.limited(
      reader.sequence(map, "roles", in: root, required: true), "roles", at: map["roles"])
    {
      guard let role = readRole(node, activities: activities) else { continue }
      guard !roles.contains(where: { $0.id == role.id }) else {
        reader.report("duplicate role id `\(role.id)`", at: node)
        continue
      }
      roles.append(role)
    }
    return Assessment(
      enjoyment: enjoyment, experience: experience, activities: activities, roles: roles)
  }

  private mutating func scale(_ map: YAMLMapping, _ key: String, in root: YAMLNode) -> [String] {
    let labels = reader.strings(map, key, in: root, required: true).map(\.0)
    if labels.count < 2, map[key] != nil {
      reader.report("`\(key)` needs at least two labels, lowest first", at: map[key])
    }
    return labels
  }

  private mutating func readActivity(_ node: YAMLNode, quiz: Quiz) -> Activity? {
    guard let map = reader.mapping(node, "an activity") else { return nil }
    reader.rejectUnknownKeys(map, allowed: ["id", "text", "dimension", "topic", "actions"])
    let id = reader.string(map, "id", in: node)
    let text = reader.string(map, "text", in: node)
    let dimension = reader.string(map, "dimension", in: node)
    let topic = reader.string(map, "topic", in: node)
    if let topic, let at = map["topic"] { topics.append((topic, at.position)) }
    let actionIDs = reader.strings(map, "actions", in: node)
    actions += actionIDs.map { ($0.0, $0.1.position) }
    if let id, !PackIDs.isValid(id) {
      reader.report("activity id `\(id)` may use only a-z, 0-9, `-` and `/`", at: map["id"])
    }
    if let dimension, !quiz.dimensions.contains(where: { $0.id == dimension }) {
      let known = quiz.dimensions.map(\.id).joined(separator: ", ")
      reader.report(
        "unknown quiz dimension `\(dimension)` (known: \(known))", at: map["dimension"])
    }
    guard let id, let text, let dimension, let topic else { return nil }
    return Activity(
      id: id, text: text, dimension: dimension, topic: topic, actions: actionIDs.map(\.0))
  }

  private mutating func readRole(_ node: YAMLNode, activities: [Activity]) -> JobRole? {
    guard let map = reader.mapping(node, "a role") else { return nil }
    reader.rejectUnknownKeys(
      map, allowed: ["id", "title", "summary", "basis", "topic", "outside", "weights"])
    let id = reader.string(map, "id", in: node)
    let title = reader.string(map, "title", in: node)
    let summary = reader.string(map, "summary", in: node)
    let basis = reader.string(map, "basis", in: node)
    let topic = reader.string(map, "topic", in: node)
    if let topic, let at = map["topic"] { topics.append((topic, at.position)) }
    if let id, !PackIDs.isValid(id) {
      reader.report("role id `\(id)` may use only a-z, 0-9, `-` and `/`", at: map["id"])
    }
    let weights = readWeights(map, in: node, activities: activities)
    guard let id, let title, let summary, let basis, let topic else { return nil }
    return JobRole(
      id: id, title: title, summary: summary, basis: basis, topic: topic,
      outside: reader.bool(map, "outside"), weights: weights)
  }

  /// `weights: {activity: 1-3}`: every activity known, each once, each weight in range, and
  /// at least one, or the role could never fit anyone.
  private mutating func readWeights(
    _ map: YAMLMapping, in owner: YAMLNode, activities: [Activity]
  ) -> [(activity: String, weight: Int)] {
    guard let node = map["weights"] else {
      reader.report("missing field `weights`", at: owner)
      return []
    }
    guard case .mapping(let entries) = node.value, !entries.isEmpty else {
      reader.report("`weights` must map activity ids to weights, at least one", at: node)
      return []
    }
    guard reader.allowsList(of: entries.count, "weights", at: node) else { return [] }
    var weights: [(activity: String, weight: Int)] = []
    for (key, value) in entries {
      guard let activity = key.string else { continue }
      if !activities.contains(where: { $0.id == activity }) {
        let known = activities.map(\.id).joined(separator: ", ")
        reader.report("unknown activity `\(activity)` (known: \(known))", at: key)
        continue
      }
      guard let weight = value.int, Self.weights.contains(weight) else {
        reader.report(
          "weight of `\(activity)` must be a whole number from \(Self.weights.lowerBound) to "
            + "\(Self.weights.upperBound)", at: value)
        continue
      }
      weights.append((activity, weight))
    }
    return weights
  }
}
