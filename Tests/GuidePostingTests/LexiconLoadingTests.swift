import GuideBundle
import GuideContent
import GuidePackLoader
import Testing

@Suite("posting.yaml in a pack")
struct LexiconLoadingTests {
  static let pack = """
    id: test
    title: Test pack
    version: "1"
    language: en
    home:
      - topic: roles
    """
  static let topic = """
    id: roles
    title: Roles
    body:
      - text: Some roles.
    """
  static let quiz = """
    title: Quiz
    scale: [No, Yes]
    dimensions:
      - id: code
        title: Code
        topics: [roles]
      - id: content
        title: Content
        topics: [roles]
    questions:
      - id: q
        text: I code.
        dimension: code
    bands:
      - min: 0
        label: Start
        text: Begin here.
    """

  static func check(_ posting: String, quiz: String? = Self.quiz) -> (ContentPack?, [String]) {
    var files = [("pack.yaml", pack), ("topics/roles.yaml", topic), ("posting.yaml", posting)]
    if let quiz { files.append(("quiz.yaml", quiz)) }
    let (loaded, issues) = PackLoader.check(PackSource(name: "p", files: files))
    // These tests are about posting.yaml; the small quiz's own warnings are not.
    return (loaded, issues.filter { !$0.file.hasSuffix("quiz.yaml") }.map(\.description))
  }

  @Test func aValidLexiconLoadsWithTitlesFromTheQuiz() throws {
    let (pack, issues) = Self.check(
      """
      subject: DevRel
      dimensions:
        - id: content
          phrases:
            tutorials: 3
            "# blog posts": 1
      roles:
        - id: writer
          title: Technical writer
          topic: roles
          signature: {technical writer: 5}
      ask_about:
        - id: travel
          title: Travel
          ask: How much?
          phrases: [travel]
      nice_to_have: [nice to have]
      """)
    #expect(issues == [])
    let lexicon = try #require(pack?.posting)
    #expect(
      lexicon
        == PostingLexicon(
          subject: "DevRel",
          dimensions: [
            PostingDimension(
              id: "content", title: "Content",
              phrases: [WeightedPhrase("tutorials", weight: 3), WeightedPhrase("# blog posts")])
          ],
          roles: [
            PostingRole(
              id: "writer", title: "Technical writer", topic: "roles",
              signature: [WeightedPhrase("technical writer", weight: 5)])
          ],
          askAbout: [
            PostingFlag(id: "travel", title: "Travel", ask: "How much?", phrases: ["travel"])
          ],
          niceToHave: ["nice to have"]))
  }

  @Test func phrasesCarryTheWordsThatMustOrMustNotStandBesideThem() throws {
    let (pack, issues) = Self.check(
      """
      subject: DevRel
      dimensions:
        - id: community
          phrases:
            events: {weight: 1, not_beside: [streaming, driven]}
        - id: code
          phrases:
            agents: {weight: 2, only_beside: [AI]}
            SDK: {weight: 2, not_beside: [two words]}
            API: {weight: 2, only_beside: []}
      ask_about:
        - id: hype
          title: Hype
          ask: Why?
          phrases: [ninja, {phrase: unicorn, not_beside: [startup]}]
      """)
    #expect(
      issues == [
        "p/posting.yaml:3:9: error: unknown quiz dimension `community` (known: code, content)",
        "p/posting.yaml:9:37: error: `two words` in `not_beside` of `SDK` must be one word: the "
          + "words near a phrase are looked at one by one",
        "p/posting.yaml:10:37: error: `only_beside` of `API` lists no word",
      ])
    let lexicon = try #require(pack?.posting)
    #expect(
      lexicon.dimensions.first?.phrases == [
        WeightedPhrase("agents", weight: 2, onlyBeside: ["AI"]), WeightedPhrase("SDK", weight: 2),
        WeightedPhrase("API", weight: 2),
      ])
    #expect(
      lexicon.askAbout.first?.phrases == [
        WeightedPhrase("ninja"), WeightedPhrase("unicorn", notBeside: ["startup"]),
      ])
  }

  @Test func aPackWithoutTheFileHasNoLexicon() throws {
    let files = [("pack.yaml", Self.pack), ("topics/roles.yaml", Self.topic)]
    let pack = try PackLoader.load(PackSource(name: "p", files: files))
    #expect(pack.posting == nil)
  }

  @Test func everyMistakeIsReportedWhereItIs() {
    let (_, issues) = Self.check(
      """
      subject: DevRel
      dimensions:
        - id: cod
          phrases: {SDK: 3}
        - id: code
          phrases: {SDK: 11, "?!": 2}
        - id: code
          phrases: {API: 1}
      roles:
        - id: writer
          title: Writer
          topic: nowhere
          signature: [writing]
      ask_about:
        - id: travel
          title: Travel
          phrases: []
      colour: red
      """)
    #expect(
      issues == [
        "p/posting.yaml:18:1: warning: unknown field `colour` (known: ask_about, dimensions, headings, nice_to_have, pay, roles, set_apart, subject)",
        "p/posting.yaml:3:9: error: unknown quiz dimension `cod` (known: code, content)",
        "p/posting.yaml:6:20: error: the weight of `SDK` must be a whole number from 1 to 10",
        "p/posting.yaml:6:24: error: the phrase `?!` has no word to look for",
        "p/posting.yaml:7:5: error: duplicate dimension id `code`",
        "p/posting.yaml:13:16: error: `signature` must be a mapping of `phrase: weight` lines",
        "p/posting.yaml:15:5: error: missing field `ask`",
        "p/posting.yaml:17:14: error: `phrases` lists none",
        "p/posting.yaml:12:12: error: role topic names unknown topic `nowhere`",
      ])
  }

  /// Every phrase is indexed before a posting is read: 400,000 of them took 2.5 seconds.
  @Test func aListOfMorePhrasesThanTheLimitIsOneError() {
    func issues(_ count: Int) -> [String] {
      let phrases = (0..<count).map { "      phrase \($0): 1\n" }.joined()
      return Self.check("subject: DevRel\ndimensions:\n  - id: code\n    phrases:\n\(phrases)").1
    }
    #expect(
      issues(1_001) == ["p/posting.yaml:5:7: error: 1001 phrases; a list may hold at most 1000"])
    #expect(issues(1_000).isEmpty)
  }

  @Test func dimensionsNeedAQuiz() {
    let (_, issues) = Self.check(
      """
      subject: DevRel
      dimensions:
        - id: code
          phrases: {SDK: 3}
      """, quiz: nil)
    #expect(
      issues == [
        "p/posting.yaml:3:3: error: `dimensions` name the quiz's dimensions, but the pack has no quiz.yaml"
      ])
  }

  @Test func theBundledGuideCarriesItsLexicon() throws {
    let lexicon = try #require(ContentPack.bundled.posting)
    #expect(lexicon.subject == "DevRel")
    #expect(lexicon.dimensions.map(\.title) == ["Code", "Content", "Community", "Communication"])
    #expect(lexicon.roles.count >= 10)
    #expect(
      lexicon.askAbout.map(\.id)
        == [
          "travel", "on-call", "sales-targets", "take-home", "reports-to", "years", "hype-words",
          "self-starter",
        ])
    let folder = Repository.root.appending(path: "Resources/guide").path
    let loaded = try PackLoader.load(PackSource.directory(folder))
    #expect(loaded.posting == lexicon)
  }
}
