import Foundation
import Testing

@testable import GuideContent
@testable import GuidePackLoader

@Suite("The example pack in docs/content-format.md")
struct DocExampleTests {
  /// The fenced YAML blocks of the document whose first line is `# file: PATH`.
  static func exampleFiles() throws -> [String: String] {
    let url = Support.repositoryRoot().appending(path: "docs/content-format.md")
    let document = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    var files: [String: String] = [:]
    var current: (path: String, lines: [String])?
    var inBlock = false
    for line in document.components(separatedBy: "\n") {
      if line.hasPrefix("```") {
        if inBlock, let finished = current {
          files[finished.path] = finished.lines.joined(separator: "\n") + "\n"
        }
        inBlock.toggle()
        current = nil
        continue
      }
      guard inBlock else { continue }
      if let open = current {
        current = (open.path, open.lines + [line])
      } else if line.hasPrefix("# file: ") {
        current = (String(line.dropFirst("# file: ".count)), [line])
      }
    }
    return files
  }

  @Test("holds a pack manifest, two topics, a quiz, a posting lexicon, a plan and synonyms")
  func hasTheFiles() throws {
    let files = try Self.exampleFiles()
    #expect(
      Set(files.keys) == [
        "pack.yaml", "topics/watering.yaml", "topics/light.yaml", "quiz.yaml", "posting.yaml",
        "plan.yaml", "synonyms.yaml",
      ])
  }

  @Test("loads with no errors and no warnings")
  func loadsCleanly() throws {
    let files = try Self.exampleFiles()
    let source = PackSource(name: "example", files: files.map { ($0.key, $0.value) })
    let (pack, issues) = PackLoader.check(source)
    #expect(issues.isEmpty, "\(issues.map(\.description))")
    let loaded = try #require(pack)
    #expect(loaded.topics.count == 2)
    #expect(loaded.quiz?.questions.count == 5)
    #expect(loaded.home.count == 5)
    #expect(loaded.posting?.roles.map(\.id) == ["gardener"])
    #expect(loaded.plan?.actions.map(\.effort) == [.evening, .month, .weekend])
  }
}
