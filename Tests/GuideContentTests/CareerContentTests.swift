import Foundation
import Testing

@testable import GuideContent

@Suite("The career pages, glossary and further reading")
struct CareerContentTests {
  /// The pages the career menu leads to, in menu order.
  static let careerPages = [
    "career/roles", "career/market", "career/breaking-in", "career/interviews", "career/week",
    "career/where-devrel-sits", "career/measuring", "career/business-metrics", "career/levels",
    "career/pay", "career/ai", "career/sustainable", "career/neighbours", "career/learning",
    "glossary",
    "further-reading",
  ]

  /// The nine pages added for a career decision; each states outside facts or says it has none.
  static let decisionPages = [
    "career/market", "career/where-devrel-sits", "career/business-metrics", "career/ai",
    "career/interviews", "career/levels", "career/sustainable", "career/neighbours",
    "career/learning",
  ]

  /// Terms the glossary must define.
  static let requiredTerms = [
    "B2D", "DX", "Developer advocate", "Developer evangelist", "Community", "Code of conduct",
    "Office hours", "Hackathon", "SDK", "Sample app", "Docs", "API", "Meetup", "4C's",
    "Developer community", "DevRel",
  ]

  /// One glossary entry: `*Term*: definition`, with an optional `[more](topic-id)` link.
  struct Entry {
    var term: String
    var definition: String
    var links: [String]
  }

  static func glossary(_ pack: ContentPack) throws -> [Entry] {
    let page = try #require(pack.topics["glossary"])
    var entries: [Entry] = []
    for case .bullets(let items) in page.body {
      for item in items {
        guard case .emphasis(let term) = item.first, item.count > 1,
          case .text(let rest) = item[1], rest.hasPrefix(": ")
        else {
          Issue.record("not a `*Term*: definition` entry: \(item.map(\.plainText).joined())")
          continue
        }
        let definition = item.dropFirst().map(\.plainText).joined().dropFirst(2)
        let links = item.compactMap { inline -> String? in
          if case .link(_, let target) = inline { return target }
          return nil
        }
        entries.append(Entry(term: term, definition: String(definition), links: links))
      }
    }
    return entries
  }

  static func pageText(_ topic: Topic) -> String {
    ([topic.title, topic.summary] + topic.body.map(Support.blockText)).joined(separator: "\n")
  }

