import Foundation
import GuideBundle
import Testing

@testable import GuideContent
@testable import GuidePackLoader

/// Helpers shared by the content tests.
enum Support {
  /// The bundled pack, loaded from its YAML or the test fails.
  static func bundledPack() throws -> ContentPack {
    try PackLoader.load(bundledSource())
  }

  /// The YAML the bundled guide is built from, read from `Resources/guide` (the binary does
  /// not carry it), named as the build names it.
  static func bundledSource() throws -> PackSource {
    let folder = repositoryRoot().appending(path: "Resources/guide").path
    return PackSource(name: "Resources/guide", files: try PackSource.directory(folder).files)
  }

  /// The repository root, found from this file's place in `Tests/GuideContentTests/`.
  static func repositoryRoot(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath)
      .deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Every word a reader can see in the pack's topics: titles, summaries and page text.
  static func topicText(_ pack: ContentPack) -> String {
    pack.topicOrder.compactMap { pack.topics[$0] }
      .map { topic in
        ([topic.title, topic.summary] + topic.body.map(blockText)).joined(separator: "\n")
      }
      .joined(separator: "\n\n")
  }

  /// The quiz's visible text: title, intro, scale, questions, options, explanations, bands.
  static func quizText(_ pack: ContentPack) -> String {
    guard let quiz = pack.quiz else { return "" }
    var parts = [quiz.title, quiz.intro] + quiz.scale + quiz.dimensions.map(\.title)
    for question in quiz.questions {
      parts.append(question.text)
      if case .knowledge(let options, _, let explanation, _) = question.kind {
        parts += options + [explanation]
      }
    }
    parts += quiz.bands.flatMap { [$0.label, $0.text] }
    return parts.joined(separator: "\n")
  }

  static func blockText(_ block: Block) -> String {
    switch block {
    case .heading(let text): return text
    case .paragraph(let inlines): return inlines.map(\.plainText).joined()
    case .bullets(let items):
      return items.map { $0.map(\.plainText).joined() }.joined(separator: "\n")
    }
  }

  /// Lowercase words made of letters and digits; apostrophes vanish, so "4C's" is "4cs".
  static func words(_ text: String) -> [String] {
    let folded = text.lowercased()
      .replacingOccurrences(of: "'", with: "")
      .replacingOccurrences(of: "\u{2019}", with: "")
    return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// A small pack source from inline files; `pack.yaml` is added unless given.
  static func pack(_ files: [String: String], home: [String] = ["a"]) -> PackSource {
    var all = files
    if all["pack.yaml"] == nil {
      let entries = home.map { "  - topic: \($0)" }.joined(separator: "\n")
      all["pack.yaml"] = """
        id: test
        title: Test pack
        version: "1"
        language: en
        home:
        \(entries)
        """
    }
    return PackSource(name: "test", files: all.map { ($0.key, $0.value) })
  }

  /// A minimal valid topic page.
  static func page(_ id: String, text: String = "Some text.") -> String {
    """
    id: \(id)
    title: Topic \(id)
    summary: A summary.
    body:
      - text: \(text)
    """
  }
}
