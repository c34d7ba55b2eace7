import GuideContent
import GuideCore

/// The guide as plain lines, for pipes, files, `TERM=dumb` and `show`: no escape codes ever.
public enum PlainText {
  /// A topic wrapped to `width` columns; a menu topic lists its entries with their ids.
  public static func topic(_ topic: Topic, in pack: ContentPack, width: Int, unicode: Bool)
    -> String
  {
    let glyphs = Glyphs(unicode: unicode)
    if topic.isMenu {
      var lines = [
        topic.title, String(repeating: glyphs.horizontal, count: CellWidth.of(topic.title)), "",
      ]
      lines += Wrap.text(topic.summary, width: width)
      lines.append("")
      lines += entries(topic.children, in: pack)
      return glyphs.text(lines.joined(separator: "\n")) + "\n"
    }
    let page = PageLayout.layout(topic, in: pack, width: width)
    return page.lines.map(glyphs.line).joined(separator: "\n") + "\n"
  }

  /// What the guide holds and how to read it, for a run without a terminal.
  public static func overview(_ pack: ContentPack, unicode: Bool) -> String {
    var lines = [pack.manifest.title]
    if !pack.manifest.tagline.isEmpty { lines += Wrap.text(pack.manifest.tagline, width: 78) }
    lines += ["", "Topics:"]
    let ids = pack.topicOrder
    let idWidth = ids.map(\.count).max() ?? 0
    for id in ids {
      guard let topic = pack.topics[id] else { continue }
      lines.append(
        "  " + id + String(repeating: " ", count: idWidth - id.count) + "  " + topic.title)
    }
    lines += [
      "",
      "Read a topic:      devrel-guide show ID   (for example: devrel-guide show \(ids.first ?? "about"))",
      "Search the guide:  devrel-guide search WORD",
      "Take the quiz:     devrel-guide quiz --plain",
      "Full-screen guide: run devrel-guide in a terminal.",
    ]
    return Glyphs(unicode: unicode).text(lines.joined(separator: "\n")) + "\n"
  }

  static func entries(_ entries: [MenuEntry], in pack: ContentPack) -> [String] {
    entries.enumerated().map { index, entry in
      let id: String
      switch entry.target {
      case .topic(let topic): id = topic
      case .quiz: id = "(devrel-guide quiz)"
      case .results: id = "(devrel-guide results)"
      }
      return "  \(index + 1). \(pack.title(of: entry))  [\(id)]"
    }
  }
}
