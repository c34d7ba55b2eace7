import Foundation
import Testing

@testable import GuideContent

/// Reading a page's "Sources" list: the last section of a page that states outside facts.
enum SourceLists {
  static let heading = "Sources"

  /// The blocks before the Sources heading: the page's own text, without its citations.
  static func bodyBeforeSources(_ topic: Topic) -> [Block] {
    Array(topic.body.prefix { $0 != .heading(heading) })
  }

  /// Every problem with a page's Sources list, as sentences; empty when the list is sound.
  ///
  /// A sound list is the page's last section, holds only bullets, and every bullet names a
  /// year and an https address. A page without the heading has no list to check.
  static func problems(_ topic: Topic) -> [String] {
    guard let start = topic.body.firstIndex(of: .heading(heading)) else { return [] }
    let section = topic.body[(start + 1)...]
    var found: [String] = []
    if section.isEmpty { found.append("\(topic.id): Sources is empty") }
    for block in section {
      guard case .bullets(let items) = block else {
        found.append("\(topic.id): Sources holds something other than bullets")
        continue
      }
      for item in items {
        let text = item.map(\.plainText).joined()
        if !text.contains("https://") { found.append("\(topic.id): no https address in \(text)") }
        if text.range(of: #"\b(19|20)\d\d\b"#, options: .regularExpression) == nil {
          found.append("\(topic.id): no year in \(text)")
        }
      }
    }
    return found
  }

  /// The page's own text outside its Sources list.
  static func ownText(_ topic: Topic) -> String {
    ([topic.title, topic.summary] + bodyBeforeSources(topic).map(Support.blockText))
      .joined(separator: "\n")
  }
}

@Suite("Sources, addresses and spelling")
struct CareerSourcesTests {
  /// Pages that state facts from outside the source article, so they must cite them.
  static let citingPages =
    CareerContentTests.decisionPages + [
      "what-is-devrel", "skills/overview", "career/roles", "about", "further-reading",
      "career/pay",
    ]

  /// US spellings the guide must not use, as patterns; British forms are the house style.
  /// "Developer Program" with capitals is allowed: it is part of a cited book's title.
  static let usSpellings = [
    "organiz", "\\bcolor(s|ed|ful)?\\b", "behavior", "favorite", "center", "analyz", "catalog\\b",
    "prioritiz",
    "optimiz", "labeled", "traveling", "traveled", "program manager", "(?-i:developer program\\b)",
    "\\blearned\\b",
  ]

  static func usSpellingsIn(_ text: String) -> [String] {
    usSpellings.filter {
      text.range(of: "(?i)" + $0, options: .regularExpression) != nil
    }
  }

  @Test("ends every page that cites outside facts with a Sources list of dated https addresses")
  func citingPagesHaveSources() throws {
    let pack = try Support.bundledPack()
    for id in Self.citingPages {
      let topic = try #require(pack.topics[id], "missing page \(id)")
      #expect(topic.body.contains(.heading(SourceLists.heading)), "\(id) has no Sources")
      #expect(SourceLists.problems(topic).isEmpty, "\(SourceLists.problems(topic))")
    }
  }

  @Test("keeps every Sources list sound and every web address on a page that has one")
  func everyAddressIsCited() throws {
    let pack = try Support.bundledPack()
    for topic in pack.topics.values {
      #expect(SourceLists.problems(topic).isEmpty, "\(SourceLists.problems(topic))")
      let own = SourceLists.ownText(topic)
      #expect(!own.contains("http://"), "\(topic.id) has an http address")
      if own.contains("https://") {
        #expect(topic.body.contains(.heading(SourceLists.heading)), "\(topic.id) cites no Sources")
      }
    }
    #expect(!Support.quizText(pack).contains("http"), "the quiz holds a web address")
  }

  @Test("would catch a Sources bullet without a year or an address")
  func checkCatchesBadSources() {
    let topic = Topic(
      id: "x", title: "X", summary: "S",
      body: [
        .paragraph([.text("Some facts.")]), .heading("Sources"),
        .bullets([[.text("A book, Someone, 2020. https://example.org/a")], [.text("No year")]]),
      ])
    #expect(
      SourceLists.problems(topic) == ["x: no https address in No year", "x: no year in No year"])
    #expect(SourceLists.ownText(topic) == "X\nS\nSome facts.")
  }

  @Test("uses British spelling outside the titles of cited works")
  func britishSpelling() throws {
    let pack = try Support.bundledPack()
    for topic in pack.topics.values {
      let found = Self.usSpellingsIn(SourceLists.ownText(topic))
      #expect(found.isEmpty, "\(topic.id) uses \(found)")
    }
    #expect(Self.usSpellingsIn(Support.quizText(pack)).isEmpty)
  }

  @Test("would catch a US spelling")
  func checkCatchesUSSpelling() {
    #expect(
      Self.usSpellingsIn("The organization's favorite color") == [
        "organiz", "\\bcolor(s|ed|ful)?\\b", "favorite",
      ])
    #expect(Self.usSpellingsIn("A law passed in Colorado").isEmpty)
    #expect(Self.usSpellingsIn("A DevRel program manager runs a developer program").count == 2)
    #expect(Self.usSpellingsIn("What I learned this week") == ["\\blearned\\b"])
    #expect(Self.usSpellingsIn("What I learnt this week").isEmpty)
    #expect(
      Self.usSpellingsIn("The organisation's favourite colour, a developer programme").isEmpty)
    #expect(Self.usSpellingsIn("How to Grow a Successful Developer Program").isEmpty)
  }
}
