import CNcursesw
import GuideCore
import GuideUI

/// How one role looks: a foreground colour (used only when colours are on) and attributes
/// that carry the meaning on their own, so every role still reads on a monochrome terminal.
public struct RoleStyle: Sendable, Equatable {
  /// Text attributes, independent of colour.
  public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let reverse = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)
  }

  /// A curses colour number (`COLOR_RED`...), or nil for the terminal's default foreground.
  public var foreground: Int16?
  public var attributes: Attributes

  public init(foreground: Int16? = nil, _ attributes: Attributes = []) {
    self.foreground = foreground
    self.attributes = attributes
  }
}

/// The one table from role to look. Change the app's appearance here and only here.
///
/// Every theme gives each role the same kind of attributes (reverse for selections, underline
/// for links), so meaning never rests on colour alone; themes change only colours and weight.
/// A reversed role shows the terminal's default background as text on the role's colour.
public enum Theme {
  public static func style(for role: Role, in theme: ThemeName = .dark) -> RoleStyle {
    var style = base(role)
    switch theme {
    case .dark, .monochrome:
      break
    case .light:
      style.foreground = lightForeground(role, style.foreground)
      if lightWithoutBold.contains(role) { style.attributes.remove(.bold) }
    case .highContrast:
      // Dim text fades by an amount each terminal picks, so it is plain here, never bold+dim.
      style.attributes.remove(.dim)
      if role != .normal && role != .dim { style.attributes.insert(.bold) }
    }
    if theme == .monochrome || theme == .highContrast { style.foreground = nil }
    return style
  }

  /// The look on a particular terminal: where it cannot dim (no `dim`, or an `sgr` without
  /// it), secondary text is a grey of the palette instead of body text at full strength.
  ///
  /// The light theme takes the grey even where the terminal dims: xterm and alacritty fade a
  /// colour toward black (xterm halves it), so dim black text on white stays black, as the
  /// screenshots showed; a grey reads the same everywhere.
  public static func style(
    for role: Role, in theme: ThemeName, on terminal: TerminalCapabilities
  ) -> RoleStyle {
    var style = style(for: role, in: theme)
    if style.attributes.contains(.dim), !terminal.canDim || theme == .light,
      let grey = grey(for: theme, colors: terminal.colors)
    {
      style.attributes.remove(.dim)
      style.foreground = grey
    }
    return style
  }

  /// The grey for secondary text: xterm's 256-colour greys #8A8A8A on dark (6.1:1 on black)
  /// and #6C6C6C on light (5.3:1 on white), or colour 8 (#7F7F7F, 5.3:1 on black) where only
  /// 16 colours exist. Nil where no grey reads well enough: a light theme on 16 colours, and
  /// the themes that use no colour.
  static func grey(for theme: ThemeName, colors: Int) -> Int16? {
    switch theme {
    case .dark: colors >= 256 ? 245 : colors >= 16 ? 8 : nil
    case .light: colors >= 256 ? 242 : nil
    case .highContrast, .monochrome: nil
    }
  }

  /// The dark theme: light colours that read on black (blue and red do not: 2.2 and 3.6 to 1).
  private static func base(_ role: Role) -> RoleStyle {
    switch role {
    case .normal: RoleStyle()
    case .title: RoleStyle([.reverse, .bold])
    case .selection: RoleStyle(foreground: Int16(COLOR_CYAN), [.reverse, .bold])
    case .key: RoleStyle(foreground: Int16(COLOR_YELLOW), [.bold])
    case .dim: RoleStyle([.dim])
    case .good: RoleStyle(foreground: Int16(COLOR_GREEN), [.bold])
    case .warn: RoleStyle(foreground: Int16(COLOR_YELLOW), [.bold])
    case .heading: RoleStyle(foreground: Int16(COLOR_CYAN), [.bold])
    case .emphasis: RoleStyle([.bold])
    case .link: RoleStyle(foreground: Int16(COLOR_CYAN), [.underline])
    case .focusedLink: RoleStyle(foreground: Int16(COLOR_CYAN), [.underline, .reverse])
    case .match: RoleStyle(foreground: Int16(COLOR_YELLOW), [.reverse, .underline])
    // Plain cyan, the colour of headings and links: bold bright green beside them clashed.
    case .chart: RoleStyle(foreground: Int16(COLOR_CYAN))
    }
  }

  /// Roles the light theme draws without bold: xterm and urxvt draw bold colours 0-7 as the
  /// bright ones, and bright magenta (#FF00FF, 3.1:1) and red (#FF0000, 4.0:1) are too pale on
  /// white; plain magenta and red hold 4.7:1 and 5.9:1. Bright blue (#5C5CFF) holds 4.7:1.
  private static let lightWithoutBold: Set<Role> = [.key, .warn]

  /// Yellow, green and cyan wash out on white: blue, magenta and red instead.
  private static func lightForeground(_ role: Role, _ color: Int16?) -> Int16? {
    switch role {
    case .title, .selection, .heading, .link, .focusedLink, .good, .chart: Int16(COLOR_BLUE)
    case .key, .match: Int16(COLOR_MAGENTA)
    case .warn: Int16(COLOR_RED)
    default: color
    }
  }

  /// The curses attribute bits for a style.
  static func cursesAttributes(_ attributes: RoleStyle.Attributes) -> attr_t {
    var value = dg_attr_normal()
    if attributes.contains(.bold) { value |= dg_attr_bold() }
    if attributes.contains(.reverse) { value |= dg_attr_reverse() }
    if attributes.contains(.underline) { value |= dg_attr_underline() }
    if attributes.contains(.dim) { value |= dg_attr_dim() }
    return value
  }
}
