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
/// With `other`, the two postings are compared instead (see `printComparison`).
public func printPosting(
  _ file: String, _ other: String? = nil, format: TextFormat, width: Int? = nil,
  options: GuideOptions
) throws {
  let pack = try options.loadPack()
  guard let lexicon = pack.posting else {
    printError("devrel-guide: this content pack has no posting.yaml, so it cannot read postings")
    throw ExitStatus.badContent
  }
  if let other {
    return try printComparison(
      file, other, lexicon: lexicon, pack: pack, format: format, width: width, options: options)
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
    printLines(
      PostingReport.text(reading, fit: fit, yours: yours), width: width ?? 78, options: options)
  case .markdown: print(PostingReport.markdown(reading, fit: fit, yours: yours), terminator: "")
  case .json:
    print(jsonForTerminal(try encodedJSON(postingOutput(reading, fit: fit, yours: yours))))
  }
  if reading.verdict.kind != .subject { throw ExitStatus.nothingFound }
}

/// `devrel-guide posting A B`: the two readings side by side. Both files are read before
/// either is judged, so a mistake in B is found at once; errors name the side. Exits 0 when
/// both read as jobs of the subject, else 1 after printing, like one posting.
private func printComparison(
  _ fileA: String, _ fileB: String, lexicon: PostingLexicon, pack: ContentPack,
  format: TextFormat, width: Int?, options: GuideOptions
) throws {
  let texts = [try readPosting(fileA, side: "A"), try readPosting(fileB, side: "B")]
  let last = lastAttempt(pack)
  let reader = PostingReader(lexicon: lexicon)
  let sides = zip([fileA, fileB], texts).map { file, text in
    let reading = Timing.measure("posting read") { reader.read(text) }
    let yours = PostingLayout.yourFit(
      reading, last: last, pack: pack, howToAssess: PostingFit.HowToAssess.command)
    return (file: file, reading: reading, yours: yours)
  }
  let comparison = PostingComparison(
    .init(name: shownName(sides[0].file), reading: sides[0].reading, yours: sides[0].yours),
    .init(name: shownName(sides[1].file), reading: sides[1].reading, yours: sides[1].yours))
  switch format {
  case .text:
    let width = width ?? terminalColumns().map { max(20, $0 - 1) } ?? 78
    printLines(ComparisonLayout.text(comparison, width: width), width: width, options: options)
  case .markdown: print(comparison.markdown, terminator: "")
  case .json:
    let outputs = sides.map { side in
      let fit =
        side.reading.relatesToSubject
        ? PostingLayout.besideTheQuiz(side.reading, last: last, pack: pack) : nil
      return postingOutput(side.reading, fit: fit, yours: side.yours)
    }
    print(jsonForTerminal(try encodedJSON(["a": outputs[0], "b": outputs[1]])))
  }
  if sides.contains(where: { $0.reading.verdict.kind != .subject }) {
    throw ExitStatus.nothingFound
  }
}

/// A posting as the comparison names it: the file's name without its folders (a long path
/// is one word no column could hold), or "standard input".
private func shownName(_ file: String) -> String {
  file == "-" ? "standard input" : String(file.split(separator: "/").last ?? Substring(file))
}

/// Report lines wrapped to `width`; lines that fit keep their spacing (the bars and columns
/// are aligned), since Wrap collapses spaces. Headings are bold where colours are allowed.
private func printLines(_ lines: [PostingReport.Line], width: Int, options: GuideOptions) {
  let color = TextColor(enabled: options.textColorsAllowed)
  for line in lines {
    let indent = String(repeating: " ", count: line.indent)
    let hanging = String(repeating: " ", count: line.hanging)
    let room = width - line.indent
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
}

/// The posting's text; exits 66 when it cannot be read and 65 when it is not text.
///
/// The path is the user's own, so like `cat` it may be a link or a FIFO (`devrel-guide posting
/// <(pbpaste)` works). What could never be a posting is refused before it is opened, so
/// nothing can hang or stream without end: a folder, a device (`/dev/zero`, a terminal) or a
/// socket exits 66, and a file over the limit 65 without being read.
private func readPosting(_ file: String, side: String? = nil) throws -> String {
  let name = file == "-" ? "standard input" : file
  /// In a comparison every message says which posting it is about: "A: notes.txt …".
  let said = side.map { "\($0): " } ?? ""
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
    printError("devrel-guide: \(said)\(error)")
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
      printError("devrel-guide: \(said)\(name): \(what) as \u{FFFD}")
    }
    return text
  } catch {
    printError("devrel-guide: \(said)\(name) \(error)")
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

/// The reading for scripts, one posting's or each side's of a comparison.
/// `beside_your_quiz` keeps its sentences as 0.2.0 printed them; `plan_actions` lists the
/// actions under them, each with the growth area it builds; `your_fit` is the fit of the role
/// it reads as (`fit` null without an assessment).
private struct PostingOutput: Encodable {
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

  struct Action: Encodable {
    var id: String
    var dimension: String
    var text: String
    var effort: String
    var topic: String
  }
}

private func postingOutput(
  _ reading: PostingReading, fit: PostingFit.Beside?, yours: PostingFit.YourFit?
) -> PostingOutput {
  let notes = fit?.notes ?? []
  return PostingOutput(
    subject: reading.subject, verdict: reading.verdict,
    relatesToSubject: reading.relatesToSubject, note: PostingReading.disclaimer,
    emphasis: reading.emphasis, roles: reading.roles, figures: reading.figures,
    askAbout: reading.askAbout, setApart: reading.setApart, besideYourQuiz: notes.map(\.sentence),
    planActions: notes.flatMap { note in
      note.actions.map {
        PostingOutput.Action(
          id: $0.id, dimension: note.dimension, text: $0.text, effort: $0.effort.rawValue,
          topic: $0.page.id)
      }
    }, yourFit: yours)
}

private func encodedJSON(_ value: some Encodable) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  encoder.keyEncodingStrategy = .convertToSnakeCase
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}
