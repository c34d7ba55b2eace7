import Foundation
import GuideBundle
import GuideContent
import Testing

@testable import GuidePosting

/// The sample postings in `Tests/PostingCorpus`, written for these tests (no real company or
/// person), read with the bundled guide's lexicon.
///
/// Each has its expected leading dimension, closest role and the posting's words shown for
/// both, checked by hand; the whole text reading is also kept beside it as `NAME.reading`.
/// After changing the lexicon on purpose, run with `RECORD_POSTING_READINGS=1` to rewrite
/// the readings, and review the difference before committing it.
@Suite("The sample postings")
struct CorpusTests {
  struct Expectation: CustomTestStringConvertible, Sendable {
    var file: String
    /// nil: nothing in it relates to DevRel.
    var leading: String?
    var leadingWords: [String] = []
    var role: String?
    var roleWords: [String] = []
    var flags: [String] = []

    var testDescription: String { file }
  }

  static let expectations = [
    Expectation(
      file: "developer-advocate", leading: "communication",
      leadingWords: [
        "conference talks", "voice of the developer", "Public speaking", "communication skills",
        "product feedback", "Speak", "conferences",
      ],
      role: "developer-advocate",
      roleWords: [
        "Developer Advocate", "demos", "product feedback", "voice of the developer",
        "conference talks", "blog posts", "Public speaking",
      ],
      flags: ["years"]),
    Expectation(
      file: "community-manager", leading: "community",
      leadingWords: [
        "Community", "code of conduct", "ambassador program", "meetup", "community health",
        "forums", "Discord", "newcomers", "moderation", "engagement", "contributor", "members",
        "events",
      ],
      role: "community-manager",
      roleWords: [
        "Community Manager", "code of conduct", "community health", "forums", "Discord",
        "newcomers", "moderation", "ambassador program", "meetup", "engagement",
      ]),
    Expectation(
      file: "technical-writer", leading: "content",
      leadingWords: [
        "Technical Writer", "documentation", "how-to guides", "tutorials", "Write", "docs",
        "release notes", "style guide", "editing", "Markdown",
      ],
      role: "technical-writer",
      roleWords: [
        "Technical Writer", "documentation", "API reference", "docs-as-code",
        "information architecture", "Markdown", "docs", "release notes", "style guide",
        "editing",
      ]),
    Expectation(
      file: "dx-engineer", leading: "code",
      leadingWords: [
        "SDKs", "sample apps", "Write code", "command-line tools", "CLI", "API", "pull requests",
        "software engineering", "developer tools", "debugging", "TypeScript", "Python",
      ],
      role: "dx-engineer",
      roleWords: [
        "Developer Experience", "SDKs", "DX", "time to first", "command-line tools",
        "sample apps", "CLI", "onboarding", "friction", "API design", "developer tools",
      ]),
    Expectation(
      file: "developer-marketing", leading: "content",
      leadingWords: ["blog posts", "case studies", "newsletters", "writing"],
      role: "developer-marketing",
      roleWords: [
        "Developer Marketing", "marketing", "product marketing", "campaigns", "go-to-market",
        "demand generation", "launches", "messaging", "positioning", "conversion", "funnel",
        "brand", "SEO",
      ],
      flags: ["sales-targets", "reports-to", "years"]),
    Expectation(
      file: "devrel-lead", leading: "communication",
      leadingWords: ["keynotes", "conference", "Communicate"],
      role: "head-of-devrel",
      roleWords: [
        "Head of Developer Relations", "build the team", "strategy", "executive", "OKRs",
        "metrics", "leadership",
      ],
      flags: ["reports-to", "years"]),
    Expectation(
      file: "developer-educator", leading: "content",
      leadingWords: [
        "courses", "video", "tutorials", "learning paths", "curriculum", "Write", "editing",
      ],
      role: "developer-educator",
      roleWords: [
        "Developer Educator", "courses", "learn", "workshops", "Teach", "learning paths",
        "curriculum", "Instructional design", "certification",
      ]),
    Expectation(
      file: "solutions-engineer", leading: "code",
      leadingWords: ["Hands-on coding", "proof of concept", "Python"],
      role: "solutions-engineer",
      roleWords: [
        "Solutions Engineer", "customers", "pre-sales", "account executives",
        "technical discovery", "proof of concept", "sales team", "RFP",
      ],
      flags: ["travel", "sales-targets"]),
    Expectation(
      file: "developer-evangelist", leading: "communication",
      leadingWords: [
        "public speaker", "Evangelize", "conferences", "talks", "workshops", "livestreams",
        "storyteller",
      ],
      role: "developer-evangelist",
      roleWords: [
        "Developer Evangelist", "spread the word", "Evangelize", "raise awareness",
        "thought leadership",
      ],
      flags: ["travel", "hype-words"]),
    Expectation(
      file: "devrel-program-manager", leading: "community",
      leadingWords: [
        "champions program", "ambassador program", "hackathons", "event", "community",
      ],
      role: "devrel-program-manager",
      roleWords: [
        "Program Manager", "programs", "champions program", "ambassador program", "event series",
        "budgets", "logistics", "hackathons", "sponsorships", "partners",
      ]),
    Expectation(
      file: "not-devrel-backend-engineer", leading: "code",
      leadingWords: ["software engineering", "computer science"], role: nil,
      flags: ["on-call", "years"]),
    Expectation(file: "not-devrel-line-cook", leading: nil),
    Expectation(file: "not-devrel-accountant", leading: nil),
  ]

