import CNcursesw
import GuideCore
import GuideUI
import Testing

@testable import NcursesTerminal

@Suite("Keys and themes")
struct KeyDecoderAndThemeTests {
  @Test func controlCodesBecomeTheKeysTheyStandFor() {
    #expect(KeyDecoder.key(forCharacter: 9) == .tab)
    #expect(KeyDecoder.key(forCharacter: 13) == .enter)
    #expect(KeyDecoder.key(forCharacter: 127) == .backspace)
    #expect(KeyDecoder.key(forCharacter: 27) == .escape)
    #expect(KeyDecoder.key(forCharacter: 12) == .control("l"))
  }

  @Test func printableCharactersComeThroughAndInvisibleOnesDoNot() {
    #expect(KeyDecoder.key(forCharacter: UInt32(UInt8(ascii: "q"))) == .character("q"))
    #expect(KeyDecoder.key(forCharacter: 0x6F22) == .character("漢"))
    #expect(KeyDecoder.key(forCharacter: 0) == nil)
    #expect(KeyDecoder.key(forCharacter: 0x9B) == nil, "a C1 control")
    #expect(KeyDecoder.key(forCharacter: 0x202E) == nil, "a bidi override")
  }

  @Test func functionKeysMapAndUnknownOnesAreIgnored() {
    #expect(KeyDecoder.key(forFunctionKey: KEY_UP) == .up)
    #expect(KeyDecoder.key(forFunctionKey: KEY_NPAGE) == .pageDown)
    #expect(KeyDecoder.key(forFunctionKey: KEY_BTAB) == .backTab)
    #expect(KeyDecoder.key(forFunctionKey: KEY_RESIZE) == nil)
    #expect(KeyDecoder.key(forFunctionKey: KEY_F0 + 5) == nil)
  }

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
