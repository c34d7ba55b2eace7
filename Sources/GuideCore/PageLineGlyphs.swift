/// A piece of a laid-out line as it is drawn: glyphs chosen, at its final column.
public struct DrawnSpan: Equatable {
  public var column: Int
  public var text: String
  public var role: Role
  /// The index of the link this piece belongs to.
  public var link: Int?
  /// The outside address this piece links to.
  public var url: String?

  public init(column: Int, text: String, role: Role, link: Int? = nil, url: String? = nil) {
    self.column = column
    self.text = text
    self.role = role
    self.link = link
    self.url = url
  }
}

extension Glyphs {
  /// The spans of a laid-out line turned into the text this terminal shows.
  ///
  /// A glyph or transliterated text wider than the layout measured pushes the rest of the line
  /// right, so nothing is drawn over.
  public func drawn(_ line: PageLine, focus: Int? = nil) -> [DrawnSpan] {
    var drawn: [DrawnSpan] = []
    var shift = 0
    for span in line.spans {
      let column = span.column + shift
      let before = drawn.count
      switch span.content {
      case .text(let words, let style):
        var link: Int?
        var url: String?
        if case .link(let index) = style { link = index }
        if case .webLink(let address) = style { url = address }
        drawn.append(
          DrawnSpan(
            column: column, text: text(words), role: Self.role(style, focus: focus), link: link,
            url: url))
      case .bullet:
        drawn.append(DrawnSpan(column: column, text: bullet, role: .dim))
      case .rule(let length):
        drawn.append(
          DrawnSpan(column: column, text: String(repeating: horizontal, count: length), role: .dim))
      case .bar(let eighths, let length):
        let (full, rest) = bar(eighths: eighths, of: length)
        drawn.append(DrawnSpan(column: column, text: full, role: .chart))
        drawn.append(DrawnSpan(column: column + CellWidth.of(full), text: rest, role: .dim))
      case .arrow(let style):
        drawn.append(DrawnSpan(column: column, text: arrow, role: Self.role(style, focus: focus)))
      }
      let width = drawn[before...].reduce(0) { $0 + CellWidth.of($1.text) }
      shift += width - span.content.cells
    }
    return drawn
  }

  /// A laid-out line as plain text, for `show`, `results` and the line mode.
  public func line(_ line: PageLine) -> String {
    Self.joined(drawn(line))
  }

  /// A laid-out line as text whose pieces `paint` wraps in their role's colour (`show
  /// --color always`).
  public func line(_ line: PageLine, paint: (String, Role) -> String) -> String {
    Self.joined(drawn(line), paint: paint)
  }

  /// Drawn pieces as one string, blanks between them.
  public static func joined(
    _ spans: [DrawnSpan], paint: (String, Role) -> String = { text, _ in text }
  ) -> String {
    var result = ""
    var cells = 0
    for span in spans {
      if span.column > cells { result += String(repeating: " ", count: span.column - cells) }
      result += paint(span.text, span.role)
      cells = max(cells, span.column + CellWidth.of(span.text))
    }
    return result
  }

  /// The role a page text is drawn with.
  public static func role(_ style: SpanStyle, focus: Int?) -> Role {
    switch style {
    case .plain: return .normal
    case .title, .heading: return .heading
    case .emphasis: return .emphasis
    case .dim: return .dim
    case .link(let index): return index == focus ? .focusedLink : .link
    case .webLink: return .link
    case .good: return .good
    case .warn: return .warn
    }
  }
}
