import Foundation
import Testing

@testable import GuideStore

/// The one bounded read every caller uses: its limit, and what it refuses without waiting.
@Suite("Reading a file within bounds")
struct BoundedFileTests {
  func file(_ folder: URL, _ name: String, bytes: Int) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try Data(repeating: UInt8(ascii: "a"), count: bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aFileAtTheLimitIsReadAndOneByteMoreIsRefused() throws {
    try withTemporaryFolder { folder in
      let fits = try file(folder, "fits", bytes: 40)
      #expect(try BoundedFile.read(fits, limit: 40) == [UInt8](repeating: 97, count: 40))
      let over = try file(folder, "over", bytes: 41)
      let error = #expect(throws: FileReadError.self) { try BoundedFile.read(over, limit: 40) }
      #expect(error == FileReadError(over, .tooLarge(limit: 40)))
      #expect(error?.description == "\(over) is larger than 40 bytes")
    }
  }

  /// Large enough that the buffer has to grow: nothing is lost where it does.
  @Test func aFileLargerThanTheFirstBufferArrivesWhole() throws {
    try withTemporaryFolder { folder in
      let path = folder.appendingPathComponent("big").path
      let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      #expect(try BoundedFile.read(path, limit: 1_000_000) == bytes)
    }
  }

  @Test func standardInputOverTheLimitIsRefusedAfterOneByteMore() throws {
    // Close-on-exec, so no program another test starts meanwhile inherits the pipe.
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    defer { close(ends[0]) }
    #expect(write(ends[1], [UInt8](repeating: 1, count: 100), 100) == 100)
    close(ends[1])
    #expect(throws: FileReadError("standard input", .tooLarge(limit: 99))) {
      try BoundedFile.read(descriptor: ends[0], name: "standard input", limit: 99)
    }
  }

  @Test func theSizeIsAskedAboutBeforeTheFileIsRead() throws {
    try withTemporaryFolder { folder in
      let path = try file(folder, "posting", bytes: 10)
      var asked: [Int] = []
      let error = #expect(throws: FileReadError.self) {
        try BoundedFile.read(path, limit: 100) {
          asked.append($0)
          return "needs more memory"
        }
      }
      #expect(asked == [10])
      #expect(error?.sentence == "is not read: needs more memory")
    }
  }

  @Test func aMissingFileAndAMissingFolderSayDoesNotExist() throws {
    try withTemporaryFolder { folder in
      let missing = folder.appendingPathComponent("missing").path
      #expect(throws: FileReadError(missing, .missing)) {
        try BoundedFile.read(missing, limit: 10)
      }
      let regular = try file(folder, "file", bytes: 1)
      #expect(throws: FileReadError(regular + "/x", .notAFolderOnTheWay)) {
        try BoundedFile.read(regular + "/x", limit: 10)
      }
    }
  }

  @Test(.disabled(if: geteuid() == 0, "root ignores file permissions"))
  func aFileWithoutReadPermissionIsUnreadable() throws {
    try withTemporaryFolder { folder in
      let path = try file(folder, "secret", bytes: 1)
      #expect(chmod(path, 0) == 0)
      let error = #expect(throws: FileReadError.self) { try BoundedFile.read(path, limit: 10) }
      #expect(error?.sentence == "cannot be read: you do not have permission")
    }
  }

  @Test func foldersDevicesAndLinksAreNotRegularFiles() throws {
    try withTemporaryFolder { folder in
      #expect(throws: FileReadError(folder.path, .folder)) {
        try BoundedFile.read(folder.path, limit: 10)
      }
      #expect(throws: FileReadError("/dev/zero", .device)) {
        try BoundedFile.read("/dev/zero", limit: 10, accepting: .init(links: true, pipes: true))
      }
      let target = try file(folder, "target", bytes: 3)
      let link = folder.appendingPathComponent("link").path
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
      #expect(throws: FileReadError(link, .link)) { try BoundedFile.read(link, limit: 10) }
      #expect(try BoundedFile.read(link, limit: 10, accepting: .init(links: true)).count == 3)
    }
  }

  /// A FIFO with no writer would block a plain `open` or `read` for ever.
  @Test func aFIFOIsRefusedAtOnceUnlessTheCallerTakesPipes() throws {
    try withTemporaryFolder { folder in
      let fifo = folder.appendingPathComponent("fifo").path
      #expect(mkfifo(fifo, 0o600) == 0)
      let link = folder.appendingPathComponent("link").path
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fifo)
      let elapsed = ContinuousClock().measure {
        #expect(throws: FileReadError(fifo, .pipe)) { try BoundedFile.read(fifo, limit: 10) }
        #expect(throws: FileReadError(link, .pipe)) {
          try BoundedFile.read(link, limit: 10, accepting: .init(links: true))
        }
      }
      #expect(elapsed < .seconds(1))

      let writer = Thread {
        let descriptor = open(fifo, O_WRONLY | O_CLOEXEC)
        _ = "piped".withCString { write(descriptor, $0, 5) }
        close(descriptor)
      }
      writer.start()
      let bytes = try BoundedFile.read(fifo, limit: 10, accepting: .init(pipes: true))
      #expect(String(decoding: bytes, as: UTF8.self) == "piped")
    }
  }

  @Test func limitsAreWorded() {
    #expect(FileReadError.size(4 * 1024 * 1024) == "4 MB")
    #expect(FileReadError.size(64 * 1024) == "64 KB")
    #expect(FileReadError.size(1) == "1 byte")
    #expect(FileReadError("a\u{1B}[2Jb", .folder).description == "a?[2Jb is a folder, not a file")
  }
}
