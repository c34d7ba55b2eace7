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

  /// `DEVREL_GUIDE_HYPERLINKS=false` once left links on: every usual word for off is off.
  @Test func hyperlinksAreOffForEveryUsualWordForOff() {
    for word in ["0", "false", "no", "off", "FALSE", "Off", " no "] {
      #expect(GuideOptions.saysOff(word), "\(word)")
    }
    for word in [nil, "", "1", "true", "yes", "on", "nope", "0ff"] as [String?] {
      #expect(!GuideOptions.saysOff(word), "\(word ?? "unset")")
    }
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

/// Reading the file itself: whatever is at the path, start-up never waits on it and never
/// reads more than `Settings.maxBytes`.
@Suite("The settings file on disk")
struct SettingsFileTests {
  let home = FileManager.default.temporaryDirectory.appendingPathComponent(
    "devrel-guide-settings-\(UUID().uuidString)")
  var environment: [String: String] { ["XDG_CONFIG_HOME": home.path] }
  var path: String { home.path + "/devrel-guide/config" }

  init() throws {
    try FileManager.default.createDirectory(
      atPath: home.path + "/devrel-guide", withIntermediateDirectories: true)
  }

  func cleanUp() { try? FileManager.default.removeItem(at: home) }

  @Test func aRegularFileIsRead() throws {
    defer { cleanUp() }
    try Data("theme: light\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(Settings.load(environment) == (Settings(theme: "light"), []))
  }

  @Test func noFileOrNoFolderGivesDefaultsWithoutAWarning() {
    defer { cleanUp() }
    #expect(Settings.load(environment) == (Settings(), []))
    #expect(Settings.load(["XDG_CONFIG_HOME": home.path + "/missing"]) == (Settings(), []))
  }

  /// A FIFO with no writer would block a plain `open` for ever: it is refused at once.
  @Test func aFIFOIsRefusedAtOnceWithOneWarning() {
    defer { cleanUp() }
    #expect(mkfifo(path, 0o600) == 0)
    #expect(
      Settings.load(environment) == (Settings(), ["\(path): not read, it is a FIFO, not a file"]))
  }

  @Test func aFolderOrADeviceIsRefusedWithOneWarning() throws {
    defer { cleanUp() }
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(
      Settings.load(environment) == (Settings(), ["\(path): not read, it is a folder, not a file"]))
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
    #expect(
      Settings.load(environment) == (Settings(), ["\(path): not read, it is a device, not a file"]))
  }

  /// Settings files are often links into a folder of dotfiles: the link is followed, and what
  /// it leads to is checked like the file itself.
  @Test func aLinkToARegularFileIsFollowedAndALinkToAFIFOIsRefused() throws {
    defer { cleanUp() }
    let target = home.path + "/dotfiles-config"
    try Data("theme: monochrome\n".utf8).write(to: URL(fileURLWithPath: target))
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    #expect(Settings.load(environment) == (Settings(theme: "monochrome"), []))
    try FileManager.default.removeItem(atPath: target)
    #expect(mkfifo(target, 0o600) == 0)
    #expect(
      Settings.load(environment) == (Settings(), ["\(path): not read, it is a FIFO, not a file"]))
  }

  @Test func aFileOverTheLimitIsNotReadAndOneAtTheLimitIs() throws {
    defer { cleanUp() }
    let line = "theme: light\n"
    let filler = String(repeating: "#", count: Settings.maxBytes - line.utf8.count - 1) + "\n"
    try Data((line + filler).utf8).write(to: URL(fileURLWithPath: path))
    #expect(Settings.load(environment) == (Settings(theme: "light"), []))
    try Data((line + filler + "#").utf8).write(to: URL(fileURLWithPath: path))
    #expect(
      Settings.load(environment) == (Settings(), ["\(path): not read, it is larger than 64 KB"]))
  }

  @Test func aFileNestedTooDeepIsAWarning() throws {
    defer { cleanUp() }
    try Data((String(repeating: "[", count: 20_000)).utf8).write(to: URL(fileURLWithPath: path))
    let (settings, warnings) = Settings.load(environment)
    #expect(settings == Settings())
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("nested deeper than 64 levels") == true)
  }
}
