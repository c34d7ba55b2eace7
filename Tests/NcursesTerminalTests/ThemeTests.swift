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

  @Test func monochromeUsesNoColourAndLightAvoidsYellow() {
    for role in Role.allCases {
      #expect(Theme.style(for: role, in: .monochrome).foreground == nil)
      #expect(Theme.style(for: role, in: .light).foreground != Int16(COLOR_YELLOW))
    }
    #expect(Theme.style(for: .key, in: .dark).foreground == Int16(COLOR_YELLOW))
    #expect(Theme.style(for: .heading, in: .highContrast).attributes.contains(.bold))
  }
}
