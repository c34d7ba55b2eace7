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
    /// The verdict, said first.
    var verdict: String
    /// nil: nothing in it relates to DevRel.
    var leading: String?
    var leadingWords: [String] = []
    var role: String?
    var roleWords: [String] = []
    var flags: [String] = []
    var years: [String] = []
    var travel: [String] = []
    var pay: [String] = []
    /// Phrases under benefits or about the company, shown apart.
    var setApart: [String] = []

    var testDescription: String { file }
  }

  static let expectations = [
    Expectation(
      file: "developer-advocate",
      verdict: "Reads as: a developer advocate job (a mix of Communication and Code)",
      leading: "communication",
      leadingWords: [
        "conference talks", "voice of the developer", "Public speaking", "communication skills",
        "product feedback", "Speak", "conferences",
      ],
      role: "developer-advocate",
      roleWords: [
        "Developer Advocate", "demos", "product feedback", "voice of the developer",
        "conference talks", "blog posts", "Public speaking",
      ],
      flags: ["years", "pay-missing"], years: ["3+ years in a developer-facing role"]),
    Expectation(
      file: "community-manager",
      verdict: "Reads as: a community manager job (community-heavy)",
      leading: "community",
      leadingWords: [
        "Community", "code of conduct", "ambassador program", "meetup", "community health",
        "forums", "Discord", "newcomers", "moderation", "engagement", "contributor", "members",
        "events",
      ],
      role: "community-manager",
      roleWords: [
        "Community Manager", "code of conduct", "community health", "forums", "Discord",
        "newcomers", "moderation", "ambassador program", "meetup", "engagement",
      ],
      flags: ["pay-missing"]),
    Expectation(
      file: "technical-writer",
      verdict: "Reads as: a technical writer job (content-heavy)",
      leading: "content",
      leadingWords: [
        "Technical Writer", "documentation", "how-to guides", "tutorials", "docs-as-code",
        "Write", "docs", "release notes", "style guide", "editing", "Markdown",
      ],
      role: "technical-writer",
      roleWords: [
        "Technical Writer", "documentation", "API reference", "docs-as-code",
        "information architecture", "Markdown", "docs", "release notes", "style guide",
        "editing",
      ],
      flags: ["pay-missing"]),
    Expectation(
      file: "dx-engineer",
      verdict: "Reads as: a developer experience (DX) engineer job (code-heavy)",
      leading: "code",
      leadingWords: [
        "SDKs", "sample apps", "Write code", "command-line tools", "CLI", "API", "pull requests",
        "software engineering", "developer tools", "debugging", "TypeScript", "Python",
      ],
      role: "dx-engineer",
      roleWords: [
        "Developer Experience", "SDKs", "DX", "time to first", "command-line tools",
        "sample apps", "CLI", "onboarding", "friction", "API design", "developer tools",
      ],
      flags: ["pay-missing"]),
    Expectation(
      file: "developer-marketing",
      verdict: "Reads as: a developer marketing job (content-heavy)",
      leading: "content",
      leadingWords: ["blog posts", "case studies", "newsletters", "writing"],
      role: "developer-marketing",
      roleWords: [
        "Developer Marketing", "marketing", "product marketing", "campaigns", "go-to-market",
        "demand generation", "launches", "messaging", "positioning", "conversion", "funnel",
        "brand", "SEO",
      ],
      flags: ["sales-targets", "reports-to", "years", "pay-missing"]),
    Expectation(
      file: "devrel-lead",
      verdict: "Reads as: a head of DevRel job (communication-heavy)",
      leading: "communication",
      leadingWords: ["keynotes", "conference", "Communicate"],
      role: "head-of-devrel",
      roleWords: [
        "Head of Developer Relations", "build the team", "strategy", "executive", "OKRs",
        "metrics", "leadership",
      ],
      flags: ["reports-to", "years", "pay-missing"], years: ["8+ years of experience"]),
    Expectation(
      file: "developer-educator",
      verdict: "Reads as: a developer educator job (content-heavy)",
      leading: "content",
      leadingWords: [
        "courses", "video", "tutorials", "learning paths", "curriculum", "Write", "editing",
      ],
      role: "developer-educator",
      roleWords: [
        "Developer Educator", "courses", "learn", "workshops", "Teach", "learning paths",
        "curriculum", "Instructional design", "certification",
      ],
      flags: ["pay-missing"]),
    Expectation(
      file: "solutions-engineer",
      verdict: "Reads as: a solutions engineer job (code-heavy)",
      leading: "code",
      leadingWords: ["Hands-on coding", "proof of concept", "Python"],
      role: "solutions-engineer",
      roleWords: [
        "Solutions Engineer", "customers", "pre-sales", "account executives",
        "technical discovery", "proof of concept", "sales team", "RFP",
      ],
      flags: ["travel", "sales-targets", "pay-missing"], travel: ["about 40%"]),
    Expectation(
      file: "developer-evangelist",
      verdict: "Reads as: a developer advocate job (communication-heavy)",
      leading: "communication",
      leadingWords: [
        "public speaker", "Evangelize", "conferences", "talks", "workshops", "livestreams",
        "storyteller",
      ],
      // "Developer evangelist" is an older title of developer advocate.
      role: "developer-advocate",
      roleWords: [
        "Developer Evangelist", "Evangelize", "spread the word", "raise awareness",
        "public speaker", "livestreams",
      ],
      flags: ["travel", "hype-words", "pay-missing"]),
    Expectation(
      file: "devrel-programme-manager",
      verdict: "Reads as: a DevRel programme manager job (community-heavy)",
      leading: "community",
      leadingWords: [
        "champions program", "ambassador program", "hackathons", "event", "community",
      ],
      role: "devrel-programme-manager",
      roleWords: [
        "Program Manager", "programs", "champions program", "ambassador program", "event series",
        "budgets", "logistics", "hackathons", "sponsorships", "partners",
      ],
      flags: ["pay-missing"]),
    Expectation(
      file: "not-devrel-backend-engineer",
      verdict:
        "This does not read as a DevRel job: it reads as software engineering, building the "
        + "product rather than working with developers outside the company.",
      leading: "code",
      leadingWords: ["software engineering", "computer science"], role: "software-engineer",
      roleWords: ["Backend Engineer", "software engineering", "distributed systems"],
      flags: ["on-call", "years", "pay-missing"],
      years: ["4+ years of professional software engineering experience"]),
    Expectation(
      file: "not-devrel-line-cook",
      verdict:
        "This does not read as a DevRel job: none of its words are ones a DevRel job uses.",
      leading: nil),
    Expectation(
      file: "not-devrel-accountant",
      verdict:
        "This does not read as a DevRel job: none of its words are ones a DevRel job uses.",
      leading: nil),
    Expectation(
      file: "devrel-engineer",
      verdict: "Reads as: a developer relations engineer job (code-heavy)",
      leading: "code",
      leadingWords: [
        "llms", "AI agents", "sample apps", "code samples", "MCP servers", "demo apps",
        "integrations", "evals", "RAG", "software engineer", "Python", "TypeScript",
        "Open source",
      ],
      role: "devrel-engineer",
      roleWords: [
        "Developer Relations Engineer", "AI agents", "sample apps", "code samples",
        "MCP servers", "demo apps", "integrations", "DevRel", "developer relations", "CFPs",
        "Open source",
      ],
      // Not "unicorn" (a start-up), not "DevRel Qualified Leads" (no sales quota), and the
      // take-home after the "Nice to have" list counts in full.
      flags: ["travel", "take-home", "years", "self-starter"],
      years: ["5+ years as a software engineer", "2+ years in a developer relations role"],
      travel: ["up to 30%"], pay: ["$165,000 - $195,000 a year"],
      // "event streaming" is not a community event; the conference budget is not speaking.
      setApart: ["open-source", "Community", "learning"]),
    Expectation(
      file: "developer-advocate-ai",
      verdict: "Reads as: a developer advocate job (code-heavy)",
      leading: "code",
      leadingWords: [
        "demos", "AI agents", "SDK", "Hands-on coding", "LLMs", "Python", "RAG", "evals",
        "Open source",
      ],
      role: "developer-advocate",
      roleWords: [
        "Developer Advocate", "demos", "conference talks", "CFP", "product feedback",
        "Public speaking", "blog posts", "YouTube",
      ],
      // Not "wizard" (a setup wizard).
      flags: ["travel", "take-home", "years"],
      years: ["3-5 years in a developer-facing role"], travel: ["about 20%"],
      pay: ["EUR 80,000 to EUR 95,000 a year"]),
    Expectation(
      file: "internal-devex",
      verdict:
        "This reads as internal developer-experience work for the company's own engineers, "
        + "not DevRel toward outside developers.",
      leading: "code", leadingWords: ["Software Engineer", "Kubernetes"],
      role: "platform-engineer",
      roleWords: [
        "internal developer platform", "platform engineering", "developer productivity",
        "build systems", "DORA", "internal tooling", "Bazel", "CI/CD", "Backstage",
        "service catalog", "golden paths", "900 engineers",
      ],
      flags: ["years", "pay-vague"],
      years: ["8+ years of software engineering", "3+ years of build or CI infrastructure"]),
    Expectation(
      file: "product-manager",
      verdict:
        "This does not read as a DevRel job: it reads as product management, owning what is "
        + "built rather than working with developers outside the company.",
      leading: "code", leadingWords: ["API", "SDKs"],
      role: "product-manager",
      roleWords: [
        "Product Manager", "product management", "roadmap", "product discovery",
        "product requirements", "prioritisation", "user research",
      ],
      flags: ["years"],
      years: ["4+ years of product management", "2 years with developer products"],
      pay: ["£85,000 to £100,000 per annum"]),
    Expectation(file: "empty", verdict: "The posting is empty.", leading: nil),
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
    #expect(reading.verdict.line == expected.verdict)
    guard let leading = expected.leading else {
      #expect(!reading.relatesToSubject)
      return
    }
    #expect(reading.relatesToSubject)
    #expect(reading.figures.years.map(\.text) == expected.years)
    #expect(reading.figures.travel.map(\.text) == expected.travel)
    #expect(reading.figures.pay.map(\.text) == expected.pay)
    #expect(reading.setApart.map(\.phrase) == expected.setApart)
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
    let outside = Self.expectations.filter { !$0.verdict.hasPrefix("Reads as:") }
    #expect(outside.count >= 5)
  }
}
