import Foundation
import Testing

@testable import GuideStore

@Suite struct AtomicFileTests {
  @Test func writeCreatesAPrivateFolderAndAPrivateFile() throws {
    try withTemporaryFolder { folder in
      let file = folder.appendingPathComponent("a/b/notes.json")
      try AtomicFile.write(Data("hello".utf8), to: file.path)
      #expect(try Data(contentsOf: file) == Data("hello".utf8))
      #expect(try mode(of: folder.appendingPathComponent("a")) == 0o700)
      #expect(try mode(of: folder.appendingPathComponent("a/b")) == 0o700)
      #expect(try mode(of: file) == 0o600)
    }
  }

  @Test func writeReplacesTheContentAndLeavesNoTemporaryFilesBehind() throws {
    try withTemporaryFolder { folder in
      let file = folder.appendingPathComponent("notes.json")
      try AtomicFile.write(Data("first".utf8), to: file.path)
      try AtomicFile.write(Data("second".utf8), to: file.path)
      #expect(try Data(contentsOf: file) == Data("second".utf8))
      #expect(try names(in: folder) == ["notes.json"])
    }
  }

  @Test func aFailedWriteLeavesTheOldContentIntact() throws {
    try withTemporaryFolder { folder in
      // A folder at the target path makes the final rename fail.
      let target = folder.appendingPathComponent("notes.json")
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
      let inner = target.appendingPathComponent("keep.txt")
      try Data("old".utf8).write(to: inner)

      let error = #expect(throws: StoreError.self) {
        try AtomicFile.write(Data("new".utf8), to: target.path)
      }
      #expect(error?.kind == .writeFailed)
      #expect(try Data(contentsOf: inner) == Data("old".utf8))
      #expect(try names(in: folder) == ["notes.json"])
    }
  }

  @Test func writeThrowsWhenTheFolderCannotBeCreated() throws {
    try withTemporaryFolder { folder in
      let blocker = folder.appendingPathComponent("blocker")
      try Data("I am a file".utf8).write(to: blocker)
      let error = #expect(throws: StoreError.self) {
        try AtomicFile.write(
          Data("new".utf8), to: blocker.appendingPathComponent("x/notes.json").path)
      }
      #expect(error?.kind == .folderUnavailable)
      #expect(try Data(contentsOf: blocker) == Data("I am a file".utf8))
    }
  }
}
