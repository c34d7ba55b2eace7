import Testing

@testable import GuideContent
@testable import GuidePackLoader

/// `synonyms.yaml`: groups of words a search treats as one, checked like every other file.
@Suite("Loading synonyms.yaml")
struct SynonymsLoaderTests {
  static func check(_ synonyms: String) -> (ContentPack?, [String]) {
    let source = Support.pack(["topics/a.yaml": Support.page("a"), "synonyms.yaml": synonyms])
    let (pack, issues) = PackLoader.check(source)
    return (pack, issues.map(\.description))
  }

  @Test func groupsAreLoadedInTheOrderWritten() throws {
    let (pack, issues) = Self.check(
      """
      groups:
        - [pay, salary, compensation]
        - - burnout
          - burned out
      """)
    #expect(issues.isEmpty)
    #expect(pack?.synonyms == [["pay", "salary", "compensation"], ["burnout", "burned out"]])
  }

  @Test func aPackWithoutTheFileHasNoSynonyms() throws {
    let (pack, issues) = PackLoader.check(Support.pack(["topics/a.yaml": Support.page("a")]))
    #expect(issues.isEmpty)
    #expect(pack?.synonyms == [])
  }

  @Test func everyProblemIsReportedAtItsPlace() {
    let (_, issues) = Self.check(
      """
      groups:
        - [pay]
        - [pay, salary, "!!"]
        - [Salary, wages]
        - [one two three four five six seven, short]
        - just text
      """)
    #expect(
      issues == [
        "test/synonyms.yaml:2:5: error: a group needs 2 to 20 words or phrases; this one has 1",
        "test/synonyms.yaml:3:19: error: `!!` must hold 1 to 6 words; it has 0",
        "test/synonyms.yaml:4:6: error: `Salary` is already listed on line 3",
        "test/synonyms.yaml:5:6: error: `one two three four five six seven` must hold 1 to 6 "
          + "words; it has 7",
        "test/synonyms.yaml:6:5: error: each group must be a list, such as "
          + "`- [pay, salary, compensation]`",
      ])
  }

  @Test func theFileNeedsItsGroups() {
    let (_, issues) = Self.check("grups: []\n")
    #expect(issues.contains { $0.contains("missing field `groups`") })
    #expect(issues.contains { $0.contains("warning: unknown field `grups`") })
  }

  @Test func theBundledGuideHasAThoughtfulList() throws {
    let pack = try Support.bundledPack()
    let words = Set(pack.synonyms.flatMap { $0 }.map { $0.lowercased() })
    for word in [
      "pay", "salary", "compensation", "burnout", "burned out", "exhausted", "public speaking",
      "talks", "presentations", "stage", "devrel", "developer relations", "developer advocacy",
      "cfp", "call for papers", "faq", "questions", "introvert",
    ] {
      #expect(words.contains(word), "\(word)")
    }
  }
}
