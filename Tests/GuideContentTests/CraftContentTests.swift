import Foundation
import Testing

@testable import GuideContent

/// The pages added for the questions people ask, the craft of each C and a portfolio, and
/// the plan actions that lead to them.
@Suite("The questions people ask, the craft of each C and the portfolio")
struct CraftContentTests {
  /// The craft menu's pages, in menu order.
  static let craftPages = [
    "craft/talk-proposals", "craft/giving-talks", "craft/writing", "craft/docs-as-code",
    "craft/video", "craft/moderation", "craft/conflict-and-safety", "craft/champions",
  ]

  /// Which skills page must lead to each craft page: the C whose craft it is.
  static let craftOfEachC: [(skill: String, pages: [String])] = [
    ("skills/communication", ["craft/talk-proposals", "craft/giving-talks", "craft/video"]),
    ("skills/content", ["craft/writing", "craft/docs-as-code", "craft/video"]),
    ("skills/community", ["craft/moderation", "craft/conflict-and-safety", "craft/champions"]),
  ]

  /// Each new page and the subjects the issue lists for it, as words its text must use.
  static let subjects: [(page: String, phrases: [String])] = [
    ("craft/talk-proposals", ["call for papers", "cfp", "proposal", "weeks", "lightning"]),
    ("craft/giving-talks", ["structure", "demo", "record", "questions"]),
    ("craft/writing", ["tutorial", "editing", "how-to guide", "reference"]),
    ("craft/docs-as-code", ["docs as code", "version control", "style guide", "linter"]),
    ("craft/video", ["video", "live stream", "captions", "obs studio"]),
    ("craft/moderation", ["moderation", "code of conduct", "enforce", "ban"]),
    ("craft/conflict-and-safety", ["conflict", "angry", "safety", "harassment", "doxing"]),
    ("craft/champions", ["champions programme", "github stars", "microsoft mvp"]),
    ("craft/portfolio", ["friction log", "upstream", "five-minute", "30/60/90"]),
  ]

  /// The questions the issue asks the FAQ to answer, as words of its headings.
  static let questions = [
    "public speaking", "code", "back to engineering", "degree", "introverts",
    "developer marketing", "remote", "burn me out", "pay",
  ]

  /// Words people search with that the FAQ must hold, so search finds it.
  static let searchWords = [
    "faq", "introvert", "public speaking", "burnout", "burned out", "salary", "remote",
    "degree", "compensation",
  ]

  static func text(_ pack: ContentPack, _ id: String) throws -> String {
    CareerContentTests.pageText(try #require(pack.topics[id], "missing page \(id)"))
      .lowercased()
  }

  @Test("puts the questions people ask last of home's pages, after the career menu")
  func faqIsOnHome() throws {
    let pack = try Support.bundledPack()
    #expect(pack.home.compactMap(\.topicID).last == "faq")
    let faq = try #require(pack.topics["faq"])
    #expect(!faq.isMenu)
    #expect(faq.summary.count <= 44, "the summary is cut beside the title at 80 columns")
  }

  @Test("answers every question under its own heading, each with a link to a page that says more")
  func faqAnswersEachQuestion() throws {
    let faq = try #require(try Support.bundledPack().topics["faq"])
    let body = SourceLists.bodyBeforeSources(faq)
    var answers: [(question: String, links: [String])] = []
    for block in body {
      switch block {
      case .heading(let question): answers.append((question, []))
      case .paragraph(let inlines) where !answers.isEmpty:
        answers[answers.count - 1].links += inlines.compactMap { inline in
          if case .link(_, let target) = inline, !target.contains(":") { return target }
          return nil
        }
      default: break
      }
    }
    for question in Self.questions {
      #expect(
        answers.contains { $0.question.lowercased().contains(question) },
        "no question about \(question)")
    }
    for answer in answers {
      #expect(answer.question.hasSuffix("?"), "\(answer.question) is not a question")
      #expect(!answer.links.isEmpty, "\(answer.question) links to no page")
    }
  }

