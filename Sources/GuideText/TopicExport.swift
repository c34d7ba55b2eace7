import FoundationEssentials
import GuideContent
import GuideCore

/// A topic as Markdown or JSON, for pasting into documents and for scripts.
public enum TopicExport {
  public static func markdown(_ topic: Topic, in pack: ContentPack) -> String {
    var parts = ["# \(topic.title)"]
    if let checked = topic.checked { parts.append("*\(PageLayout.checkedLine(checked))*") }
    if topic.isMenu {
      parts.append(topic.summary)
      parts.append(topic.children.map { "- \(pack.title(of: $0))" }.joined(separator: "\n"))
    }
    for block in topic.body {
      switch block {
      case .heading(let text): parts.append("## \(text)")
      case .paragraph(let inlines): parts.append(markdown(inlines))
      case .bullets(let items):
        parts.append(items.map { "- " + markdown($0) }.joined(separator: "\n"))
      }
    }
    let seeAlso = topic.seeAlso.compactMap { pack.topics[$0] }
    if !seeAlso.isEmpty {
      parts.append("## See also")
      parts.append(
        seeAlso.map { "- \($0.title) (`devrel-guide show \($0.id)`)" }.joined(separator: "\n"))
    }
    return parts.joined(separator: "\n\n") + "\n"
  }

  static func markdown(_ inlines: [Inline]) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let text): return text
      case .emphasis(let text): return "*\(text)*"
      case .link(let label, let target): return "\(label) (`devrel-guide show \(target)`)"
      case .webLink(let label, let url): return markdownLink(label, url)
      }
    }.joined()
  }

  /// `[label](url)` with CommonMark's backslash escapes: `\`, `[` and `]` in the label, `(`
  /// and `)` in the address, so neither can end the link early or start another.
  static func markdownLink(_ label: String, _ url: String) -> String {
    func escaped(_ text: String, _ special: String) -> String {
      var out = ""
      for character in text {
        if special.contains(character) { out.append("\\") }
        out.append(character)
      }
      return out
    }
    return "[\(escaped(label, "\\[]"))](\(escaped(url, "\\()")))"
  }

  struct JSONTopic: Encodable {
    struct JSONBlock: Encodable {
      var type: String
      var text: String?
      var items: [String]?
    }
    var id: String
    var title: String
    var summary: String
    var children: [String]
    var body: [JSONBlock]
    var seeAlso: [String]
    /// `YYYY-MM`: the month every outside source was last confirmed; absent when not given.
    var checked: String?
    /// Every outside address in the body, in reading order.
    var links: [JSONLink]
  }

  struct JSONLink: Encodable, Equatable {
    var text: String
    var url: String
  }

  public static func json(_ topic: Topic, in pack: ContentPack) throws -> String {
    func plain(_ inlines: [Inline]) -> String { inlines.map(\.plainText).joined() }
    let body = topic.body.map { block -> JSONTopic.JSONBlock in
      switch block {
      case .heading(let text): return .init(type: "heading", text: text)
      case .paragraph(let inlines): return .init(type: "paragraph", text: plain(inlines))
      case .bullets(let items): return .init(type: "bullets", items: items.map(plain))
      }
    }
    let value = JSONTopic(
      id: topic.id, title: topic.title, summary: topic.summary,
      children: topic.children.compactMap(\.topicID), body: body, seeAlso: topic.seeAlso,
      checked: topic.checked?.description, links: webLinks(topic))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func webLinks(_ topic: Topic) -> [JSONLink] {
    topic.body.flatMap(\.inlines).compactMap {
      if case .webLink(let label, let url) = $0 { return JSONLink(text: label, url: url) }
      return nil
    }
  }
}
