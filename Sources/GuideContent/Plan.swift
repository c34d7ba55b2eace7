/// What to do after the quiz, from a pack's optional `plan.yaml`: concrete actions, each
/// building one quiz dimension and pointing at the page that explains it.
public struct Plan: Sendable, Equatable {
  /// In the order the pack lists them; the plan screen keeps that order within a dimension.
  public var actions: [PlanAction]

  public init(actions: [PlanAction]) { self.actions = actions }

  /// The actions that build one dimension, in pack order.
  public func actions(for dimension: String) -> [PlanAction] {
    actions.filter { $0.dimension == dimension }
  }
}

/// One thing to do, such as "give a lightning talk at a meetup".
public struct PlanAction: Sendable, Equatable, Identifiable {
  public var id: String
  public var text: String
  /// The quiz dimension it builds.
  public var dimension: String
  public var effort: Effort
  /// The page that explains it.
  public var topic: String

  public init(id: String, text: String, dimension: String, effort: Effort, topic: String) {
    self.id = id
    self.text = text
    self.dimension = dimension
    self.effort = effort
    self.topic = topic
  }
}

/// A rough size for an action, so a reader can pick one that fits the week ahead.
public enum Effort: String, Sendable, Equatable, CaseIterable {
  case evening
  case weekend
  case month

  /// "an evening", "a weekend", "a month".
  public var label: String {
    switch self {
    case .evening: return "an evening"
    case .weekend: return "a weekend"
    case .month: return "a month"
    }
  }
}