  @Test("holds the words people search with", arguments: searchWords)
  func faqHoldsSearchWord(_ word: String) throws {
    #expect(try Self.text(try Support.bundledPack(), "faq").contains(word))
  }

  @Test(
    "makes the craft a menu under skills, each page linked from the skills page of its C, then the portfolio"
  )
  func craftMenu() throws {
    let pack = try Support.bundledPack()
    let craft = try #require(pack.topics["craft"])
    #expect(craft.isMenu)
    #expect(craft.children.compactMap(\.topicID) == Self.craftPages + ["craft/portfolio"])
    #expect(try #require(pack.topics["skills"]).children.compactMap(\.topicID).last == "craft")
    for (skill, pages) in Self.craftOfEachC {
      let topic = try #require(pack.topics[skill])
      for page in pages {
        #expect((topic.seeAlso + topic.linkTargets).contains(page), "\(skill) misses \(page)")
      }
    }
    #expect(Set(Self.craftOfEachC.flatMap(\.pages)) == Set(Self.craftPages))
  }

  @Test("covers on each new page the subjects the issue lists, and cites its sources")
  func pagesCoverTheirSubjects() throws {
    let pack = try Support.bundledPack()
    for (page, phrases) in Self.subjects + [("faq", Self.questions)] {
      let topic = try #require(pack.topics[page])
      let text = try Self.text(pack, page)
      for phrase in phrases {
        #expect(text.contains(phrase), "\(page) does not mention \(phrase)")
      }
      #expect(topic.body.contains(.heading(SourceLists.heading)), "\(page) has no Sources")
      #expect(SourceLists.problems(topic).isEmpty, "\(SourceLists.problems(topic))")
    }
  }

  @Test("offers each portfolio piece as a plan action that opens a page explaining it")
  func portfolioPiecesArePlanActions() throws {
    let pack = try Support.bundledPack()
    let plan = try #require(pack.plan)
    let pieces = [
      ("code-friction-log", "friction log"), ("code-open-source", "upstream"),
      ("communication-record-talk", "five-minute talk"), ("hats-90-day-plan", "90 days"),
    ]
    for (id, words) in pieces {
      let action = try #require(plan.actions.first { $0.id == id }, "no action \(id)")
      #expect(action.text.contains(words), "\(id) does not say \(words)")
      let page = try Self.text(pack, action.topic)
      #expect(
        page.contains(words.replacingOccurrences(of: "90 days", with: "ninety days")),
        "\(action.topic) does not explain \(id)")
    }
  }

  @Test("opens every action of a C on that C's skills page or a page it links to")
  func actionsOpenThePageOfTheirC() throws {
    let pack = try Support.bundledPack()
    let plan = try #require(pack.plan)
    let career = try #require(pack.topics["career"]).children.compactMap(\.topicID)
    for action in plan.actions {
      if action.dimension == "hats" {
        #expect(
          career.contains(action.topic) || action.topic == "craft/portfolio",
          "\(action.id) opens \(action.topic)")
        continue
      }
      let skill = try #require(pack.topics["skills/\(action.dimension)"])
      let reached = [skill.id] + skill.seeAlso + skill.linkTargets
      #expect(reached.contains(action.topic), "\(action.id) opens \(action.topic)")
    }
  }

  @Test("counts the wait for a slot: an action that needs an event or an answer is a month")
  func effortsIncludeTheWait() throws {
    let plan = try #require(try Support.bundledPack().plan)
    let waits = ["slot", "call for papers", "meetup", "conference", "review"]
    let waiting = plan.actions.filter { action in
      waits.contains { action.text.lowercased().contains($0) }
    }
    #expect(waiting.count >= 4)
    for action in waiting {
      #expect(action.effort == .month, "\(action.id) waits for others but says \(action.effort)")
    }
  }
}
