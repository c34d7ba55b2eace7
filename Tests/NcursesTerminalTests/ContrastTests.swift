import CNcursesw
import Foundation
import GuideUI
import Testing

@testable import NcursesTerminal

/// Every role of every theme meets WCAG AA on the backgrounds the theme promises, computed
/// with the standard xterm palette (its XTerm-col.ad resources: red3, green3, yellow3, blue2,
/// magenta3, cyan3 and gray90 for colours 1 to 7), both as drawn and as xterm and urxvt draw
/// bold text in colours 0 to 7: in the bright colour 8 to 15 instead.
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
    8: RGB(0x7F7F7F), 9: RGB(0xFF0000), 10: RGB(0x00FF00), 11: RGB(0xFFFF00),
    12: RGB(0x5C5CFF), 13: RGB(0xFF00FF), 14: RGB(0x00FFFF), 15: RGB(0xFFFFFF),
    // The 256-colour greys used for secondary text where the terminal cannot dim.
    242: RGB(0x6C6C6C), 245: RGB(0x8A8A8A),
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
  /// or, reversed, the default background on the colour. With `boldIsBright`, a bold colour
  /// 0 to 7 is drawn as its bright twin (8 to 15), as xterm and urxvt do by default.
  static func colours(_ style: RoleStyle, on terminal: Background, boldIsBright: Bool)
    -> (text: RGB, back: RGB)
  {
    var foreground = style.foreground
    if boldIsBright, style.attributes.contains(.bold), let plain = foreground, plain < 8 {
      foreground = plain + 8
    }
    let colour = foreground.flatMap { palette[$0] } ?? terminal.foreground
    return style.attributes.contains(.reverse)
      ? (terminal.background, colour) : (colour, terminal.background)
  }

  /// The backgrounds each theme promises to read on. A switch, not a table: a new theme does
  /// not compile until its promise is written here, so every theme is checked.
  static func promise(_ theme: ThemeName) -> [Background] {
    switch theme {
    case .dark: [.dark]
    case .light: [.light]
    case .highContrast, .monochrome: [.dark, .light]
    }
  }

  /// Terminals that dim, and terminals that cannot (secondary text is then a grey).
  static let terminals = [
    TerminalCapabilities(canDim: true, colors: 256),
    TerminalCapabilities(canDim: false, colors: 256),
    TerminalCapabilities(canDim: false, colors: 16),
    TerminalCapabilities(canDim: false, colors: 8),
  ]

  @Test(arguments: ThemeName.allCases, [false, true])
  func everyRoleMeetsAAOnThePromisedBackgrounds(theme: ThemeName, boldIsBright: Bool) {
    for terminal in Self.promise(theme) {
      for capabilities in Self.terminals {
        for role in Role.allCases {
          let style = Theme.style(for: role, in: theme, on: capabilities)
          // Dim text fades by an amount each terminal chooses: only a grey can be measured.
          if style.attributes.contains(.dim) { continue }
          if let colour = style.foreground {
            #expect(Self.palette[colour] != nil, "colour \(colour) is not in the test's palette")
          }
          let (text, back) = Self.colours(style, on: terminal, boldIsBright: boldIsBright)
          // Selections and bars need 3:1; everything else is text and needs 4.5:1.
          let needed = role == .selection ? 3.0 : 4.5
          let ratio = Self.ratio(text, back)
          #expect(
            ratio >= needed,
            "\(theme) \(role) on \(terminal), bold bright: \(boldIsBright), \(capabilities): \(ratio)"
          )
        }
      }
    }
  }

  /// The check above can fail: bold magenta drawn bright is 3.1:1 on white.
  @Test func boldAsBrightIsCounted() {
    let boldMagenta = RoleStyle(foreground: Int16(COLOR_MAGENTA), [.bold])
    let (text, back) = Self.colours(boldMagenta, on: .light, boldIsBright: true)
    #expect(text == RGB(0xFF00FF))
    #expect(abs(Self.ratio(text, back) - 3.14) < 0.01)
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
