/// The looks to choose from (`--theme`, `DEVREL_GUIDE_THEME`, or the config file).
public enum ThemeName: String, Sendable, CaseIterable {
  /// Colours for a dark background (the default).
  case dark
  /// Colours that stay readable on a light background: no yellow or cyan text.
  case light
  /// Bold everywhere that carries meaning, and the strongest colours.
  case highContrast = "high-contrast"
  /// No colour at all: bold, reverse, underline and dim only.
  case monochrome
}
