import Glibc
import GuideCore
import GuidePosting

/// Reads a posting file for the full screen, where nothing may hang the app or reach past
/// what was typed: links, FIFOs and devices are refused (opened with `O_NOFOLLOW` and
/// `O_NONBLOCK`, then checked to be a regular file), at most `PostingInput.maxBytes` are read,
/// and the bytes must be text (`PostingInput.decode`, as for `devrel-guide posting`).
enum PostingFileReader {
  /// The file at `path` as typed; `~/` at its start is the home folder.
  static func read(_ path: String, home: String?) -> PostingFile {
    var full = path
    if path == "~" || path.hasPrefix("~/"), let home, !home.isEmpty {
      full = home + path.dropFirst()
    }
    let bytes: [UInt8]
    do {
      bytes = try readBytes(full)
    } catch {
      return .unreadable(error.description)
    }
    do {
      let (text, repaired) = try PostingInput.decode(bytes)
      return .text(text, repaired: repaired)
    } catch {
      return .unreadable(error.description)
    }
  }

  /// Why a file was not read, as the end of a sentence that starts with its path.
  struct Failure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }

    /// Plain words for the errors a typed path meets most; the system's words for the rest.
    init(errno code: Int32) {
      switch code {
      case ENOENT: self.init("does not exist")
      case ENOTDIR: self.init("does not exist (a part of it is not a folder)")
      case EACCES, EPERM: self.init("cannot be read: you do not have permission")
      case ELOOP: self.init("is a symbolic link; type the path of the file it points to")
      default: self.init("cannot be read (\(String(cString: strerror(code))))")
      }
    }
  }

  private static func readBytes(_ path: String) throws(Failure) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(errno: errno) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw Failure(errno: errno) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw Failure("is a folder; type the path of a text file")
    default: throw Failure("is not a regular file (a FIFO, socket or device), so it is not read")
    }
    guard Int(info.st_size) <= PostingInput.maxBytes else {
      throw Failure(PostingInput.NotText.tooLarge.description)
    }
    if let shortfall = PostingMemory.shortfall(forBytes: Int(info.st_size)) {
      throw Failure("is not read: \(shortfall)")
    }
    // One byte past the limit, so a file that grew after `fstat` is still told apart.
    let limit = PostingInput.maxBytes + 1
    var bytes = [UInt8](repeating: 0, count: min(limit, Int(info.st_size) + 1))
    var count = 0
    while true {
      if count == bytes.count {
        guard bytes.count < limit else { break }
        bytes += [UInt8](repeating: 0, count: min(limit - bytes.count, max(4096, bytes.count)))
      }
      let read = bytes.withUnsafeMutableBufferPointer {
        Glibc.read(descriptor, $0.baseAddress?.advanced(by: count), $0.count - count)
      }
      if read < 0, errno == EINTR { continue }
      guard read >= 0 else { throw Failure(errno: errno) }
      if read == 0 { break }
      count += read
    }
    return Array(bytes.prefix(count))
  }
}
