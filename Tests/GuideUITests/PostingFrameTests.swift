import Foundation
import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// "Read a job posting" drawn: the prompt, a problem on it, and the reading (beside a quiz
/// attempt), at 80x24 and 40x12, compared line by line.
@Suite("Posting screen frames")
struct PostingFrameTests {
  /// An attempt where Code is the growth area and Talk the strongest.
  static let attempt = Attempt(
    date: "2026-11-01T09:00:00Z", packID: "fixture", packVersion: "1", answers: [:],
    scores: ["code": 20, "talk": 90], knowledge: nil)

  /// Each screen's guide: the events that lead there from home.
  static func guide(_ name: String, _ size: Size) -> Guide {
    var guide = PostingFixture.guide(size, attempts: name == "fit" ? [attempt] : [])
    _ = guide.handle(.chooseItem(PostingFixture.homeIndex))
    switch name {
    case "problem":
      for character in "missing.txt" { _ = guide.handle(.key(.character(character))) }
      _ = guide.handle(.key(.enter))
      _ = guide.handle(.postingFileRead(path: "missing.txt", .unreadable("does not exist")))
    case "reading", "fit":
      _ = guide.handle(.paste(PostingFixture.posting))
    case "end":
      _ = guide.handle(.paste(PostingFixture.posting))
      _ = guide.handle(.key(.character("G")))
    default:
      break
    }
    return guide
  }

  static let names = ["prompt", "problem", "reading", "end", "fit"]

  func expect(_ name: String, _ size: Size, _ expected: [String]) {
    let frame = Renderer.render(Self.guide(name, size))
    #expect(frame.trimmedLines == expected, "\(name) at \(size)")
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["RECORD_FRAMES"] == "1"))
  func record() {
    for name in Self.names {
      for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
        print("== \(name) \(size)")
        for line in Renderer.render(Self.guide(name, size)).trimmedLines {
          print("        \"\(line)\",")
        }
      }
    }
  }
}
