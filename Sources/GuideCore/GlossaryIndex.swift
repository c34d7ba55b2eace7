import GuideContent

/// The index (`i`, as in GNU Info): every glossary term, leading to the page that explains it.
///
/// Terms come from the `glossary` topic: each bullet starts with the term in `*emphasis*`;
/// its first link, if any, is where the guide explains the term at length.
public enum GlossaryIndex {
  public static let topicID = "glossary"

  public static func entries(_ pack: ContentPack) -> [SearchHit] {
    guard let glossary = pack.topics[topicID] else { return [] }
    var entries: [SearchHit] = []
    for case .bullets(let items) in glossary.body {
      for item in items {
        guard case .emphasis(let term) = item.first else { continue }
        let target = item.lazy.compactMap { inline -> String? in
          if case .link(_, let target) = inline { return target }
          return nil
        }.first
        var definition = item.dropFirst().map(\.plainText).joined()
        if definition.hasPrefix(":") { definition.removeFirst() }
        entries.append(
          SearchHit(
            topicID: target ?? topicID, title: term,
            line: definition.trimmingSpacesAndMore()))
      }
    }
    return entries
  }

  /// Terms containing the query (case-insensitive), those starting with it first.
  public static func lookup(_ query: String, in pack: ContentPack) -> [SearchHit] {
    let needle = query.lowercased()
    let all = entries(pack)
    guard !needle.isEmpty else { return all }
    let matching = all.filter { $0.title.lowercased().contains(needle) }
    return matching.filter { $0.title.lowercased().hasPrefix(needle) }
      + matching.filter { !$0.title.lowercased().hasPrefix(needle) }
  }
}

extension String {
  /// Without surrounding spaces and a trailing "more" link label.
  fileprivate func trimmingSpacesAndMore() -> String {
    var text = self
    while text.first == " " { text.removeFirst() }
    if text.hasSuffix(" more") { text.removeLast(5) }
    while text.last == " " { text.removeLast() }
    return text
  }
}
