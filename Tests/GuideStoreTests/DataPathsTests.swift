import Foundation
import Testing

@testable import GuideStore

@Suite struct DataPathsTests {
  @Test func xdgFoldersAreUsedWhenSet() {
    let paths = DataPaths.fromEnvironment([
      "HOME": "/home/ada", "XDG_DATA_HOME": "/data", "XDG_STATE_HOME": "/state",
    ])
    #expect(paths.dataDirectory.path == "/data/devrel-guide")
    #expect(paths.stateDirectory.path == "/state/devrel-guide")
  }

  @Test func unsetXdgFoldersFallBackToTheHomeFolder() {
    let paths = DataPaths.fromEnvironment(["HOME": "/home/ada"])
    #expect(paths.dataDirectory.path == "/home/ada/.local/share/devrel-guide")
    #expect(paths.stateDirectory.path == "/home/ada/.local/state/devrel-guide")
  }

  @Test(arguments: ["", "relative/path", "./data", "~/data"])
  func emptyOrRelativeXdgFoldersAreIgnored(value: String) {
    let paths = DataPaths.fromEnvironment([
      "HOME": "/home/ada", "XDG_DATA_HOME": value, "XDG_STATE_HOME": value,
    ])
    #expect(paths.dataDirectory.path == "/home/ada/.local/share/devrel-guide")
    #expect(paths.stateDirectory.path == "/home/ada/.local/state/devrel-guide")
  }

  @Test func eachPackGetsItsOwnSubfolders() {
    let paths = DataPaths.fromEnvironment(["HOME": "/home/ada"])
    let swift = paths.forPack("swift-basics")
    let rust = paths.forPack("rust-basics")
    #expect(swift.dataDirectory.path == "/home/ada/.local/share/devrel-guide/packs/swift-basics")
    #expect(swift.stateDirectory.path == "/home/ada/.local/state/devrel-guide/packs/swift-basics")
    #expect(swift.dataDirectory != rust.dataDirectory)
    #expect(swift.stateDirectory != rust.stateDirectory)
  }

  @Test(arguments: [
    ("../evil", ".._evil"), ("a/b", "a_b"), ("..", "__"), (".", "_"), ("", "_"),
    ("Go Pack!", "_o__ack_"), ("café", "caf_"), ("ok-1.2_x", "ok-1.2_x"),
  ])
  func packIdsBecomeOneSafePathComponent(id: String, expected: String) {
    let paths = DataPaths(
      dataDirectory: URL(fileURLWithPath: "/data"), stateDirectory: URL(fileURLWithPath: "/state")
    ).forPack(id)
    #expect(paths.dataDirectory.lastPathComponent == expected)
    #expect(paths.dataDirectory.deletingLastPathComponent().path == "/data/packs")
    #expect(paths.dataDirectory.standardizedFileURL.path == "/data/packs/\(expected)")
    #expect(paths.stateDirectory.standardizedFileURL.path == "/state/packs/\(expected)")
  }
}
