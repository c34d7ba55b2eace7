import GuideCore
import GuidePosting
import GuideStore

/// Reads a posting file for the full screen, where nothing may hang the app or reach past
/// what was typed: the reader (`BoundedFile`) refuses links, FIFOs and devices and reads at most
/// `PostingInput.maxBytes`, and the bytes must be text (`PostingInput.decode`, as for
/// `devrel-guide posting`).
enum PostingFileReader {
  /// The file at `path` as typed; `~/` at its start is the home folder (`HOME`).
  static func read(_ path: String, _ dependencies: Dependencies) -> PostingFile {
    var full = path
    if path == "~" || path.hasPrefix("~/"), let home = dependencies.environment("HOME"),
      !home.isEmpty
    {
      full = home + path.dropFirst()
    }
    let bytes: [UInt8]
    do {
      bytes = try dependencies.readFile(full, PostingInput.maxBytes)
    } catch {
      return .unreadable(error.sentence)
    }
    do {
      let (text, repaired) = try PostingInput.decode(bytes)
      return .text(text, repaired: repaired)
    } catch {
      return .unreadable(error.description)
    }
  }
}
