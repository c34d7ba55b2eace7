import Foundation
import Testing

@testable import GuideContent

/// One fact of the source article: every group must appear, any one alternative of a group.
struct SeedFact: CustomTestStringConvertible, Sendable {
  var name: String
  var groups: [[String]]

  init(_ name: String, _ groups: [[String]]) {
    self.name = name
    self.groups = groups
  }

  var testDescription: String { name }
}

@Suite("Every fact of the source article")
struct SeedFactsTests {
  static let facts: [SeedFact] = [
    SeedFact(
      "DevRel means Developer Relations: a company's relationship with its developer community",
      [["DevRel"], ["Developer Relations"], ["relationship"], ["developer community"], ["company"]]),
    SeedFact(
      "Developer Advocacy is another name for the field",
      [["Developer Advocacy"]]),
    SeedFact(
      "people hold several theories of what DevRel is; the author has a favourite",
      [["theories"], ["favourite"]]),
    SeedFact(
      "the article speaks of B2D+ companies",
      [["B2D+"]]),
    SeedFact(
      "the article is dated December 2022",
      [["December 2022"]]),
    SeedFact(
      "the role turns heads because the term is new and little known, not because it is cool",
      [["turns heads", "turn heads"], ["cool"], ["new"], ["never met", "unaware", "do not know"]]),
    SeedFact(
      "the definition depends on perspectives and company goals; this is a generalised view",
      [
        ["depends"], ["who you ask", "perspective"], ["company wants", "company goals"],
        ["generalised", "generalized"],
      ]),
    SeedFact(
      "DevRel lives at B2D companies such as Microsoft and Google, whose customers are developers",
      [["B2D"], ["Microsoft"], ["Google"], ["customers are developers"]]),
    SeedFact(
      "developers are central to the ecosystem the company operates in",
      [["ecosystem"], ["central", "crucial"]]),
    SeedFact(
      "developers create and maintain the software that powers the modern world",
      [["software the modern world runs on"], ["keep it running", "maintain"]]),
    SeedFact(
      "relationships reveal needs and preferences, which lead to better products and services",
      [["need"], ["prefer"], ["better products and services"], ["insight"]]),
    SeedFact(
      "commitment to the developer community improves reputation and attracts top talent",
      [["commitment"], ["reputation"], ["top talent"]]),
    SeedFact(
      "DevRel keeps the company connected to trends in the software industry",
      [["trends"], ["software industry"]]),
    SeedFact(
      "duty one: building and maintaining relationships with developers",
      [["build relationships with developers"], ["look after"]]),
    SeedFact(
      "duty two: staying current through developers, events and meetups, to stay competitive",
      [
        ["keep up with what is new"], ["events and meetups"], ["best practices"],
        ["competitive"],
      ]),
    SeedFact(
      "duty three: gathering feedback to improve quality and user experience",
      [["collect feedback", "gather feedback"], ["quality"], ["user experience"]]),
    SeedFact(
      "duty four: improving the user experience through feedback and trend awareness",
      [
        ["make the experience better", "improve the user experience"],
        ["better user experience"],
      ]),
    SeedFact(
      "the second burning question is how to break into DevRel",
      [["break into"]]),
    SeedFact(
      "it is a passion job of many hats that not everybody enjoys",
      [["passion"], ["many hats", "multiple hats"], ["not everyone", "not everybody"]]),
    SeedFact(
      "qualifications vary from company to company",
      [["qualifications"], ["vary", "varies", "changes from one employer"]]),
    SeedFact(
      "the 4C's are code, content, community and communication",
      [["4C's"], ["code"], ["content"], ["community"], ["communication"]]),
    SeedFact(
      "technical expertise: a strong technical background, a language or platform, concepts",
      [
        ["technical expertise"], ["technical background"], ["language or platform"],
        ["software development"],
      ]),
    SeedFact(
      "communication: talking with developers, speaking at events, writing, non-technical readers",
      [
        ["communication skills"], ["talk with developers", "talking with developers"],
        ["speak at events", "speaking at events"], ["write content", "writing"],
        ["non-technical"],
      ]),
    SeedFact(
      "understanding of the developer community: challenges, needs and the latest trends",
      [
        ["understanding of the developer community"], ["challenges", "find hard"],
        ["trends"],
      ]),
    SeedFact(
      "organisational skills: organising developer events and meetups",
      [
        ["organisational skills", "organizational skills"],
        ["organise developer events", "organize developer events"],
      ]),
    SeedFact(
      "problem-solving: thinking on your feet and finding creative solutions",
      [["problem-solving"], ["think on your feet"], ["creative solutions"]]),
    SeedFact(
      "interpersonal skills: many kinds of people and relationships in the community",
      [
        ["interpersonal skills"], ["all sorts of people", "many different kinds of people"],
        ["relationships across the developer community", "relationships inside the community"],
      ]),
    SeedFact(
      "the conclusion: an introduction; explore resources and opportunities; it may be a fit",
      [
        ["introduction"], ["resources"], ["opportunities"], ["career"],
        ["suit you perfectly", "perfect fit"],
      ]),
    SeedFact(
      "the author invites questions in the comments or on Twitter",
      [["question"], ["comment"], ["Twitter"], ["@HaimantikaM"]]),
    SeedFact(
      "the credits: the article on dev.to by @HaimantikaM, retold in our own words",
      [["What is DevRel?"], ["dev.to"], ["@HaimantikaM"], ["own words"]]),
  ]

