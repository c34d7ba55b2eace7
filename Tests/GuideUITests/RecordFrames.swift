import Foundation
import GuideCore
import GuideTestSupport
import Testing

/// Prints frames so a person can check them by eye before pasting them into a test: home and a
/// page, then every screen of `ScreenFrameTests`, at 80x24 and 40x12.
/// Runs only with `RECORD_FRAMES=1 swift test --filter recordFrames`.
@Test(.enabled(if: ProcessInfo.processInfo.environment["RECORD_FRAMES"] == "1"))
func recordFrames() throws {
  let screens =
    [("home", [], [], false), ("page", [.character("1")], [], false)]
    + ScreenFrameTests.screens
  for (name, keys, attempts, useFixturePack) in screens {
    for size in [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12)] {
      let frame = try UIFixture.frame(
        size, keys: keys, attempts: attempts, pack: useFixturePack ? Fixture.pack : nil)
      print("== \(name) \(size)")
      for line in frame.trimmedLines { print("        \"\(line)\",") }
    }
  }
}
