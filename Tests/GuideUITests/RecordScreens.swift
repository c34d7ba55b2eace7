import Foundation
import GuideCore
import GuideTestSupport
import Testing

/// Prints every screen's frame at 80x24 and 40x12 as Swift, to check by eye and paste into
/// `ScreenFrameTests`. Runs only with `RECORD_FRAMES=1 swift test --filter recordScreens`.
@Test(.enabled(if: ProcessInfo.processInfo.environment["RECORD_FRAMES"] == "1"))
func recordScreens() throws {
  for (name, keys, attempts, useFixturePack) in ScreenFrameTests.screens {
    for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
      let frame = try UIFixture.frame(
        size, keys: keys, attempts: attempts, pack: useFixturePack ? Fixture.pack : nil)
      print("== \(name) \(size)")
      for line in frame.trimmedLines { print("        \"\(line)\",") }
    }
  }
}
