import Foundation

/// Files of the repository the tests read: the guide's YAML and the posting corpus.
enum Repository {
  /// The repository root, found from this file's place in `Tests/GuidePostingTests/`.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
}
