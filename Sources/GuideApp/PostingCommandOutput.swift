import FoundationEssentials
import Glibc
import GuideContent
import GuideCore
import GuidePosting
import GuideStore
import GuideText

/// `devrel-guide posting FILE`: the reading of a job posting (`-`: standard input). A missing
/// file exits 66, one that is not text 65, a posting that does not read as a job of the
/// pack's subject (empty, unrelated, or a neighbour's job) 1, after the reading is printed.
package func printPosting(_ file: String, format: TextFormat, options: GuideOptions) throws {
  let pack = try options.loadPack()
  guard let lexicon = pack.posting else {
    printError("devrel-guide: this content pack has no posting.yaml, so it cannot read postings")
    throw ExitStatus.badContent
  }
  let text = try readPosting(file)
  let reading = Timing.measure("posting read") { PostingReader(lexicon: lexicon).read(text) }
  let last = lastAttempt(pack)
  let fit =
    reading.relatesToSubject ? PostingLayout.besideTheQuiz(reading, last: last, pack: pack) : nil
  let yours = PostingLayout.yourFit(
    reading, last: last, pack: pack, howToAssess: PostingFit.HowToAssess.command)
  switch format {
  case .text:
    let width = 78
    let color = TextColor(enabled: options.textColorsAllowed)
    for line in PostingReport.text(reading, fit: fit, yours: yours) {
      let indent = String(repeating: " ", count: line.indent)
      let hanging = String(repeating: " ", count: line.hanging)
      let room = width - line.indent
      // Lines that fit keep their spacing (the bars are aligned); Wrap collapses spaces.
      let wrapped =
        CellWidth.of(line.text) <= room
        ? [line.text] : PostingLayout.wrapped(line.text, width: room - line.hanging)
      for (index, part) in wrapped.enumerated() {
        let text = part.isEmpty ? "" : indent + (index == 0 ? "" : hanging) + part
        guard line.isHeading, color.enabled else {
          print(text)
          continue
        }
        printColored(color.paint(text, .heading))
      }
    }
  case .markdown: print(PostingReport.markdown(reading, fit: fit, yours: yours), terminator: "")
  case .json:
    print(jsonForTerminal(try postingJSON(reading, fit: fit?.notes ?? [], yours: yours)))
  }
  if reading.verdict.kind != .subject { throw ExitStatus.nothingFound }
}

/// The posting's text; exits 66 when it cannot be read and 65 when it is not text.
///
/// The path is the user's own, so like `cat` it may be a link or a FIFO (`devrel-guide posting
/// <(pbpaste)` works). What could never be a posting is refused before it is opened, so
/// nothing can hang or stream without end: a folder, a device (`/dev/zero`, a terminal) or a
/// socket exits 66, and a file over the limit 65 without being read.
private func readPosting(_ file: String) throws -> String {
  let name = file == "-" ? "standard input" : file
  let bytes: [UInt8]
  do {
    bytes =
      file == "-"
      ? try BoundedFile.read(descriptor: STDIN_FILENO, name: name, limit: PostingInput.maxBytes)
      : try BoundedFile.read(
        file, limit: PostingInput.maxBytes,
        accepting: BoundedFile.Accepting(links: true, pipes: true),
        memory: PostingMemory.shortfall(forBytes:))
  } catch {
    printError("devrel-guide: \(error)")
    switch error.reason {
    case .tooLarge: throw ExitStatus.badContent
    case .noMemory: throw ExitStatus.outputFailed
    default: throw ExitStatus.missingInput
    }
  }
  do {
    let (text, repaired) = try PostingInput.decode(bytes)
    if repaired > 0 {
      let what =
        repaired == 1
        ? "1 byte was not UTF-8 and shows" : "\(repaired) bytes were not UTF-8 and show"
      printError("devrel-guide: \(name): \(what) as \u{FFFD}")
    }
    return text
  } catch {
    printError("devrel-guide: \(name) \(error)")
    throw ExitStatus.badContent
  }
}

/// The reader's last quiz or assessment attempt. Nil without one or a home folder; the
/// reading then stands alone.
private func lastAttempt(_ pack: ContentPack) -> Attempt? {
  let environment = environmentValues("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")
  guard let paths = try? DataPaths.fromEnvironment(environment) else { return nil }
  return Attempt.latestFit(
    GuideStorage(paths: paths, packID: pack.manifest.id).loadAttempts().attempts)
}

/// The reading for scripts. `beside_your_quiz` keeps its sentences as 0.2.0 printed them;
/// `plan_actions` lists the actions under them, each with the growth area it builds;
/// `your_fit` is the fit of the role it reads as (`fit` null without an assessment).
private func postingJSON(
  _ reading: PostingReading, fit: [PostingFit.Note], yours: PostingFit.YourFit?
) throws -> String {
  struct Output: Encodable {
    var subject: String
    var verdict: Verdict
    var relatesToSubject: Bool
    var note: String
    var emphasis: [Emphasis]
    var roles: [RoleMatch]
    var figures: Figures
    var askAbout: [FlagMatch]
    var setApart: [Evidence]
    var besideYourQuiz: [String]
    var planActions: [Action]
    var yourFit: PostingFit.YourFit?
  }
  struct Action: Encodable {
    var id: String
    var dimension: String
    var text: String
    var effort: String
    var topic: String
  }
  let output = Output(
    subject: reading.subject, verdict: reading.verdict,
    relatesToSubject: reading.relatesToSubject, note: PostingReading.disclaimer,
    emphasis: reading.emphasis, roles: reading.roles, figures: reading.figures,
    askAbout: reading.askAbout, setApart: reading.setApart, besideYourQuiz: fit.map(\.sentence),
    planActions: fit.flatMap { note in
      note.actions.map {
        Action(
          id: $0.id, dimension: note.dimension, text: $0.text, effort: $0.effort.rawValue,
          topic: $0.page.id)
      }
    }, yourFit: yours)
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  encoder.keyEncodingStrategy = .convertToSnakeCase
  return String(decoding: try encoder.encode(output), as: UTF8.self)
}
