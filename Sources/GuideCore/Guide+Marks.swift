/// Progress marks: `d` done, `l` learning, `s` skipped on a page (again to clear); `R` on
/// home resets them all after asking.
extension Guide {
  /// The most marks kept, for pages and plan actions together: the saved file holds no more
  /// and its reader refuses more, so a guide never makes a mark that could not be kept.
  public static let maxMarks = 10_000
  /// What a mark past `maxMarks` is told.
  public static let marksFull = "Not marked: 10,000 marks are kept at most; clear one first."

  /// Sets or clears a mark on the current page.
  mutating func toggleMark(_ mark: TopicMark, on id: String) -> [Effect] {
    if state.marks[id] == mark {
      state.marks[id] = nil
      state.status = "Mark cleared."
    } else if state.marks[id] == nil, state.marks.count >= Self.maxMarks {
      state.status = Self.marksFull
      return []
    } else {
      state.marks[id] = mark
      state.status = "Marked as \(mark.rawValue)."
    }
    return [.saveMarks(state.marks)]
  }

  mutating func askToResetMarks() {
    if state.marks.isEmpty {
      state.status = "There are no progress marks to reset."
    } else {
      state.overlay = .confirm(.resetMarks)
    }
  }

  /// Topics that are pages (menus are only ways in), in menu order.
  public var readableTopics: [String] {
    pack.topicOrder.filter { pack.topics[$0]?.isMenu == false }
  }

  /// Marks saved for topics this pack no longer has: kept on disk, reported, never deleted.
  public var orphanedMarks: [String] {
    let actions = Set(pack.plan?.actions.map(PlanView.markID) ?? [])
    return state.marks.keys.filter { pack.topics[$0] == nil && !actions.contains($0) }.sorted()
  }

  /// How many readable topics carry each mark.
  public func markCounts() -> [TopicMark: Int] {
    var counts: [TopicMark: Int] = [:]
    for id in readableTopics { if let mark = state.marks[id] { counts[mark, default: 0] += 1 } }
    return counts
  }
}
