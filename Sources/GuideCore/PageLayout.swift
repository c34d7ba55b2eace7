import GuideContent

/// How a run of page text is shown. The UI maps each style to a role.
public enum SpanStyle: Sendable, Equatable, Hashable {
  case plain
  case title
  case heading
  case emphasis
  case bullet
  /// Part of the link with this index in `PageView.links`.
  case link(Int)
  case dim
  /// The filled and empty parts of a score bar.
  case barFilled
  case barEmpty
  case good
  case warn
}

/// A run of text on one page line, at a column within the text column.
public struct Span: Sendable, Equatable {
  public var column: Int
  public var text: String
  public var style: SpanStyle

  public init(column: Int, text: String, style: SpanStyle) {
    self.column = column
    self.text = text
    self.style = style
  }
}

public struct PageLine: Sendable, Equatable {
  public var spans: [Span]

  public init(_ spans: [Span] = []) { self.spans = spans }

  public var text: String {
    var result = ""
    for span in spans {
      let cells = CellWidth.of(result)
      if span.column > cells { result += String(repeating: " ", count: span.column - cells) }
      result += span.text
    }
    return result
  }
}

/// A link on a laid-out page: where it goes and the first line it is on.
public struct PageLink: Sendable, Equatable {
  public var target: String
  public var line: Int

  public init(target: String, line: Int) {
    self.target = target
    self.line = line
  }
}

/// A topic laid out for one text width: the lines to show and the links Tab moves between.
public struct PageView: Sendable, Equatable {
  public var topicID: String
  public var width: Int
  public var lines: [PageLine]
  public var links: [PageLink]
  /// The first line of each body block, bullets one by one (the order search numbers them).
  public var blockLines: [Int]

  public init(
    topicID: String, width: Int, lines: [PageLine], links: [PageLink], blockLines: [Int] = []
  ) {
    self.topicID = topicID
    self.width = width
    self.lines = lines
    self.links = links
    self.blockLines = blockLines
  }
}

/// Lays a topic out as lines: the title, its blocks, and a "See also" list of links.
public enum PageLayout {
  public static func layout(_ topic: Topic, in pack: ContentPack, width: Int, unicode: Bool = true)
    -> PageView
  {
    var builder = PageBuilder(width: width, unicode: unicode)
    builder.paragraph([(topic.title, .title)])
    builder.rule(CellWidth.of(topic.title))
    var blockLines: [Int] = []
    for block in topic.body {
      builder.blank()
      switch block {
      case .heading(let text):
        blockLines.append(builder.lines.count)
        builder.paragraph([(text, .heading)])
      case .paragraph(let inlines):
        blockLines.append(builder.lines.count)
        builder.paragraph(builder.runs(inlines))
      case .bullets(let items):
        for item in items {
          blockLines.append(builder.lines.count)
          builder.bullet(builder.runs(item))
        }
      }
    }
    let seeAlso = topic.seeAlso.filter { pack.topics[$0] != nil }
    if !seeAlso.isEmpty {
      builder.blank()
      builder.paragraph([("See also", .heading)])
      for id in seeAlso {
        builder.bullet(builder.runs([.link(label: pack.topics[id]?.title ?? id, target: id)]))
      }
    }
    return PageView(
      topicID: topic.id, width: width, lines: builder.lines, links: builder.links,
      blockLines: blockLines)
  }
}
