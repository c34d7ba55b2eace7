import GuideCore

/// Search hits as `ID<TAB>TITLE<TAB>LINE<TAB>MORE` lines, for `devrel-guide search` and
/// scripts: one a topic, its best passage, and how many other passages of it matched.
public enum SearchText {
  /// How many hits `devrel-guide search` prints. A common word in a pack of many megabytes
  /// matches thousands of topics, whose text would take seconds to print and more to read;
  /// past this many, refining the search serves better.
  public static let limit = 1_000

  /// One hit's line; with colour on, the words matched stand out in the title and the line.
  public static func line(
    _ hit: SearchHit, query: SearchQuery, unicode: Bool, color: TextColor = .off
  ) -> String {
    let glyphs = Glyphs(unicode: unicode)
    let title = color.marking(query, in: glyphs.text(hit.title))
    let line = color.marking(query, in: glyphs.text(hit.line))
    return "\(hit.topicID)\t\(title)\t\(line)\t\(hit.more)"
  }

  /// What is said after the first `limit` of `count` hits.
  public static func more(_ count: Int, unicode: Bool) -> String {
    "\(Glyphs(unicode: unicode).ellipsis) and \(count - limit) more; refine the search"
  }
}
