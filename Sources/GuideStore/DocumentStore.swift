import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `DocumentStore.load()` found on disk.
public enum LoadResult<Document> {
  /// There is no file yet; callers start from the empty document.
  case missing
  case loaded(Document)
  /// The file could not be parsed. It was renamed to `movedTo`, where it is kept so a
  /// person can look at it; callers start from the empty document.
  case quarantined(movedTo: String)
  /// The file was written by a newer version (this format number). It is left alone and
  /// `update` refuses to overwrite it.
  case newerFormat(Int)
  /// The file exists but cannot be read (the text says why). It is left alone and
  /// `update` refuses to overwrite it.
  case unreadable(String)
}

extension LoadResult: Sendable where Document: Sendable {}
extension LoadResult: Equatable where Document: Equatable {}

/// One JSON document in one file, e.g. the quiz history of a content pack.
///
/// The file reads `{"document": {...}, "format": N}`, pretty-printed with sorted keys so
/// people can read and diff it. The store never silently loses data: files it cannot
/// parse are moved aside, files from newer versions are never overwritten, and
/// concurrent updates from several processes are serialised with a lock file.
///
/// `Codable` is asked of the methods, not of the type: a generic type's own requirements are
/// checked at run time when its metadata is made, by a scan of every conformance in the
/// binary, which made four stores cost a tenth of start-up.
public struct DocumentStore<Document: Sendable>: Sendable {
  public let path: String
  /// The format this version writes; files with a higher number are left alone.
  /// Lower numbers are decoded as the current `Document` (add fields as optionals).
  public let formatVersion: Int
  /// The document to start from when there is no usable file.
  public let empty: Document
  /// Larger files are treated as damaged and quarantined without being read into memory.
  public let maxBytes: Int
  /// Whether a decoded document holds only values the app can use (scores within 0–100,
  /// indexes that are not negative...). A file that parses but fails this is damaged too:
  /// it is set aside, never handed to code that would trap on it.
  public let accepts: @Sendable (Document) -> Bool

  public init(
    path: String, formatVersion: Int, empty: Document, maxBytes: Int = 16 * 1024 * 1024,
    accepts: @escaping @Sendable (Document) -> Bool = { _ in true }
  ) {
    self.path = path
    self.formatVersion = formatVersion
    self.empty = empty
    self.maxBytes = maxBytes
    self.accepts = accepts
  }

  /// `NAME.lock` next to the file. It is never deleted: deleting a lock file while
  /// another process waits on it would let two writers in at once.
  public var lockPath: String { path + ".lock" }

  private var name: String { Paths.name(of: path) }
}

extension DocumentStore where Document: Codable {
  /// Reads the file. Never throws and never writes, except to move a damaged file aside.
  public func load() -> LoadResult<Document> {
    guard case .found(let result) = readFile() else { return quarantineDamagedFile() }
    return result
  }

  /// Applies `change` to the current document on disk and saves the result.
  ///
  /// The file is re-read under an exclusive lock, so two processes that update at the
  /// same moment both keep their changes. Returns the saved document. An error `change`
  /// throws leaves the file as it was, and comes out of `update`.
  public func update(_ change: (inout Document) throws -> Void) throws -> Document {
    try AtomicFile.ensureDirectory(Paths.parent(of: path))
    return try withExclusiveLock {
      var document = try currentDocumentForUpdate()
      try change(&document)
      AtomicFile.removeLeftovers(of: path)
      try AtomicFile.write(try encode(document), to: path)
      return document
    }
  }

  /// Deletes the file, e.g. a quiz in progress that has been finished. A missing file is
  /// not an error.
  public func remove() throws {
    guard unlink(path) != 0 else { return }
    let code = errno
    guard code != ENOENT, code != ENOTDIR else { return }
    throw StoreError(
      .removeFailed, path: path, detail: "could not remove \(name): \(errnoText(code))")
  }

  // MARK: - Reading

  /// The file's state; `damaged` is kept apart because acting on it needs the lock.
  private enum Reading {
    case found(LoadResult<Document>)
    case damaged
  }

  /// Through `BoundedFile`: a link, FIFO or device at our path is refused, never followed or
  /// waited on; a file over `maxBytes` is damaged and set aside without being read whole.
  private func readFile() -> Reading {
    do {
      return decode(Data(try BoundedFile.read(path, limit: maxBytes)))
    } catch {
      switch error.reason {
      // A parent that is a regular file means no file can be there; saving will say why.
      case .missing, .notAFolderOnTheWay: return .found(.missing)
      case .tooLarge: return .damaged
      default: return .found(.unreadable("\(name) \(error.sentence)"))
      }
    }
  }

