/// The looks to choose from (`--theme`, `DEVREL_GUIDE_THEME`, or the config file).
///
/// Each promises WCAG AA contrast (4.5:1 for text, 3:1 for bars and selections) with the
/// standard xterm palette on the backgrounds named here; `ContrastTests` checks every role.
public enum ThemeName: String, Sendable, CaseIterable {
  /// Colours for a dark background (the default).
  case dark
  /// Colours for a light background: blue, magenta and red, never yellow, green or cyan text.
  case light
  /// The terminal's own foreground and background only, in bold: the most contrast any
  /// terminal gives, on a dark or a light background.
  case highContrast = "high-contrast"
  /// No colour at all: bold, reverse, underline and dim only.
  case monochrome

  /// The theme for the background `COLORFGBG` names (`fg;bg` or `fg;xpm;bg`, colour numbers
  /// as rxvt sets them): light for 7 (white) and 9 to 15 (bright colours but 8), dark for 0 to
  /// 6 and 8; nil when unset, `default` or not a number.
  public static func forBackground(colorFGBG: String?) -> ThemeName? {
    guard let last = colorFGBG?.split(separator: ";").last,
      let background = Int(last), (0...15).contains(background)
    else { return nil }
    return background == 7 || background >= 9 ? .light : .dark
  }
}
