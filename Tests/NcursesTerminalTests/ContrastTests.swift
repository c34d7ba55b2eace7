import CNcursesw
import Foundation
import GuideUI
import Testing

@testable import NcursesTerminal

/// Every role of every theme meets WCAG AA on the backgrounds the theme promises, computed
/// with the standard xterm palette (its XTerm-col.ad resources: red3, green3, yellow3, blue2,
/// magenta3, cyan3 and gray90 for colours 1 to 7).
@Suite("Colour contrast")
struct ContrastTests {
  struct RGB: Equatable {
    var red: Double, green: Double, blue: Double
    init(_ hex: UInt32) {
      red = Double(hex >> 16 & 0xFF)
      green = Double(hex >> 8 & 0xFF)
      blue = Double(hex & 0xFF)
    }

    /// Relative luminance, as WCAG 2 defines it.
    var luminance: Double {
      func channel(_ value: Double) -> Double {
        let v = value / 255
        return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }
  }

  static let palette: [Int16: RGB] = [
    Int16(COLOR_BLACK): RGB(0x000000), Int16(COLOR_RED): RGB(0xCD0000),
    Int16(COLOR_GREEN): RGB(0x00CD00), Int16(COLOR_YELLOW): RGB(0xCDCD00),
    Int16(COLOR_BLUE): RGB(0x0000EE), Int16(COLOR_MAGENTA): RGB(0xCD00CD),
    Int16(COLOR_CYAN): RGB(0x00CDCD), Int16(COLOR_WHITE): RGB(0xE5E5E5),
  ]

  /// A terminal's default colours: xterm's gray90 on black, or black on white.
  struct Background: CustomStringConvertible {
    var name: String, foreground: RGB, background: RGB
    var description: String { name }
    static let dark = Background(name: "dark", foreground: RGB(0xE5E5E5), background: RGB(0))
    static let light = Background(name: "light", foreground: RGB(0), background: RGB(0xFFFFFF))
  }

  static func ratio(_ a: RGB, _ b: RGB) -> Double {
    let (high, low) = (max(a.luminance, b.luminance), min(a.luminance, b.luminance))
    return (high + 0.05) / (low + 0.05)
  }

  /// The text and background colours a role is drawn in: colour on the default background,
  /// or, reversed, the default background on the colour.
  static func colours(_ style: RoleStyle, on terminal: Background) -> (text: RGB, back: RGB) {
    let colour = style.foreground.flatMap { palette[$0] } ?? terminal.foreground
    return style.attributes.contains(.reverse)
      ? (terminal.background, colour) : (colour, terminal.background)
  }

  /// The backgrounds a theme promises to be legible on. A switch, so a new theme does not
  /// build until it says which; the test below runs over every theme there is.
  static func promise(_ theme: ThemeName) -> [Background] {
    switch theme {
    case .dark: return [.dark]
    case .light: return [.light]
    case .highContrast, .monochrome: return [.dark, .light]
    }
  }

  @Test(arguments: ThemeName.allCases)
  func everyRoleMeetsAAOnThePromisedBackgrounds(theme: ThemeName) {
    for terminal in Self.promise(theme) {
      // Dim text fades by an amount each terminal chooses: it carries no required reading.
      for role in Role.allCases where role != .dim {
        let (text, back) = Self.colours(Theme.style(for: role, in: theme), on: terminal)
        // Selections and bars need 3:1; everything else is text and needs 4.5:1.
        let needed = role == .selection ? 3.0 : 4.5
        let ratio = Self.ratio(text, back)
        #expect(ratio >= needed, "\(theme) \(role) on \(terminal): \(ratio)")
      }
    }
  }

  @Test func theRatioMatchesKnownPairs() {
    #expect(abs(Self.ratio(RGB(0), RGB(0xFFFFFF)) - 21) < 0.01)
    #expect(abs(Self.ratio(RGB(0x0000EE), RGB(0)) - 2.23) < 0.01)
    #expect(abs(Self.ratio(RGB(0xCDCD00), RGB(0xFFFFFF)) - 1.70) < 0.01)
  }

  @Test(arguments: ThemeName.allCases)
  func noRoleIsBoldAndDimAtOnce(theme: ThemeName) {
    for role in Role.allCases {
      #expect(!Theme.style(for: role, in: theme).attributes.isSuperset(of: [.bold, .dim]))
    }
  }

  @Test(arguments: ThemeName.allCases)
  func noHeadingIsWhiteAndNoLinkPlainBlueOnDark(theme: ThemeName) {
    #expect(Theme.style(for: .heading, in: theme).foreground != Int16(COLOR_WHITE))
    if theme == .dark {
      #expect(Theme.style(for: .link, in: theme).foreground != Int16(COLOR_BLUE))
    }
  }
}
