import Foundation
import Testing

@testable import GuidePackLoader

/// Pack folders that are links, hold things that are not files, or are built to be costly.
@Suite("Reading a pack folder")
struct PackFolderTests {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("pack-folder-\(UUID().uuidString)")

  func write(_ text: String, to relative: String) throws {
    let url = folder.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test func aFolderGivenAsASymbolicLinkIsRead() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try write("id: a\n", to: "real/pack.yaml")
    try write("id: b\n", to: "real/topics/b.yaml")
    let link = folder.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(
      at: link, withDestinationURL: folder.appendingPathComponent("real"))

    let source = try PackSource.directory(link.path)
    #expect(source.files.map(\.path) == ["pack.yaml", "topics/b.yaml"])
  }

  @Test func linksFIFOsAndDevicesInsideThePackAreNotRead() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try write("id: a\n", to: "pack.yaml")
    try write("secret: 1\n", to: "outside.txt")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("topics"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("topics/link.yaml"),
      withDestinationURL: folder.appendingPathComponent("outside.txt"))
    #expect(mkfifo(folder.appendingPathComponent("topics/fifo.yaml").path, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("topics/null.yaml"),
      withDestinationURL: URL(fileURLWithPath: "/dev/null"))

    let source = try PackSource.directory(folder.path)
    #expect(source.files.map(\.path) == ["pack.yaml"])
  }

  @Test func aFolderTreeTooDeepIsAClearError() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try write("id: a\n", to: "pack.yaml")
    let deep = (0..<40).map { "d\($0)" }.joined(separator: "/")
    try write("id: b\n", to: deep + "/t.yaml")

    #expect(throws: PackSourceError.self) { try PackSource.directory(folder.path) }
    do {
      _ = try PackSource.directory(folder.path)
    } catch {
      #expect("\(error)".hasSuffix(": folders are nested deeper than 16 levels"))
    }
  }

  @Test func aPackOfTooManyFilesIsRefusedBeforeAnyIsRead() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try write("id: a\n", to: "pack.yaml")
    let topics = folder.appendingPathComponent("topics")
    try FileManager.default.createDirectory(at: topics, withIntermediateDirectories: true)
    for index in 0..<PackLimits.maxFiles {
      #expect(
        FileManager.default.createFile(atPath: topics.path + "/t\(index).yaml", contents: nil))
    }
    #expect(throws: PackSourceError.tooManyFiles(folder.path, limit: PackLimits.maxFiles)) {
      try PackSource.directory(folder.path)
    }
    try FileManager.default.removeItem(at: topics.appendingPathComponent("t0.yaml"))
    #expect(try PackSource.directory(folder.path).files.count == PackLimits.maxFiles)
  }

  @Test(.enabled(if: getuid() != 0, "permissions do not stop root"))
  func anUnreadableSubfolderIsAClearErrorNotACocoaError() throws {
    defer {
      chmod(folder.appendingPathComponent("topics").path, 0o700)
      try? FileManager.default.removeItem(at: folder)
    }
    try write("id: a\n", to: "pack.yaml")
    try write("id: b\n", to: "topics/b.yaml")
    chmod(folder.appendingPathComponent("topics").path, 0)

    #expect(
      throws: PackSourceError.unreadable(folder.appendingPathComponent("topics").path, EACCES)
    ) {
      try PackSource.directory(folder.path)
    }
  }

  @Test func aFileThatGrowsPastTheLimitWhileReadIsRefused() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(String(repeating: "a", count: 50), to: "pack.yaml")
    #expect(throws: PackSourceError.tooLarge(folder.path, limit: 40)) {
      try PackSource.directory(folder.path, maxBytes: 40)
    }
  }
}
