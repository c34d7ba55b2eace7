import Foundation

@testable import GuideStore

/// The document the tests store: a list, so concurrent appends can be counted.
struct Notes: Codable, Sendable, Equatable {
  var items: [String] = []
}

/// Runs `body` with a fresh, empty folder that is deleted afterwards.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("GuideStoreTests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  return try body(folder)
}

func makeStore(
  in folder: URL, name: String = "history.json", maxBytes: Int = 16 * 1024 * 1024
) -> DocumentStore<Notes> {
  DocumentStore(
    path: folder.appendingPathComponent(name).path, formatVersion: 1, empty: Notes(),
    maxBytes: maxBytes)
}

/// Every name in `folder`, hidden ones included, sorted.
func names(in folder: URL) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
}

func quarantinedURL(_ result: LoadResult<Notes>) -> URL? {
  if case .quarantined(let path) = result { return URL(fileURLWithPath: path) }
  return nil
}

/// The tests work with URLs (temporary folders, FileManager); the store takes paths.
extension DocumentStore {
  var fileURL: URL { URL(fileURLWithPath: path) }
  var lockURL: URL { URL(fileURLWithPath: lockPath) }
}

/// Permission bits of a file or folder.
func mode(of url: URL) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
  return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
}
