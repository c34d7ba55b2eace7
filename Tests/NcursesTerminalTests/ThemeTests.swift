import CNcursesw
import GuideUI
import Testing

@testable import NcursesTerminal

@Suite("Themes")
struct ThemeTests {
  @Test(arguments: ThemeName.allCases)
  func everyThemeKeepsMeaningWithoutColour(theme: ThemeName) {
    #expect(Theme.style(for: .selection, in: theme).attributes.contains(.reverse))
    #expect(Theme.style(for: .link, in: theme).attributes.contains(.underline))
    #expect(
      Theme.style(for: .focusedLink, in: theme).attributes.isSuperset(of: [.underline, .reverse]))
    #expect(Theme.style(for: .match, in: theme).attributes.contains(.reverse))
    #expect(Theme.style(for: .title, in: theme).attributes.contains(.reverse))
  }

  /// COLORFGBG as rxvt and others set it: the last field is the background colour number.
  @Test(
    arguments: [
      ("0;15", ThemeName.light), ("0;7", .light), ("15;0", .dark), ("7;8", .dark),
      ("0;default;15", .light), ("default;default", nil), ("", nil), ("0;16", nil), ("x", nil),
    ] as [(String, ThemeName?)])
  func colorFGBGNamesTheBackgroundsTheme(value: String, theme: ThemeName?) {
    #expect(ThemeName.forBackground(colorFGBG: value) == theme)
  }

  @Test func monochromeUsesNoColourAndLightAvoidsYellow() {
    for role in Role.allCases {
      #expect(Theme.style(for: role, in: .monochrome).foreground == nil)
      #expect(Theme.style(for: role, in: .light).foreground != Int16(COLOR_YELLOW))
    }
    #expect(Theme.style(for: .key, in: .dark).foreground == Int16(COLOR_YELLOW))
    #expect(Theme.style(for: .heading, in: .highContrast).attributes.contains(.bold))
  }
}
