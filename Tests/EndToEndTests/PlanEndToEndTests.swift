import Foundation
import Testing

/// "Your plan" in the real binary: take the example pack's quiz, tick an action off on the
/// plan screen, and find the mark saved where `devrel-guide plan` reads it.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PlanEndToEndTests {
  let data = FileManager.default.temporaryDirectory
    .appendingPathComponent("devrel-guide-e2e-plan-\(UUID().uuidString)")

  var environment: [String: String] {
    [
      "PATH": "/usr/bin:/bin", "HOME": data.path, "LANG": "C.UTF-8",
      "XDG_DATA_HOME": data.appendingPathComponent("share").path,
      "XDG_STATE_HOME": data.appendingPathComponent("state").path,
    ]
  }

  @Test func anActionMarkedDoneOnThePlanScreenIsSavedForThePlanCommand() throws {
    defer { try? FileManager.default.removeItem(at: data) }
    let pack = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("examples/oncall-guide").path
    let binary = try TmuxSession.guideBinary().path
    let session = try TmuxSession(
      arguments: [binary, "--content", pack, "--home"], columns: 80, rows: 24,
      locale: "C.UTF-8", environment: environment)
    try session.waitFor("On-call basics")
    try session.sendKeys("3", "Enter")
    try session.waitFor("Question 1 of 9")
    for number in 2...9 {
      try session.sendKeys(number.isMultiple(of: 2) ? "3" : "1")
      try session.waitFor("Question \(number) of 9")
    }
    try session.sendKeys("2")
    try session.waitFor("See your results")
    try session.sendKeys("1")
    try session.waitFor("Overall fit")
    try session.sendKeys("p")
    try session.waitFor("Home › Your plan")
    try session.waitFor("0 of ")
    try session.sendKeys("d")
    try session.waitFor("Marked as done.")
    try session.waitFor("1 of ")
    try session.sendKeys("q")
    #expect(try session.waitForExit() == 0)

    let plan = try Spawn.run(binary, ["--content", pack, "plan"], environment: environment)
    #expect(plan.status == 0, "\(plan.errors)")
    #expect(plan.output.contains("[x]"), "\(plan.output)")
    #expect(plan.output.contains(": 1 of "), "\(plan.output)")
  }
}
