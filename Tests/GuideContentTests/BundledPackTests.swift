import Foundation
import GuideBundle
import Testing

@testable import GuideContent
@testable import GuidePackLoader

@Suite("The bundled DevRel guide")
struct BundledPackTests {
  @Test("is compiled in exactly as the loader reads the YAML under Resources/guide")
  func compiledPackEqualsTheLoadedOne() throws {
    #expect(ContentPack.bundled == (try Support.bundledPack()))
  }

  @Test("loads with no errors and no warnings")
  func loadsCleanly() throws {
    let (pack, issues) = PackLoader.check(try Support.bundledSource())
    #expect(pack != nil)
    #expect(issues.isEmpty, "\(issues.map(\.description).joined(separator: "\n"))")
    _ = try Support.bundledPack()
  }

  @Test("has every required topic")
  func hasRequiredTopics() throws {
    let pack = try Support.bundledPack()
    let required =
      [
        "what-is-devrel", "duties", "skills", "skills/overview", "skills/code", "skills/content",
        "skills/community", "skills/communication", "skills/in-detail", "about", "next-steps",
        "career", "career/roles", "career/breaking-in", "career/week", "career/measuring",
        "glossary",
        "further-reading",
      ] + CareerContentTests.decisionPages + CraftContentTests.craftPages + [
        "faq", "craft/portfolio",
      ]
    for id in required {
      #expect(pack.topics[id] != nil, "missing topic \(id)")
    }
  }

  @Test("keeps the home menu in its agreed order")
  func homeMenuOrder() throws {
    let pack = try Support.bundledPack()
    let expected: [MenuEntry.Target] = [
      .topic("what-is-devrel"), .topic("duties"), .topic("skills"), .quiz, .results, .posting,
      .topic("about"), .topic("career"), .topic("faq"), .check,
    ]
    #expect(pack.home.map(\.target) == expected)
  }

  @Test(
    "makes skills a menu of the overview, the four C's, the six skills in detail and the craft"
  )
  func skillsMenu() throws {
    let pack = try Support.bundledPack()
    let skills = try #require(pack.topics["skills"])
    #expect(skills.isMenu)
    #expect(skills.body.isEmpty)
    #expect(
      skills.children.compactMap(\.topicID) == [
        "skills/overview", "skills/code", "skills/content", "skills/community",
        "skills/communication", "skills/in-detail", "craft",
      ])
  }

  @Test("gives menus only a summary and children, and every page a summary and a body")
  func menusAndPagesAreWellFormed() throws {
    let pack = try Support.bundledPack()
    for topic in pack.topics.values {
      #expect(!topic.summary.isEmpty, "\(topic.id) has no summary")
      if topic.isMenu {
        #expect(topic.body.isEmpty, "menu \(topic.id) has a body")
      } else {
        #expect(!topic.body.isEmpty, "page \(topic.id) has no body")
      }
    }
  }

  @Test("keeps every page between roughly 150 and 400 words of its own, the glossary under 700")
  func pageLengths() throws {
    let pack = try Support.bundledPack()
    for topic in pack.topics.values where !topic.isMenu {
      let own = SourceLists.bodyBeforeSources(topic).map(Support.blockText)
      let count = Support.words(own.joined(separator: " ")).count
      let limit = topic.id == "glossary" ? 700 : 420
      #expect((130...limit).contains(count), "\(topic.id) has \(count) words")
    }
  }

  @Test("links next-steps from what-is-devrel, skills/overview and about")
  func nextStepsIsReachable() throws {
    let pack = try Support.bundledPack()
    for id in ["what-is-devrel", "skills/overview", "about"] {
      let topic = try #require(pack.topics[id])
      #expect(
        topic.seeAlso.contains("next-steps") || topic.linkTargets.contains("next-steps"),
        "\(id) does not lead to next-steps")
    }
  }

  @Test("resolves every menu entry, link and see-also to a topic")
  func everyReferenceResolves() throws {
    let pack = try Support.bundledPack()
    var targets = pack.home.compactMap(\.topicID)
    for topic in pack.topics.values {
      targets += topic.children.compactMap(\.topicID) + topic.linkTargets + topic.seeAlso
    }
    if let quiz = pack.quiz {
      targets += quiz.dimensions.flatMap(\.topics)
      for case .knowledge(_, _, _, let topic) in quiz.questions.map(\.kind) {
        targets.append(topic)
      }
    }
    for target in targets {
      #expect(pack.topics[target] != nil, "unknown topic \(target)")
    }
  }

  @Test("about credits the article and shows the command line")
  func aboutPage() throws {
    let pack = try Support.bundledPack()
    let about = try #require(pack.topics["about"])
    let text = about.body.map(Support.blockText).joined(separator: "\n")
    for phrase in [
      "What is DevRel?", "dev.to", "December 2022", "@HaimantikaM", "X (formerly Twitter)",
      "https://x.com/HaimantikaM", "https://dev.to/haimantika", "own words",
      "devrel-guide topics", "devrel-guide show skills/community", "devrel-guide search WORD",
      "devrel-guide quiz", "devrel-guide --help", "?",
    ] {
      #expect(text.contains(phrase), "about does not mention \(phrase)")
    }
  }
}
