import PropertyBased
import Testing

@testable import GuidePosting

@Suite("Percentages")
struct PercentagesTests {
  @Test func addUpToExactlyOneHundredAndStayWithinOneOfTheExactShare() async {
    let parts = Gen.int(in: 0...1000).array(of: 1...8)
    await propertyCheck(count: 1000, input: parts) { parts in
      let total = parts.reduce(0, +)
      let percents = Percentages.of(parts)
      #expect(percents.count == parts.count)
      if total == 0 {
        #expect(percents.allSatisfy { $0 == 0 })
        return
      }
      #expect(percents.reduce(0, +) == 100, "\(parts) gave \(percents)")
      for (part, percent) in zip(parts, percents) {
        let exact = Double(part) * 100 / Double(total)
        #expect(abs(Double(percent) - exact) < 1, "\(parts) gave \(percents)")
        if part == 0 { #expect(percent == 0) }
      }
    }
  }

  @Test func thirdsGiveTheLeftOverPointToTheFirst() {
    #expect(Percentages.of([1, 1, 1]) == [34, 33, 33])
    #expect(Percentages.of([2, 1, 0]) == [67, 33, 0])
  }
}