  @Test("makes career a menu of its sixteen pages, on home and reached from four related pages")
  func careerMenu() throws {
    let pack = try Support.bundledPack()
    let career = try #require(pack.topics["career"])
    #expect(career.title == "Your DevRel career")
    #expect(career.isMenu)
    #expect(career.children.compactMap(\.topicID) == Self.careerPages)
    for id in ["next-steps", "about", "what-is-devrel", "skills/overview"] {
      let topic = try #require(pack.topics[id])
      #expect(topic.linkTargets.contains("career"), "\(id) does not link to career in its text")
    }
    #expect(
      pack.home.compactMap(\.topicID).suffix(2) == ["career", "faq"],
      "career comes last but for the questions people ask")
  }

  @Test("never lists under see-also a page the text already links to")
  func seeAlsoDoesNotRepeatLinks() throws {
    let pack = try Support.bundledPack()
    for topic in pack.topics.values {
      let repeated = topic.seeAlso.filter(topic.linkTargets.contains)
      #expect(repeated.isEmpty, "\(topic.id) links to \(repeated) twice")
    }
  }

  @Test("links each career page from at least one page outside the career menu")
  func careerPagesAreLinked() throws {
    let pack = try Support.bundledPack()
    for id in Self.careerPages {
      let linkers = pack.topics.values.filter {
        $0.id != "career" && $0.id != id && ($0.linkTargets + $0.seeAlso).contains(id)
      }
      #expect(!linkers.isEmpty, "nothing links to \(id)")
    }
  }

  @Test("writes every glossary entry as *Term*: definition, in alphabetical order")
  func glossaryEntriesAreWellFormed() throws {
    let entries = try Self.glossary(try Support.bundledPack())
    #expect(entries.count >= Self.requiredTerms.count)
    for entry in entries {
      #expect(Support.words(entry.definition).count >= 5, "\(entry.term) is barely defined")
    }
    let keys = entries.map { $0.term.lowercased() }
    #expect(keys == keys.sorted(), "glossary terms are out of order")
    #expect(Set(keys).count == keys.count, "a glossary term appears twice")
  }

  @Test("defines every required term", arguments: requiredTerms)
  func glossaryHasTerm(_ term: String) throws {
    let entries = try Self.glossary(try Support.bundledPack())
    #expect(entries.contains { $0.term.lowercased() == term.lowercased() }, "no entry for \(term)")
  }

  @Test("resolves every glossary link to a topic that explains the term")
  func glossaryLinksResolve() throws {
    let pack = try Support.bundledPack()
    let entries = try Self.glossary(pack)
    #expect(entries.contains { !$0.links.isEmpty })
    for entry in entries {
      #expect(entry.links.count <= 1, "\(entry.term) has more than one link")
      for target in entry.links {
        let topic = try #require(pack.topics[target], "\(entry.term) links to unknown \(target)")
        #expect(target != "glossary")
        #expect(
          Self.pageText(topic).lowercased().contains(entry.term.lowercased()),
          "\(target) does not mention \(entry.term)")
      }
    }
  }

  @Test("covers the roles and titles the issue asks for, each with the C it leans on")
  func rolesPage() throws {
    let pack = try Support.bundledPack()
    let topic = try #require(pack.topics["career/roles"])
    let text = Self.pageText(topic)
    for role in [
      "Developer advocate", "Developer evangelist", "Developer experience (DX) engineer",
      "Community manager", "Technical writer", "DevRel programme manager", "Developer educator",
      "Developer marketing", "Solutions engineer", "Head of DevRel", "DevEx engineer",
    ] {
      #expect(text.contains(role), "career/roles does not describe \(role)")
    }
    let bullets = SourceLists.bodyBeforeSources(topic).flatMap { block -> [[Inline]] in
      if case .bullets(let items) = block { return items }
      return []
    }
    #expect(bullets.count == 10)
    for item in bullets {
      #expect(item.map(\.plainText).joined().contains("Leans on "))
    }
  }

  @Test("builds the plan for breaking in on the 4C's and the quiz results")
  func breakingInPage() throws {
    let text = Self.pageText(try #require(try Support.bundledPack().topics["career/breaking-in"]))
    for phrase in [
      "Build in public", "Write", "Speak", "Help in communities", "Contribute to open source",
      "Code", "Content", "Community", "Communication", "quiz", "strongest C", "lowest C",
    ] {
      #expect(text.contains(phrase), "career/breaking-in does not mention \(phrase)")
    }
  }

  @Test("names the mix of a week and the kinds of metric with their pitfalls")
  func weekAndMeasuringPages() throws {
    let pack = try Support.bundledPack()
    let week = Self.pageText(try #require(pack.topics["career/week"])).lowercased()
    for phrase in ["content", "events", "feedback to product", "community support", "many hats"] {
      #expect(week.contains(phrase), "career/week does not mention \(phrase)")
    }
    let measuring = Self.pageText(try #require(pack.topics["career/measuring"])).lowercased()
    for phrase in [
      "reach", "engagement", "community health", "product feedback loops", "developer experience",
      "pitfalls",
    ] {
      #expect(measuring.contains(phrase), "career/measuring does not mention \(phrase)")
    }
  }

  /// Each decision page and the subjects the issue lists for it, as words its text must use.
  static let subjects: [(page: String, phrases: [String])] = [
    (
      "career/market",
      [
        "2022", "layoffs", "junior", "where people come from", "inside a company",
        "posting",
      ]
    ),
    (
      "career/where-devrel-sits",
      [
        "marketing", "product", "engineering", "chief executive",
        "goals", "budget", "metrics", "security",
      ]
    ),
    (
      "career/business-metrics",
      [
        "developer journey", "time to first hello world",
        "devrel qualified lead", "aaarrrp", "orbit", "quarterly report",
      ]
    ),
    ("career/ai", ["llms.txt", "mcp", "agents", "retrieved", "sample code", "discover", "4c's"]),
    ("career/interviews", ["presentation", "writing", "demo", "unpaid take-home", "portfolio"]),
    (
      "career/levels",
      [
        "junior", "head of devrel", "individual contributor", "manager",
        "level in a posting", "pay", "survey",
      ]
    ),
    (
      "career/sustainable",
      [
        "travel", "evening", "always on", "burnout", "boundaries",
        "remote",
      ]
    ),
    (
      "career/neighbours",
      [
        "developer marketing", "developer education",
        "solutions and sales engineering", "technical writing", "devex", "platform",
      ]
    ),
    (
      "career/learning",
      [
        "devrel collective", "full time", "open to you", "devrelcon", "talk", "roadmap.sh",
        "books", "https://roadmap.sh/devrel",
      ]
    ),
  ]

  @Test("covers on each decision page every subject the issue lists for it")
  func decisionPagesCoverTheirSubjects() throws {
    let pack = try Support.bundledPack()
    #expect(Self.subjects.map(\.page) == Self.decisionPages)
    for (page, phrases) in Self.subjects {
      let text = Self.pageText(try #require(pack.topics[page])).lowercased()
      for phrase in phrases {
        #expect(text.contains(phrase), "\(page) does not mention \(phrase)")
      }
    }
  }

  /// What the pay page must cover (issue 28, "pay, without inventing figures"), as words.
  static let payPhrases = [
    "salary", "compensation", "pay range", "colorado", "2023/970", "7 june 2026",
    "survey", "common room", "level", "country", "company", "what to ask",
  ]

  @Test("says where pay figures are found and how to read them, linked from levels and market")
  func payPage() throws {
    let pack = try Support.bundledPack()
    let topic = try #require(pack.topics["career/pay"])
    let text = Self.pageText(topic).lowercased()
    for phrase in Self.payPhrases {
      #expect(text.contains(phrase), "career/pay does not mention \(phrase)")
    }
    for id in ["career/levels", "career/market", "career/learning"] {
      #expect(try #require(pack.topics[id]).linkTargets.contains("career/pay"), "\(id)")
    }
  }

  @Test("lists the agreed references with their authors, publishers and years")
  func furtherReading() throws {
    let pack = try Support.bundledPack()
    let text = Self.pageText(try #require(pack.topics["further-reading"]))
    for phrase in [
      "The Business Value of Developer Relations", "Mary Thengvall", "Apress, 2018",
      "Developer Relations: How to Build and Grow a Successful Developer Program",
      "Caroline Lewko and James Parton", "Apress, 2021", "What is DevRel?", "@HaimantikaM",
      "dev.to", "December 2022",
    ] {
      #expect(text.contains(phrase), "further-reading does not mention \(phrase)")
    }
  }

  @Test(
    "reaches every decision page from the career menu, each with a summary and its own quiz question"
  )
  func decisionPagesAreOnTheMenu() throws {
    let pack = try Support.bundledPack()
    let menu = try #require(pack.topics["career"]).children.compactMap(\.topicID)
    let asked = Set(
      (pack.quiz?.questions ?? []).compactMap { question -> String? in
        if case .knowledge(_, _, _, let topic) = question.kind { return topic }
        return nil
      })
    for id in Self.decisionPages {
      let topic = try #require(pack.topics[id], "missing page \(id)")
      #expect(menu.contains(id), "\(id) is not on the career menu")
      #expect(!topic.isMenu && !topic.summary.isEmpty, "\(id) is not a page with a summary")
      #expect(asked.contains(id), "no knowledge question teaches from \(id)")
    }
  }

  @Test("contains no percentages; numbers from surveys are written in words")
  func noPercentages() throws {
    let pack = try Support.bundledPack()
    let text = (Support.topicText(pack) + "\n" + Support.quizText(pack)).lowercased()
    for marker in ["%", "percent", "per cent"] {
      #expect(!text.contains(marker), "the guide contains \(marker)")
    }
  }
}
