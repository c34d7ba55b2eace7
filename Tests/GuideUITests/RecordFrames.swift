import Foundation
import GuideCore
import GuideTestSupport
import Testing

/// Prints frames so a person can check them by eye before pasting them into a test.
/// Runs only with `RECORD_FRAMES=1 swift test --filter RecordFrames`.
@Test(.enabled(if: ProcessInfo.processInfo.environment["RECORD_FRAMES"] == "1"))
func recordFrames() throws {
  let cases: [(String, Size, [Key])] = [
    ("home 80x24", Size(columns: 80, rows: 24), []),
    ("home 40x12", Size(columns: 40, rows: 12), []),
    ("page 80x24", Size(columns: 80, rows: 24), [.character("1")]),
    ("page 40x12", Size(columns: 40, rows: 12), [.character("1")]),
  ]
  for (name, size, keys) in cases {
    print("== \(name)")
    for line in try UIFixture.frame(size, keys: keys).trimmedLines { print("\"\(line)\",") }
  }
}
