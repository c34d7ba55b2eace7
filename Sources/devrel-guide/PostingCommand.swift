import ArgumentParser
import FoundationEssentials
import Glibc
import GuideContent
import GuideCore
import GuidePosting

/// `devrel-guide posting FILE`: what a job posting's words say, through the pack's lexicon.
struct PostingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "posting",
    abstract: "Read a job posting: what it emphasises, the closest roles, what to ask about.",
    discussion: """
      Every share and role comes with the words of the posting that led to it, and their line \
      numbers. Nothing is sent anywhere. Exits 1 when nothing in the posting relates to the \
      guide's subject, 65 when the file is not text (or the pack has no posting.yaml), 66 \
      when it is missing.
      """)

  @ParentCommand var root: DevrelGuide
  var global: GlobalOptions { root.global }

  @Argument(help: "A text file holding the posting, or - for standard input.")
  var file: String

  @Option(help: "text, markdown or json.")
  var format: OutputFormat = .text

  func run() throws {
    let pack = try global.loadPack()
    guard let lexicon = pack.posting else {
      printError("devrel-guide: this content pack has no posting.yaml, so it cannot read postings")
      throw ExitCode.badContent
    }
    let text = try readPosting()
    let reading = Timing.measure("posting read") { PostingReader(lexicon: lexicon).read(text) }
    switch format {
    case .text:
      let width = 78
      for line in PostingReport.text(reading) {
        let indent = String(repeating: " ", count: line.indent)
        let room = width - line.indent
        // Lines that fit keep their spacing (the bars are aligned); Wrap collapses spaces.
        let wrapped =
          CellWidth.of(line.text) <= room ? [line.text] : Wrap.text(line.text, width: room)
        for part in wrapped {
          print(part.isEmpty ? "" : indent + part)
        }
      }
    case .markdown:
      print(PostingReport.markdown(reading), terminator: "")
    case .json:
      print(try json(reading))
    }
    if !reading.relatesToSubject { throw ExitCode.nothingFound }
  }

  /// The posting's text; exits 66 when it cannot be read and 65 when it is not text.
  private func readPosting() throws -> String {
    let name = file == "-" ? "standard input" : file
    let bytes: [UInt8]
    do {
      bytes = try readAll(file)
    } catch {
      printError("devrel-guide: \(name): \(error)")
      throw ExitCode.missingInput
    }
    do {
      let (text, repaired) = try PostingInput.decode(bytes)
      if repaired > 0 {
        printError("devrel-guide: \(name): \(repaired) bytes were not UTF-8 and show as \u{FFFD}")
      }
      return text
    } catch {
      printError("devrel-guide: \(name) \(error)")
      throw ExitCode.badContent
    }
  }

  private func json(_ reading: PostingReading) throws -> String {
    struct Output: Encodable {
      var subject: String
      var relatesToSubject: Bool
      var note: String
      var emphasis: [Emphasis]
      var roles: [RoleMatch]
      var askAbout: [FlagMatch]
    }
    let output = Output(
      subject: reading.subject, relatesToSubject: reading.relatesToSubject,
      note: PostingReading.disclaimer, emphasis: reading.emphasis, roles: reading.roles,
      askAbout: reading.askAbout)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return String(decoding: try encoder.encode(output), as: UTF8.self)
  }
}

/// Why a posting file could not be read.
private struct ReadFailure: Error, CustomStringConvertible {
  var description: String
}

/// Every byte of a file (or of standard input for `-`), up to one past the posting limit so a
/// larger input is told apart without being read whole.
private func readAll(_ path: String) throws -> [UInt8] {
  let descriptor: Int32
  if path == "-" {
    descriptor = STDIN_FILENO
  } else {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw ReadFailure(description: String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT != S_IFDIR else {
      throw ReadFailure(description: "is a folder, not a file")
    }
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw ReadFailure(description: String(cString: strerror(errno))) }
  }
  defer { if descriptor != STDIN_FILENO { close(descriptor) } }
  let limit = PostingInput.maxBytes + 1
  var bytes = [UInt8](repeating: 0, count: limit)
  var count = 0
  while count < limit {
    let read = bytes.withUnsafeMutableBufferPointer {
      Glibc.read(descriptor, $0.baseAddress?.advanced(by: count), limit - count)
    }
    if read < 0, errno == EINTR { continue }
    guard read >= 0 else { throw ReadFailure(description: String(cString: strerror(errno))) }
    if read == 0 { break }
    count += read
  }
  return Array(bytes.prefix(count))
}
