import Foundation
import Testing

/// The home folder comes from `HOME` only (the static binary must not need glibc's password
/// database), so a missing `HOME` is said plainly instead of guessed.
@Suite("Without a home folder")
struct HomeFolderTests {
  func run(_ arguments: [String], environment: [String: String]) throws -> Spawn.Result {
    try Spawn.run(
      try TmuxSession.guideBinary().path, arguments,
      environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(environment) { $1 })
  }

  @Test func resultsWithoutHomeSaysSoAndExits78() throws {
    let result = try run(["results"], environment: [:])
    #expect(result.status == 78)
    #expect(result.stdout.isEmpty)
    #expect(result.errors.contains("HOME is not set to an absolute path"))
    #expect(result.errors.contains("XDG_DATA_HOME"))
  }

  @Test func commandsThatKeepNothingWorkWithoutHome() throws {
    let result = try run(["topics"], environment: [:])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("what-is-devrel\t"))
    #expect(result.errors.isEmpty)
  }

  @Test func theXdgFoldersReplaceHome() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("devrel-guide-nohome-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try run(
      ["results"],
      environment: [
        "XDG_DATA_HOME": folder.appendingPathComponent("share").path,
        "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
      ])
    #expect(result.status == 1)
    #expect(result.errors.contains("no saved attempts yet"))
  }
}
