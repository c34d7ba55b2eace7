import GuideContent

/// How a run of page text reads. The UI maps each style to a role.
public enum SpanStyle: Sendable, Equatable, Hashable {
  case plain
  case title
  case heading
  case emphasis
  /// Part of the link with this index in `PageView.links`.
  case link(Int)
  /// Part of a link to this outside address: drawn as a link, opened by the terminal (an
  /// OSC 8 hyperlink where it can), never focused by Tab.
  case webLink(String)
  case dim
  case good
  case warn
}

/// What a span of a page line holds: words, or a mark that only the UI turns into glyphs, so
/// `--ascii` and themes are decided in one place.
public enum SpanContent: Sendable, Equatable {
  case text(String, SpanStyle)
  /// The mark before a list item.
  case bullet
  /// The line under a title, this many cells long.
  case rule(Int)
  /// A score bar `of` cells long, filled for `eighths` eighths of a cell (a Unicode terminal
  /// draws the last part in an eighth block, so 44 and 50 of 100 differ).
  case bar(eighths: Int, of: Int)
  /// "Went to", between an old and a new score, in the style of the words around it.
  case arrow(SpanStyle)

  /// The cells the layout gives this span; the UI draws marks in exactly this many cells in a
  /// UTF-8 terminal.
  public var cells: Int {
    switch self {
    case .text(let text, _): return CellWidth.of(text)
    case .bullet, .arrow: return 1
    case .rule(let length): return length
    case .bar(_, let length): return length
    }
  }
}

/// One span of a page line, at a column within the text column.
public struct Span: Sendable, Equatable {
  public var column: Int
  public var content: SpanContent

  public init(column: Int, _ content: SpanContent) {
    self.column = column
    self.content = content
  }
}

public struct PageLine: Sendable, Equatable {
  public var spans: [Span]

  public init(_ spans: [Span] = []) { self.spans = spans }

  /// The words of the line at their columns, marks left blank: what search matches against.
  public var words: String {
    var result = ""
    var cells = 0
    for span in spans {
      guard case .text(let text, _) = span.content else { continue }
      if span.column > cells { result += String(repeating: " ", count: span.column - cells) }
      result += text
      cells = span.column + CellWidth.of(text)
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
  public var width: Int
  public var lines: [PageLine]
  public var links: [PageLink]
  /// The first line of each body block, bullets one by one (the order search numbers them).
  public var blockLines: [Int]

  public init(width: Int, lines: [PageLine], links: [PageLink], blockLines: [Int] = []) {
    self.width = width
    self.lines = lines
    self.links = links
    self.blockLines = blockLines
  }
}

/// Lays a topic out as lines: the title, its blocks, and a "See also" list of links.
///
/// A pure function of the topic and the width; the guide keeps the result only as a cache.
/// Printed text (`show`) keeps each web address whole, on a line of its own when it is
/// longer than the width; the screen breaks it (its cells still form one OSC 8 link).
public enum PageLayout {
  public static func layout(
    _ topic: Topic, in pack: ContentPack, width: Int, glyphs: Glyphs,
    keepingAddressesWhole: Bool = false
  ) -> PageView {
    var builder = PageBuilder(width: width, glyphs: glyphs)
    builder.keepAddressesWhole = keepingAddressesWhole
    builder.title(topic.title)
    if let checked = topic.checked { builder.paragraph([(checkedLine(checked), .dim)]) }
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
      // A blank line under it, as under every heading of the body ("Sources" too).
      builder.blank()
      for id in seeAlso {
        builder.bullet(builder.runs([.link(label: pack.topics[id]?.title ?? id, target: id)]))
      }
    }
    return PageView(
      width: width, lines: builder.lines, links: builder.links, blockLines: blockLines)
  }

  /// The line under a page's title that says how fresh its facts are ("Checked December
  /// 2026"); the About page says what the word promises.
  public static func checkedLine(_ month: YearMonth) -> String { "Checked \(month.spelled)" }
}
