import GuideCore
import Testing

@testable import GuideApp

@Suite("Carrying out effects")
struct EffectRunnerTests {
  let attempt = Attempt(
    date: "2026-11-29T10:04:00Z", packID: "fixture", packVersion: "1", answers: [:], scores: [:],
    knowledge: nil)

  @Test func quitAndRedrawAreLeftToTheCaller() {
    let outcome = EffectRunner(dependencies: .inMemory(storage: nil)).run([.redraw, .quit])
    #expect(outcome == EffectRunner.Outcome(quit: true, redraw: true, notices: []))
  }

  @Test func withoutStorageAFinishedAttemptIsReportedAsNotSaved() {
    let outcome = EffectRunner(dependencies: .inMemory(storage: nil)).run([
      .clearProgress, .recordAttempt(attempt),
    ])
    #expect(outcome.notices == ["Results are not saved in this session."])
    #expect(!outcome.quit)
  }
}