  static let folder = Repository.root.appending(path: "Tests/PostingCorpus")

  static func reading(_ file: String) throws -> PostingReading {
    let lexicon = try #require(ContentPack.bundled.posting)
    let text = try String(contentsOf: folder.appending(path: file + ".txt"), encoding: .utf8)
    return PostingReader(lexicon: lexicon).read(text)
  }

  @Test(arguments: expectations)
  func readsAsExpected(_ expected: Expectation) throws {
    let reading = try Self.reading(expected.file)
    guard let leading = expected.leading else {
      #expect(!reading.relatesToSubject)
      return
    }
    #expect(reading.relatesToSubject)
    #expect(reading.leadingDimension?.id == leading)
    #expect(reading.leadingDimension?.evidence.map(\.phrase) == expected.leadingWords)
    #expect(reading.roles.first?.id == expected.role)
    #expect((reading.roles.first?.evidence.map(\.phrase) ?? []) == expected.roleWords)
    #expect(reading.askAbout.map(\.id) == expected.flags)
    #expect(reading.emphasis.map(\.percent).reduce(0, +) == 100)
  }

  @Test(arguments: expectations)
  func theWholeReadingIsKept(_ expected: Expectation) throws {
    let report =
      PostingReport.text(try Self.reading(expected.file))
      .map { String(repeating: " ", count: $0.indent) + $0.text }
      .joined(separator: "\n") + "\n"
    let kept = Self.folder.appending(path: expected.file + ".reading")
    if ProcessInfo.processInfo.environment["RECORD_POSTING_READINGS"] == "1" {
      try Data(report.utf8).write(to: kept)
    }
    let recorded = try String(contentsOf: kept, encoding: .utf8)
    #expect(report == recorded)
  }

  @Test func theCorpusCoversEveryRoleAndSomePostingsOutsideDevRel() throws {
    let lexicon = try #require(ContentPack.bundled.posting)
    let roles = Set(Self.expectations.compactMap(\.role))
    let notCovered = lexicon.roles.map(\.id).filter { !roles.contains($0) }
    #expect(notCovered == [])
    #expect(Self.expectations.count >= 12)
    #expect(Self.expectations.filter { $0.leading == nil || $0.role == nil }.count >= 3)
  }
}
