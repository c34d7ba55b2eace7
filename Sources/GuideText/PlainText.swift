import GuideContent
import GuideCore

/// The guide as plain lines, for pipes, files, `TERM=dumb` and `show`: no escape codes, unless
/// `color` asks for them.
public enum PlainText {
  /// A topic wrapped to `width` columns, every line of it; a menu topic lists its entries with
  /// their ids.
  public static func topic(
    _ topic: Topic, in pack: ContentPack, width: Int, unicode: Bool, color: TextColor = .off
  ) -> String {
    let glyphs = Glyphs(unicode: unicode)
    guard topic.isMenu else {
      let page = PageLayout.layout(
        topic, in: pack, width: width, glyphs: glyphs, keepingAddressesWhole: true)
      return page.lines.map { glyphs.line($0, paint: color.paint) }.joined(separator: "\n") + "\n"
    }
    let title = Wrap.text(glyphs.text(topic.title), width: width)
    let rule = String(
      repeating: glyphs.horizontal, count: min(width, CellWidth.of(glyphs.text(topic.title))))
    var lines = title.map { color.paint($0, .heading) } + [color.paint(rule, .dim), ""]
    lines += Wrap.text(glyphs.text(topic.summary), width: width)
    lines.append("")
    lines += entries(topic.children, in: pack, width: width).map(glyphs.text)
    return lines.joined(separator: "\n") + "\n"
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

  /// `  1. Title  [id]` per entry. A line too wide wraps under the title, the id last: on the
  /// title's last line if it fits, else on a line of its own (from the left edge when even the
  /// indent is too much; cut only when the id alone is wider than the page).
  static func entries(_ entries: [MenuEntry], in pack: ContentPack, width: Int) -> [String] {
    entries.enumerated().flatMap { index, entry in
      let id: String
      switch entry.target {
      case .topic(let topic): id = topic
      case .quiz: id = "(devrel-guide quiz)"
      case .check: id = "(devrel-guide check)"
      case .results: id = "(devrel-guide results)"
      case .posting: id = "(devrel-guide posting FILE)"
      }
      let number = "  \(index + 1). "
      let line = number + pack.title(of: entry) + "  [\(id)]"
      guard CellWidth.of(line) > width else { return [line] }
      let indent = String(repeating: " ", count: number.count)
      let tag = "[\(id)]"
      var lines = Wrap.text(pack.title(of: entry), width: max(1, width - number.count))
        .enumerated().map { ($0.offset == 0 ? number : indent) + $0.element }
      if let last = lines.last, CellWidth.of(last + "  " + tag) <= width {
        lines[lines.count - 1] = last + "  " + tag
      } else if CellWidth.of(indent + tag) <= width {
        lines.append(indent + tag)
      } else {
        lines += Wrap.text(tag, width: width)
      }
      return lines
    }
  }
}
