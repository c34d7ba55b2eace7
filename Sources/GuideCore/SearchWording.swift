/// What the search line, the line mode and `devrel-guide search` say about results, worded
/// once so the three agree.
public enum SearchWording {
  /// "Pay (2 more)": a hit's title, and how many other passages of its topic matched.
  public static func title(_ hit: SearchHit) -> String {
    hit.more > 0 ? "\(hit.title) (\(hit.more) more)" : hit.title
  }

  /// The line above the hits on the search line.
  public static func summary(_ search: SearchState) -> String {
    let count = search.hits.count
    guard count > 0 else { return nothing(suggestions: search.suggestions) }
    let matches = "\(count) match\(count == 1 ? "" : "es")"
    return search.everyWord ? matches : "\(matches) for some of the words; \(noneHasAll)"
  }

  /// "No matches for 'salries'. Did you mean: salary?"; without a query, "No matches."
  public static func nothing(_ query: String? = nil, suggestions: [String]) -> String {
    var text = "No matches"
    if let query {
      let shown = query.count > 60 ? query.prefix(59) + "…" : Substring(query)
      text += " for '\(shown)'"
    }
    text += "."
    if !suggestions.isEmpty { text += " Did you mean: \(suggestions.joined(separator: ", "))?" }
    return text
  }

  /// Said when the hits hold only some of the words.
  public static let noneHasAll = "no topic holds every word"
}
