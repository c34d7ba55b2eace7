import Foundation
import Testing

@testable import GuideStore

@Suite struct DataPathsTests {
  @Test func xdgFoldersAreUsedWhenSet() throws {
    let paths = try DataPaths.fromEnvironment([
      "HOME": "/home/ada", "XDG_DATA_HOME": "/data", "XDG_STATE_HOME": "/state",
    ])
    #expect(paths.dataDirectory == "/data/devrel-guide")
    #expect(paths.stateDirectory == "/state/devrel-guide")
  }

  @Test func unsetXdgFoldersFallBackToTheHomeFolder() throws {
    let paths = try DataPaths.fromEnvironment(["HOME": "/home/ada"])
    #expect(paths.dataDirectory == "/home/ada/.local/share/devrel-guide")
    #expect(paths.stateDirectory == "/home/ada/.local/state/devrel-guide")
  }

  @Test(arguments: ["", "relative/path", "./data", "~/data"])
  func emptyOrRelativeXdgFoldersAreIgnored(value: String) throws {
    let paths = try DataPaths.fromEnvironment([
      "HOME": "/home/ada", "XDG_DATA_HOME": value, "XDG_STATE_HOME": value,
    ])
    #expect(paths.dataDirectory == "/home/ada/.local/share/devrel-guide")
    #expect(paths.stateDirectory == "/home/ada/.local/state/devrel-guide")
  }

  @Test func withoutHomeTheXdgFoldersAreEnough() throws {
    let paths = try DataPaths.fromEnvironment([
      "XDG_DATA_HOME": "/data", "XDG_STATE_HOME": "/state",
    ])
    #expect(paths.dataDirectory == "/data/devrel-guide")
    #expect(paths.stateDirectory == "/state/devrel-guide")
  }

  @Test(arguments: [[:], ["HOME": ""], ["HOME": "relative"], ["XDG_DATA_HOME": "/data"]])
  func withoutAnAbsoluteHomeAMissingFolderIsNamed(environment: [String: String]) {
    let expected = environment["XDG_DATA_HOME"] == nil ? "XDG_DATA_HOME" : "XDG_STATE_HOME"
    #expect(throws: DataPaths.NoHomeFolder(variable: expected)) {
      try DataPaths.fromEnvironment(environment)
    }
  }

  @Test func eachPackGetsItsOwnSubfolders() throws {
    let paths = try DataPaths.fromEnvironment(["HOME": "/home/ada"])
    let swift = paths.forPack("swift-basics")
    let rust = paths.forPack("rust-basics")
    #expect(swift.dataDirectory == "/home/ada/.local/share/devrel-guide/packs/swift-basics")
    #expect(swift.stateDirectory == "/home/ada/.local/state/devrel-guide/packs/swift-basics")
    #expect(swift.dataDirectory != rust.dataDirectory)
    #expect(swift.stateDirectory != rust.stateDirectory)
  }

  @Test(arguments: [
    ("../evil", ".._evil"), ("a/b", "a_b"), ("..", "__"), (".", "_"), ("", "_"),
    ("Go Pack!", "_o__ack_"), ("café", "caf_"), ("ok-1.2_x", "ok-1.2_x"),
  ])
  func packIdsBecomeOneSafePathComponent(id: String, expected: String) {
    let paths = DataPaths(dataDirectory: "/data", stateDirectory: "/state").forPack(id)
    #expect(Paths.name(of: paths.dataDirectory) == expected)
    #expect(Paths.parent(of: paths.dataDirectory) == "/data/packs")
    #expect(paths.dataDirectory == "/data/packs/\(expected)")
    #expect(paths.stateDirectory == "/state/packs/\(expected)")
  }
}

@Suite struct PathsTests {
  @Test func joiningNeverDoublesASlash() {
    #expect(Paths.join("/a", "b") == "/a/b")
    #expect(Paths.join("/a/", "b") == "/a/b")
    #expect(Paths.join("/", "b") == "/b")
  }

  @Test func parentAndNameSplitTheLastComponent() {
    #expect(Paths.parent(of: "/a/b/c.json") == "/a/b")
    #expect(Paths.parent(of: "/a/b/") == "/a")
    #expect(Paths.parent(of: "/a") == "/")
    #expect(Paths.name(of: "/a/b/c.json") == "c.json")
    #expect(Paths.name(of: "/a/b/") == "b")
    #expect(Paths.name(of: "/") == "/")
  }
}
