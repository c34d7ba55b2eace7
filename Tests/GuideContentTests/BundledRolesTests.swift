import Testing

@testable import GuideContent

@Suite("The bundled assessment")
struct BundledRolesTests {
  /// The ids and titles every helper of the guide shares (the posting reader, pages, results).
  static let shared: [(id: String, title: String, outside: Bool)] = [
    ("developer-advocate", "Developer advocate", false),
    ("devrel-engineer", "Developer relations engineer", false),
    ("dx-engineer", "Developer experience (DX) engineer", false),
    ("technical-writer", "Technical writer", false),
    ("developer-educator", "Developer educator", false),
    ("community-manager", "Community manager", false),
    ("devrel-programme-manager", "DevRel programme manager", false),
    ("developer-marketing", "Developer marketing", false),
    ("solutions-engineer", "Solutions engineer", false),
    ("head-of-devrel", "Head of DevRel", false),
    ("platform-engineer", "Platform or internal DevEx engineer", true),
    ("product-manager", "Product manager", true),
    ("software-engineer", "Software engineer", true),
  ]

  @Test("names the ten DevRel roles and three neighbours with the shared ids and titles")
  func rolesAreTheSharedOnes() throws {
    let assessment = try #require(ContentPack.bundled.assessment)
    #expect(assessment.roles.map(\.id) == Self.shared.map(\.id))
    #expect(assessment.roles.map(\.title) == Self.shared.map(\.title))
    #expect(assessment.roles.map(\.outside) == Self.shared.map(\.outside))
  }

  @Test("asks about 14 to 18 activities, each weighed by some role, no either-or")
  func activitiesAreConcrete() throws {
    let assessment = try #require(ContentPack.bundled.assessment)
    #expect((14...18).contains(assessment.activities.count))
    for activity in assessment.activities {
      #expect(
        assessment.roles.contains { $0.weight(activity.id) > 0 }, "\(activity.id) weighs nothing")
      // One trait each: no "rather than", no "or" between two pieces of work.
      #expect(!activity.text.lowercased().contains("rather"), "\(activity.text)")
      #expect(!activity.text.contains("?"), "\(activity.text)")
    }
  }

  @Test("every role says where its weights come from and weighs something heavily")
  func rolesAreGrounded() throws {
    let assessment = try #require(ContentPack.bundled.assessment)
    for role in assessment.roles {
      #expect(!role.basis.isEmpty && !role.summary.isEmpty, "\(role.id)")
      #expect(role.weights.contains { $0.weight == 3 }, "\(role.id) has no heart")
      // A basis names the guide's page it reads: Roles and titles, The neighbours, or another.
      let pages = ["Roles and titles", "The neighbours", "Where DevRel sits", "The 4C's"]
      #expect(pages.contains { role.basis.contains($0) }, "\(role.id): \(role.basis)")
    }
  }
}
