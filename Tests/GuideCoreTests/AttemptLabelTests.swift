import GuideContent
import Testing

@testable import GuideCore

@Suite("Attempts in the results list")
struct AttemptLabelTests {
  func attempt(_ date: String) -> Attempt {
    Attempt(
      date: date, packID: "fixture", packVersion: "1", answers: [:], scores: [:], knowledge: nil)
  }

  @Test func attemptsInTheSameMinuteAreToldApartBySecondsThenByNumber() {
    let attempts = [
      "2026-11-29T10:04:05Z", "2026-11-29T10:04:30Z", "2026-11-29T10:04:30Z",
      "2026-11-29T11:00:00Z", "",
    ].map(attempt)
    #expect(
      attempts.indices.map { Guide.attemptLabel(attempts, $0) } == [
        "2026-11-29 10:04:05", "2026-11-29 10:04:30", "2026-11-29 10:04:30 #2",
        "2026-11-29 11:00", "just now",
      ])
  }
}
