import Foundation

/// The source article "What is DevRel?" (dev.to, by @HaimantikaM), read from the project's
/// shared folder beside the repository, so its text is never copied into the repository.
///
/// CI and developers' machines have `../shared/seed/` next to the clone; elsewhere the tests
/// that need the article are skipped and say why.
enum SeedArticle {
  static let url = Support.repositoryRoot()
    .deletingLastPathComponent()
    .appendingPathComponent("shared/seed/000_38bbe43824ec47da.txt")

  static var isAvailable: Bool { FileManager.default.fileExists(atPath: url.path) }

  /// The article's prose without front matter, embeds, images and link targets.
  static var prose: String {
    guard let data = FileManager.default.contents(atPath: url.path) else { return "" }
    var text = String(decoding: data, as: UTF8.self)
    if text.hasPrefix("---"),
      let end = text.range(
        of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex)
    {
      text = String(text[end.upperBound...])
    }
    let patterns = [
      (#"\{%[^%]*%\}"#, ""),  // embeds
      (#"!\[[^\]]*\]\([^)]*\)"#, ""),  // images
      (#"\[([^\]]*)\]\([^)]*\)"#, "$1"),  // links keep their text
    ]
    for (pattern, template) in patterns {
      text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
    }
    return text
  }
}
