import Foundation
import Testing

@testable import GuideStore

/// Files and names put in the store's way: links, leftovers of a killed save, long ids.
struct HostileFilesTests {
  @Test func aTemporaryFileLeftByAKilledSaveIsRemovedByTheNextSave() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      // What a writer killed between creating its file and renaming it leaves behind.
      let leftover = folder.appendingPathComponent(".history.json.3k9x2a.tmp")
      try Data("half a docu".utf8).write(to: leftover)
      let other = folder.appendingPathComponent(".place.json.3k9x2a.tmp")
      try Data("another file's".utf8).write(to: other)

      _ = try store.update { $0.items.append("saved") }

      #expect(
        try names(in: folder) == [".place.json.3k9x2a.tmp", "history.json", "history.json.lock"])
    }
  }

  @Test func aLinkAtTheDataFileIsNeitherFollowedNorReplacedByItsTarget() throws {
    try withTemporaryFolder { folder in
      let secret = folder.appendingPathComponent("secret")
      try Data("{\"format\":1,\"document\":{\"items\":[\"secret\"]}}".utf8).write(to: secret)
      let store = makeStore(in: folder)
      try FileManager.default.createSymbolicLink(at: store.fileURL, withDestinationURL: secret)

      guard case .unreadable(let why) = store.load() else {
        Issue.record("a link was read as the data file: \(store.load())")
        return
      }
      #expect(why == "history.json is a symbolic link, not a file")
      #expect(throws: StoreError.self) { try store.update { $0.items.append("x") } }
      #expect(try Data(contentsOf: secret).count > 0)
    }
  }

  @Test func aLinkAtTheLockFileIsRefused() throws {
    try withTemporaryFolder { folder in
      let elsewhere = folder.appendingPathComponent("elsewhere")
      let store = makeStore(in: folder)
      try FileManager.default.createSymbolicLink(at: store.lockURL, withDestinationURL: elsewhere)

      #expect(throws: StoreError.self) { try store.update { $0.items.append("x") } }
      #expect(!FileManager.default.fileExists(atPath: elsewhere.path), "the link was followed")
    }
  }

  @Test func longPackIDsThatDifferOnlyAtTheEndGetDifferentFolders() {
    let stem = String(repeating: "a", count: 200)
    let first = DataPaths.safeComponent(stem + "-one")
    let second = DataPaths.safeComponent(stem + "-two")
    #expect(first != second)
    #expect(first.count <= 120 && second.count <= 120)
    #expect(first.hasPrefix(String(repeating: "a", count: 100) + "-"))
    // Short ids keep the names they always had, so saved data is found where it was.
    #expect(DataPaths.safeComponent("devrel-guide") == "devrel-guide")
    #expect(DataPaths.safeComponent(String(repeating: "b", count: 120)).count == 120)
  }

  @Test func aDecodedDocumentTheStoreRefusesIsSetAsideLikeADamagedOne() throws {
    try withTemporaryFolder { folder in
      let store = DocumentStore(
        path: folder.appendingPathComponent("history.json").path, formatVersion: 1,
        empty: Notes(), accepts: { !$0.items.contains("bad") })
      let bytes = Data("{\"format\":1,\"document\":{\"items\":[\"bad\"]}}".utf8)
      try bytes.write(to: store.fileURL)

      let kept = try #require(quarantinedURL(store.load()))
      #expect(try Data(contentsOf: kept) == bytes)
      #expect(try store.update { $0.items.append("good") } == Notes(items: ["good"]))
    }
  }
}