  @Test("appears in the guide's topics", arguments: facts)
  func factAppears(_ fact: SeedFact) throws {
    let text = Support.topicText(try Support.bundledPack()).lowercased()
    for group in fact.groups {
      #expect(
        group.contains { text.contains($0.lowercased()) },
        "none of \(group) appears in the guide")
    }
  }

  @Test("attributes the article's opinions to its author and dates its claims")
  func opinionsAreAttributed() throws {
    let pack = try Support.bundledPack()
    let paragraphs = pack.topics.values.flatMap { topic in
      topic.body.compactMap { block -> String? in
        if case .paragraph(let inlines) = block { return inlines.map(\.plainText).joined() }
        return nil
      }
    }
    for opinion in ["passion job", "sum up the skills", "theories", "turn heads"] {
      let holding = paragraphs.filter { $0.contains(opinion) }
      #expect(!holding.isEmpty, "no paragraph says \(opinion)")
      for paragraph in holding {
        #expect(
          ["author", "Her ", "article"].contains(where: paragraph.contains),
          "\(opinion) is not attributed: \(paragraph)")
      }
    }
    let text = Support.topicText(pack)
    #expect(!text.contains("is still quite new"), "the 2022 claim is stated in the present tense")
    #expect(!text.contains("on Twitter"), "Twitter is named without its new name, X")
  }

  @Test("shows each of the six skills with the C's it serves")
  func skillsShowTheirCs() throws {
    let pack = try Support.bundledPack()
    let page = try #require(pack.topics["skills/in-detail"])
    let headings = page.body.compactMap { block -> String? in
      if case .heading(let text) = block { return text }
      return nil
    }
    let expected: [(skill: String, cs: [String])] = [
      ("Technical expertise", ["Code"]),
      ("Communication", ["Communication", "Content"]),
      ("Understanding of the developer community", ["Community"]),
      ("Organisational skills", ["Community"]),
      ("Problem-solving", ["Code"]),
      ("Interpersonal skills", ["Community", "Communication"]),
    ]
    #expect(headings.count == expected.count)
    for (skill, cs) in expected {
      let heading = try #require(headings.first { $0.hasPrefix(skill + " ->") }, "no \(skill)")
      let served = heading.components(separatedBy: "->").last ?? ""
      let names = served.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      #expect(Set(names) == Set(cs), "\(skill) should serve \(cs), shows \(names)")
    }
  }

  @Test("names the skills that feed each C on that C's page")
  func eachCPageNamesItsSkills() throws {
    let pack = try Support.bundledPack()
    let feeds: [String: [String]] = [
      "skills/code": ["Technical expertise", "Problem-solving"],
      "skills/content": ["Communication"],
      "skills/community": [
        "Understanding of the developer community", "Organisational skills",
        "Interpersonal skills",
      ],
      "skills/communication": ["Communication skills", "Interpersonal skills"],
    ]
    for (id, skills) in feeds {
      let topic = try #require(pack.topics[id])
      let text = topic.body.map(Support.blockText).joined(separator: "\n")
      for skill in skills {
        #expect(text.contains(skill), "\(id) does not name \(skill)")
      }
    }
  }
}
