import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file so that, even after a crash or power loss, it holds either the old
/// content or the new content, never a mix or nothing.
///
/// `Data.write(options: .atomic)` renames too, but never calls `fsync`, so after a power
/// loss the renamed file can be empty. Here the data reaches the disk before the rename,
/// and the rename reaches the disk before we return.
public enum AtomicFile {
  /// Writes `data` to `path`, creating the folder (mode 0700) if needed.
  ///
  /// Throws `StoreError` on failure; the old file is then untouched and no temporary
  /// file is left behind.
  public static func write(_ data: Data, to path: String) throws {
    let directory = Paths.parent(of: path)
    try ensureDirectory(directory)
    let name = Paths.name(of: path)
    func failure(_ what: String, _ code: Int32) -> StoreError {
      StoreError(.writeFailed, path: path, detail: "could not \(what) \(name): \(errnoText(code))")
    }

    let (descriptor, temporaryPath) = try createTemporaryFile(for: path)
    var renamed = false
    defer {
      if !renamed { unlink(temporaryPath) }
    }
    do {
      try writeAll(data, to: descriptor, failure: { failure("write", $0) })
      guard fsync(descriptor) == 0 else { throw failure("flush", errno) }
    } catch {
      close(descriptor)
      throw error
    }
    // A failing close can report a delayed write error, so it counts as a failure.
    guard close(descriptor) == 0 else { throw failure("write", errno) }
    guard rename(temporaryPath, path) == 0 else { throw failure("replace", errno) }
    renamed = true
    syncDirectory(directory)
  }

  /// Deletes temporary files of `path` that an earlier writer left when it was killed before
  /// its rename. Call only with the file's lock held: then no live writer owns one.
  static func removeLeftovers(of path: String) {
    let directory = Paths.parent(of: path)
    let prefix = ".\(Paths.name(of: path)).", suffix = ".tmp"
    guard let folder = opendir(directory) else { return }
    defer { closedir(folder) }
    var leftovers: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count {
        leftovers.append(name)
      }
    }
    for name in leftovers { unlink(Paths.join(directory, name)) }
  }

  /// Creates `directory` and any missing parents with mode 0700, and checks that we can
  /// create files in it, so callers get one clear error instead of a confusing later one.
  static func ensureDirectory(_ path: String) throws {
    if let problem = makeDirectories(path) {
      throw StoreError(
        .folderUnavailable, path: path,
        detail: "could not create folder \(path): \(problem)")
    }
    guard access(path, W_OK | X_OK) == 0 else {
      throw StoreError(
        .folderUnavailable, path: path,
        detail: "folder \(path) is not writable: \(errnoText(errno))")
    }
  }

  /// `mkdir -p`; returns why it failed, or nil on success.
  private static func makeDirectories(_ path: String) -> String? {
    var info = stat()
    if stat(path, &info) == 0 {
      return info.st_mode & S_IFMT == S_IFDIR ? nil : "\(path) is not a folder"
    }
    let code = errno
    // ENOTDIR means a parent is not a folder: recurse so the message can name it.
    guard code == ENOENT || code == ENOTDIR else { return errnoText(code) }
    let parent = Paths.parent(of: path)
    if parent != path, !parent.isEmpty, let problem = makeDirectories(parent) {
      return problem
    }
    if mkdir(path, 0o700) != 0, errno != EEXIST { return errnoText(errno) }
    return nil
  }

  /// Opens a new, uniquely named file next to the target. Same folder means same file
  /// system, which `rename` needs in order to be atomic.
  private static func createTemporaryFile(for target: String) throws -> (Int32, String) {
    let directory = Paths.parent(of: target)
    var lastError: Int32 = 0
    for _ in 0..<16 {
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let path = Paths.join(directory, ".\(Paths.name(of: target)).\(suffix).tmp")
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor >= 0 { return (descriptor, path) }
      lastError = errno
      if lastError != EEXIST { break }
    }
    throw StoreError(
      .writeFailed, path: target,
      detail: "could not create a file in \(directory): \(errnoText(lastError))")
  }

  private static func writeAll(
    _ data: Data, to descriptor: Int32, failure: (Int32) -> StoreError
  ) throws {
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < buffer.count {
        let written = posixWrite(
          descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw failure(errno)
        }
        offset += written
      }
    }
  }

  /// Makes the rename itself durable. Errors are ignored: the new content is already in
  /// place, and some file systems simply do not support syncing a folder.
  private static func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}

/// The C `write`; inside `AtomicFile` the plain name would mean `AtomicFile.write`.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
