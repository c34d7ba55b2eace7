import Foundation
import Synchronization
import Testing

@testable import GuideStore

/// A damaged file the store must move aside, byte for byte.
struct DamagedFile: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: Data
  var testDescription: String { name }

  static let all: [DamagedFile] = [
    DamagedFile(name: "empty", bytes: Data()),
    DamagedFile(name: "truncated", bytes: Data(#"{"document": {"items": ["a", "#.utf8)),
    DamagedFile(name: "binary junk", bytes: Data([0x00, 0xFF, 0xFE, 0x7B, 0x80, 0x0A, 0x01])),
    DamagedFile(
      name: "wrong shape", bytes: Data(#"{"document": {"items": 5}, "format": 1}"#.utf8)),
    DamagedFile(name: "not an object", bytes: Data("[1, 2, 3]".utf8)),
    DamagedFile(name: "no format", bytes: Data(#"{"document": {"items": []}}"#.utf8)),
  ]
}

@Suite struct DocumentStoreTests {
  @Test func aSavedDocumentLoadsBackUnchanged() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      let saved = try store.update { $0.items.append("first") }
      #expect(saved == Notes(items: ["first"]))
      #expect(store.load() == .loaded(Notes(items: ["first"])))
    }
  }

  @Test func theFileIsVersionedPrettyAndSorted() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      _ = try store.update { $0.items.append("a/b") }
      let text = try String(contentsOf: store.fileURL, encoding: .utf8)
      #expect(text.contains(#""format" : 1"#))
      #expect(text.contains(#""a/b""#))
      #expect(text.split(separator: "\n").count > 3)
      let document = try #require(text.range(of: #""document""#))
      let format = try #require(text.range(of: #""format""#))
      #expect(document.lowerBound < format.lowerBound)
    }
  }

  @Test func aMissingFileLoadsAsMissingAndCreatesNothing() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder.appendingPathComponent("sub"))
      #expect(store.load() == .missing)
      let created = try names(in: folder)
      #expect(created.isEmpty)
    }
  }

  @Test func anOlderFormatIsStillRead() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      try Data(#"{"format": 0, "document": {"items": ["old"]}}"#.utf8).write(to: store.fileURL)
      #expect(store.load() == .loaded(Notes(items: ["old"])))
    }
  }

  @Test(arguments: DamagedFile.all)
  func aDamagedFileIsMovedAsideWithItsExactBytesAndTheNextUpdateWorks(
    damaged: DamagedFile
  ) throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      try damaged.bytes.write(to: store.fileURL)

      let moved = try #require(quarantinedURL(store.load()))
      #expect(moved.deletingLastPathComponent().path == folder.path)
      #expect(moved.lastPathComponent.wholeMatch(of: #/history\.json\.corrupt-\d{8}T\d{6}/#) != nil)
      #expect(try Data(contentsOf: moved) == damaged.bytes)
      #expect(store.load() == .missing)

      _ = try store.update { $0.items.append("fresh") }
      #expect(store.load() == .loaded(Notes(items: ["fresh"])))
      #expect(try Data(contentsOf: moved) == damaged.bytes)
    }
  }

  @Test func updateMovesADamagedFileAsideBeforeStartingOver() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      let junk = Data("not json".utf8)
      try junk.write(to: store.fileURL)

      #expect(try store.update { $0.items.append("fresh") } == Notes(items: ["fresh"]))
      let corrupt = try names(in: folder).filter { $0.contains(".corrupt-") }
      #expect(corrupt.count == 1)
      let moved = folder.appendingPathComponent(try #require(corrupt.first))
      #expect(try Data(contentsOf: moved) == junk)
    }
  }

  @Test func quarantiningTwiceNeverOverwritesTheEarlierCopy() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      try Data("first junk".utf8).write(to: store.fileURL)
      let first = try #require(quarantinedURL(store.load()))
      try Data("second junk".utf8).write(to: store.fileURL)
      let second = try #require(quarantinedURL(store.load()))

      #expect(first != second)
      #expect(try Data(contentsOf: first) == Data("first junk".utf8))
      #expect(try Data(contentsOf: second) == Data("second junk".utf8))
    }
  }

  @Test func aFileFromANewerVersionIsLeftUntouchedAndUpdateRefusesToWrite() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      let newer = Data(#"{"format": 2, "document": {"entries": {"shape": "new"}}}"#.utf8)
      try newer.write(to: store.fileURL)

      #expect(store.load() == .newerFormat(2))
      let error = #expect(throws: StoreError.self) {
        try store.update { $0.items.append("lost?") }
      }
      #expect(error?.kind == .newerFormat)
      #expect(
        error?.description
          == "results were not saved: history.json was written by a newer version of devrel-guide")
      #expect(try Data(contentsOf: store.fileURL) == newer)
      #expect(try names(in: folder).filter { $0.contains(".corrupt-") } == [])
    }
  }

  @Test func aTwentyMegabyteFileIsQuarantined() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      let size = 20 * 1024 * 1024
      try Data(repeating: UInt8(ascii: " "), count: size).write(to: store.fileURL)

      let moved = try #require(quarantinedURL(store.load()))
      let attributes = try FileManager.default.attributesOfItem(atPath: moved.path)
      #expect(attributes[.size] as? Int == size)
      #expect(store.load() == .missing)
    }
  }

  @Test func aValidFileOverASmallLimitIsQuarantinedToo() throws {
    try withTemporaryFolder { folder in
      _ = try makeStore(in: folder).update { $0.items.append("a long enough entry") }
      #expect(quarantinedURL(makeStore(in: folder, maxBytes: 10).load()) != nil)
    }
  }

  @Test func updateSaysNotSavedWhenTheParentFolderIsARegularFile() throws {
    try withTemporaryFolder { folder in
      let blocker = folder.appendingPathComponent("blocker")
      try Data("a file".utf8).write(to: blocker)
      let store = makeStore(in: blocker.appendingPathComponent("sub"))

      let error = #expect(throws: StoreError.self) {
        try store.update { $0.items.append("x") }
      }
      let description = error?.description ?? ""
      #expect(description.contains("not saved"))
      #expect(description.contains("blocker is not a folder"))
      #expect(!description.contains("\n"))
      switch store.load() {
      case .missing, .unreadable: break
      case let other: Issue.record("unexpected load result \(other)")
      }
    }
  }

  @Test(.disabled(if: geteuid() == 0, "root ignores file permissions"))
  func aReadOnlyFolderKeepsItsFileAndUpdateSaysNotSaved() throws {
    try withTemporaryFolder { folder in
      let locked = folder.appendingPathComponent("locked")
      let store = makeStore(in: locked)
      _ = try store.update { $0.items.append("kept") }
      let before = try Data(contentsOf: store.fileURL)
      #expect(chmod(locked.path, 0o500) == 0)
      defer { chmod(locked.path, 0o700) }

      #expect(store.load() == .loaded(Notes(items: ["kept"])))
      let error = #expect(throws: StoreError.self) {
        try store.update { $0.items.append("lost") }
      }
      #expect(error?.description.contains("not saved") == true)
      #expect(try Data(contentsOf: store.fileURL) == before)
    }
  }

  @Test(.disabled(if: geteuid() == 0, "root ignores file permissions"))
  func aFileWeMayNotReadIsReportedAndNeverReplaced() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      _ = try store.update { $0.items.append("secret") }
      let before = try Data(contentsOf: store.fileURL)
      #expect(chmod(store.fileURL.path, 0o000) == 0)
      defer { chmod(store.fileURL.path, 0o600) }

      #expect(
        store.load() == .unreadable("history.json cannot be read: you do not have permission"))
      let error = #expect(throws: StoreError.self) {
        try store.update { $0.items.append("x") }
      }
      #expect(error?.kind == .unreadable)
      #expect(chmod(store.fileURL.path, 0o600) == 0)
      #expect(try Data(contentsOf: store.fileURL) == before)
    }
  }

  @Test func aFolderAtTheFilePathIsUnreadableAndNeverReplaced() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      try FileManager.default.createDirectory(at: store.fileURL, withIntermediateDirectories: false)

      guard case .unreadable(let reason) = store.load() else {
        Issue.record("expected .unreadable")
        return
      }
      #expect(reason.contains("history.json"))
      let error = #expect(throws: StoreError.self) {
        try store.update { $0.items.append("x") }
      }
      #expect(error?.kind == .unreadable)
      #expect(error?.description.contains("not saved") == true)
      var isFolder: ObjCBool = false
      #expect(FileManager.default.fileExists(atPath: store.fileURL.path, isDirectory: &isFolder))
      #expect(isFolder.boolValue)
    }
  }

  @Test func concurrentUpdatesAllKeepTheirEntries() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder)
      let failures = Mutex<[String]>([])
      DispatchQueue.concurrentPerform(iterations: 8) { index in
        do {
          _ = try store.update { $0.items.append("entry \(index)") }
        } catch {
          failures.withLock { $0.append("\(error)") }
        }
      }
      #expect(failures.withLock { $0 } == [])
      guard case .loaded(let notes) = store.load() else {
        Issue.record("expected a loaded document")
        return
      }
      #expect(Set(notes.items) == Set((0..<8).map { "entry \($0)" }))
      #expect(notes.items.count == 8)
      let leftovers = try names(in: folder)
      #expect(leftovers == ["history.json", "history.json.lock"])
    }
  }

  @Test func removeDeletesTheFileAndAMissingFileIsFine() throws {
    try withTemporaryFolder { folder in
      let store = makeStore(in: folder, name: "quiz.json")
      _ = try store.update { $0.items.append("question 3") }
      try store.remove()
      #expect(store.load() == .missing)
      try store.remove()
      try makeStore(in: folder.appendingPathComponent("never-created")).remove()
    }
  }
}
