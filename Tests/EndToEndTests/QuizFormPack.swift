import Foundation

/// A copy of the bundled pack without `roles.yaml`: the quiz then asks its own statements and
/// knowledge questions, as in any pack without an assessment, so tests of that form (knowledge
/// feedback, the posting reader beside the 4C's) keep running on the real content.
enum QuizFormPack {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A fresh copy in the temporary folder; the caller removes it.
  static func make() throws -> URL {
    let target = FileManager.default.temporaryDirectory
      .appendingPathComponent("quiz-form-\(UUID().uuidString)")
    try FileManager.default.copyItem(
      at: repository.appendingPathComponent("Resources/guide"), to: target)
    try FileManager.default.removeItem(at: target.appendingPathComponent("roles.yaml"))
    return target
  }
}
