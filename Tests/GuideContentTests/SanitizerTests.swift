import Foundation
import Testing

@testable import GuidePackLoader

/// What the sanitiser lets through must reach the screen as written and in the cells counted.
@Suite("The sanitiser against hostile text")
struct SanitizerTests {
  @Test func everyBidiControlIsRemovedIncludingTheArabicLetterMark() {
    let controls = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
      $0.properties.isBidiControl
    }
    #expect(controls.map(\.value).contains(0x061C))
    for control in controls {
      #expect(Sanitizer.clean("a\(control)b") == "ab", "U+\(String(control.value, radix: 16))")
      #expect(Sanitizer.printable("a\(control)b\n") == "ab\n")
    }
  }

  @Test func printableKeepsLinesAndTabsAndShowsEscapes() {
    #expect(
      Sanitizer.printable("a\tb\nc\u{1B}]52;c;x\u{7}\u{9B}2J\r") == "a\tb\nc\u{241B}]52;c;x2J")
  }

  static let joined = [
    "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "👩🏽‍💻", "🧑🏿‍🤝‍🧑🏻", "❤️‍🔥",
  ]

  @Test(arguments: joined)
  func joinedEmojiAreTakenApartSoCursesCountsTheCellsTheLayoutCounts(_ emoji: String) {
    let cleaned = Sanitizer.clean("[\(emoji)]")
    // curses places text one scalar at a time (by wcwidth); the layout measures characters.
    // With one scalar to each character, both count the same thing.
    #expect(
      cleaned.allSatisfy { $0.unicodeScalars.count == 1 }, "\(cleaned.unicodeScalars.map(\.value))")
    #expect(cleaned.count > 2, "the emoji are kept, apart")
  }

  @Test func aJoinerBetweenLettersStays() {
    let devanagari = "क्\u{200D}ष"
    #expect(Sanitizer.clean(devanagari) == devanagari)
  }
}
