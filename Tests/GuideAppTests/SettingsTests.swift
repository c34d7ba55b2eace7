import Foundation
import GuideApp
import Testing

@Suite("The settings file")
struct SettingsTests {
  @Test func aThemeLineIsRead() {
    let (settings, warnings) = Settings.parse("# mine\ntheme: light\n", file: "config")
    #expect(settings == Settings(theme: "light"))
    #expect(warnings.isEmpty)
  }

  @Test func unknownSettingsAreNamedAndIgnored() {
    let (settings, warnings) = Settings.parse("theme: dark\ncolour: pink\n", file: "config")
    #expect(settings.theme == "dark")
    #expect(warnings == ["config: unknown setting `colour` ignored"])
  }

  @Test func aBrokenFileGivesDefaultsAndAWarning() {
    let (settings, warnings) = Settings.parse("theme: [light\n", file: "config")
    #expect(settings == Settings())
    #expect(warnings.first?.hasPrefix("config: not read, it is not valid YAML") == true)
    #expect(
      Settings.parse("- a list\n", file: "c").1 == [
        "c: not read, expected lines like `theme: light`"
      ])
    #expect(Settings.parse("", file: "c").0 == Settings())
  }

  @Test func theFileFollowsXDGConfigHomeOrHome() {
    #expect(
      Settings.filePath(["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/devrel-guide/config")
    #expect(
      Settings.filePath(["XDG_CONFIG_HOME": "relative", "HOME": "/h"])
        == "/h/.config/devrel-guide/config")
    #expect(Settings.filePath(["HOME": "/h"]) == "/h/.config/devrel-guide/config")
    #expect(Settings.filePath([:]) == nil)
    #expect(Settings.filePath(["HOME": "relative"]) == nil)
  }
}
