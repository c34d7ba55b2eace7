import CNcursesw
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
public enum Theme {
  public static func style(for role: Role, in theme: ThemeName = .dark) -> RoleStyle {
    var style = base(role)
    switch theme {
    case .dark, .monochrome:
      break
    case .light:
      style.foreground = lightForeground(role, style.foreground)
    case .highContrast:
      style.foreground = highContrastForeground(role, style.foreground)
      if role != .dim { style.attributes.remove(.dim) }
      if role != .normal { style.attributes.insert(.bold) }
    }
    if theme == .monochrome { style.foreground = nil }
    return style
  }

  private static func base(_ role: Role) -> RoleStyle {
    switch role {
    case .normal: RoleStyle()
    case .title: RoleStyle(foreground: Int16(COLOR_BLUE), [.reverse, .bold])
    case .selection: RoleStyle(foreground: Int16(COLOR_CYAN), [.reverse, .bold])
    case .key: RoleStyle(foreground: Int16(COLOR_YELLOW), [.bold])
    case .dim: RoleStyle([.dim])
    case .good: RoleStyle(foreground: Int16(COLOR_GREEN), [.bold])
    case .warn: RoleStyle(foreground: Int16(COLOR_RED), [.bold])
    case .heading: RoleStyle(foreground: Int16(COLOR_CYAN), [.bold])
    case .emphasis: RoleStyle([.bold])
    case .link: RoleStyle(foreground: Int16(COLOR_BLUE), [.underline])
    case .focusedLink: RoleStyle(foreground: Int16(COLOR_BLUE), [.underline, .reverse])
    case .match: RoleStyle(foreground: Int16(COLOR_YELLOW), [.reverse, .underline])
    }
  }

  /// Yellow and cyan wash out on white: use blue, magenta and red instead.
  private static func lightForeground(_ role: Role, _ color: Int16?) -> Int16? {
    switch role {
    case .selection, .heading: Int16(COLOR_BLUE)
    case .key, .match: Int16(COLOR_MAGENTA)
    default: color
    }
  }

  /// White on the strongest colours; headings and keys in white so they never fade.
  private static func highContrastForeground(_ role: Role, _ color: Int16?) -> Int16? {
    switch role {
    case .heading, .key, .emphasis: Int16(COLOR_WHITE)
    case .dim: nil
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
