import GuideCore
import GuideUI

/// Search hits as `ID<TAB>TITLE<TAB>line` lines, for `devrel-guide search` and scripts.
public enum SearchText {
  /// One line per hit; with colour on, the words matched stand out in the title and the line.
  public static func lines(
    _ hits: [SearchHit], query: String, unicode: Bool, color: TextColor = .off
  ) -> [String] {
    let glyphs = Glyphs(unicode: unicode)
    return hits.map { hit in
      let title = color.marking(query, in: glyphs.text(hit.title))
      let line = color.marking(query, in: glyphs.text(hit.line))
      return "\(hit.topicID)\t\(title)\t\(line)"
    }
  }
}
