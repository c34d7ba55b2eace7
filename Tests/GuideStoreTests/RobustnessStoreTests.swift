import Foundation
import Testing

@testable import GuideStore

/// Saved data the store must survive without reading it whole or giving a wrong message.
struct RobustnessStoreTests {
  @Test func aParentThatIsARegularFileLoadsAsMissingNotAsUnreadable() throws {
    try withTemporaryFolder { folder in
      let blocker = folder.appendingPathComponent("blocker")
      try Data("a file".utf8).write(to: blocker)
      let store = makeStore(in: blocker.appendingPathComponent("sub"))
      #expect(store.load() == .missing)
      #expect(try Data(contentsOf: blocker) == Data("a file".utf8))
    }
  }

  @Test func aSparseHundredMegabyteFileIsMovedAsideWithoutBeingRead() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      let start = Data("{\"format\":1,\"document\":{\"items\":[".utf8)
      try start.write(to: store.fileURL)
      #expect(truncate(store.fileURL.path, 100 * 1024 * 1024) == 0)

      let clock = ContinuousClock()
      var result: LoadResult<Notes> = .missing
      let elapsed = clock.measure { result = store.load() }
      let kept = try #require(quarantinedURL(result))
      // Reading 100 MB and parsing it would take far longer than a rename.
      #expect(elapsed < .seconds(1))
      let size = try FileManager.default.attributesOfItem(atPath: kept.path)[.size] as? Int
      #expect(size == 100 * 1024 * 1024)
      let handle = try FileHandle(forReadingFrom: kept)
      defer { try? handle.close() }
      #expect(try handle.read(upToCount: start.count) == start)
      #expect(!FileManager.default.fileExists(atPath: store.fileURL.path))
    }
  }

  @Test func anEmptyFileIsMovedAsideAndTheNextSaveStartsAfresh() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      #expect(FileManager.default.createFile(atPath: store.fileURL.path, contents: Data()))
      let kept = try #require(quarantinedURL(store.load()))
      #expect(try Data(contentsOf: kept).isEmpty)
      #expect(try store.update { $0.items.append("new") } == Notes(items: ["new"]))
      #expect(FileManager.default.fileExists(atPath: kept.path))
    }
  }
}
