import GuideCore

/// Search hits as `ID<TAB>TITLE<TAB>line` lines, for `devrel-guide search` and scripts.
public enum SearchText {
  /// How many hits `devrel-guide search` prints. A common word in a pack of many megabytes
  /// matches tens of thousands of paragraphs, whose text would take seconds to print and more
  /// to read; past this many, refining the search serves better.
  public static let limit = 1_000

  /// One hit's line; with colour on, the words matched stand out in the title and the line.
  public static func line(
    _ hit: SearchHit, query: String, unicode: Bool, color: TextColor = .off
  ) -> String {
    let glyphs = Glyphs(unicode: unicode)
    let title = color.marking(query, in: glyphs.text(hit.title))
    let line = color.marking(query, in: glyphs.text(hit.line))
    return "\(hit.topicID)\t\(title)\t\(line)"
  }

  /// What is said after the first `limit` of `count` hits.
  public static func more(_ count: Int, unicode: Bool) -> String {
    "\(Glyphs(unicode: unicode).ellipsis) and \(count - limit) more; refine the search"
  }
}