  private func decode(_ bytes: Data) -> Reading {
    let decoder = JSONDecoder()
    // Look at the format number first: a newer file may have a shape we cannot decode,
    // and it must be left alone rather than treated as damaged.
    guard let probe = try? decoder.decode(FormatProbe.self, from: bytes) else { return .damaged }
    if probe.format > formatVersion { return .found(.newerFormat(probe.format)) }
    guard let envelope = try? decoder.decode(Envelope<Document>.self, from: bytes),
      accepts(envelope.document)
    else { return .damaged }
    return .found(.loaded(envelope.document))
  }

  // MARK: - Writing

  private func currentDocumentForUpdate() throws -> Document {
    switch readFile() {
    case .damaged:
      _ = try quarantine()
      return empty
    case .found(.loaded(let document)):
      return document
    case .found(.newerFormat):
      throw StoreError(
        .newerFormat, path: path,
        detail: "\(name) was written by a newer version of devrel-guide")
    case .found(.unreadable(let reason)):
      throw StoreError(.unreadable, path: path, detail: reason)
    case .found(.missing), .found(.quarantined):
      return empty
    }
  }

  private func encode(_ document: Document) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      var data = try encoder.encode(Envelope(format: formatVersion, document: document))
      data.append(0x0A)
      return data
    } catch {
      throw StoreError(.encodingFailed, path: path, detail: "could not encode \(name): \(error)")
    }
  }

  // MARK: - Locking and quarantine

  /// Runs `body` while holding an exclusive `flock` on the lock file.
  ///
  /// Each call opens its own descriptor, and `flock` locks belong to the open file
  /// description, so this excludes other threads of this process as well as other
  /// processes. Closing the descriptor releases the lock even if `body` throws.
  private func withExclusiveLock<T>(_ body: () throws -> T) throws -> T {
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw StoreError(
        .lockFailed, path: lockPath, detail: "could not lock \(name): \(errnoText(errno))")
    }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      let code = errno
      guard code == EINTR else {
        throw StoreError(
          .lockFailed, path: lockPath, detail: "could not lock \(name): \(errnoText(code))")
      }
    }
    return try body()
  }

  /// Takes the lock, checks again, and moves the file aside only if it is still damaged:
  /// another process may have just replaced it with a good one.
  private func quarantineDamagedFile() -> LoadResult<Document> {
    do {
      return try withExclusiveLock {
        guard case .found(let result) = readFile() else {
          return .quarantined(movedTo: try quarantine())
        }
        return result
      }
    } catch let error as StoreError where error.kind == .quarantineFailed {
      return .unreadable(error.detail)
    } catch let error as StoreError {
      return .unreadable("\(name) is damaged and could not be moved aside: \(error.detail)")
    } catch {
      return .unreadable("\(name) is damaged and could not be moved aside: \(error)")
    }
  }

  /// Renames the file to `NAME.corrupt-YYYYMMDDTHHMMSS` (plus `-2`, `-3`, ... if taken),
  /// never replacing an earlier quarantined file. Call with the lock held.
  private func quarantine() throws -> String {
    let base = "\(path).corrupt-\(Self.timestamp())"
    var code: Int32 = EEXIST
    for attempt in 1...1000 {
      let target = attempt == 1 ? base : "\(base)-\(attempt)"
      code = Self.moveWithoutReplacing(path, to: target)
      if code == 0 { return target }
      if code != EEXIST { break }
    }
    throw StoreError(
      .quarantineFailed, path: path,
      detail: "\(name) is damaged and could not be moved aside: \(errnoText(code))")
  }

  /// Returns 0 or an errno. `rename` would silently replace an existing target, so we
  /// use `link` + `unlink`, which fails with EEXIST instead.
  private static func moveWithoutReplacing(_ source: String, to target: String) -> Int32 {
    if link(source, target) == 0 {
      if unlink(source) == 0 { return 0 }
      let code = errno
      unlink(target)
      return code
    }
    let code = errno
    // Some file systems have no hard links; there, check then rename. We hold the
    // store's lock, so no other devrel-guide can race us.
    guard code == EPERM || code == ENOTSUP || code == ENOSYS else { return code }
    if access(target, F_OK) == 0 { return EEXIST }
    return rename(source, target) == 0 ? 0 : errno
  }

  /// Local time, so the name matches when the user noticed the problem.
  private static func timestamp() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    var text = [CChar](repeating: 0, count: 32)
    let count = strftime(&text, text.count, "%Y%m%dT%H%M%S", &parts)
    return String(decoding: text.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// The on-disk wrapper; the format number lets future versions change the document.
private struct Envelope<Body: Codable>: Codable {
  var format: Int
  var document: Body
}

private struct FormatProbe: Decodable {
  var format: Int
}
