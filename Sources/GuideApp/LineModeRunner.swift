/// The guide (or, with `quizOnly`, the quiz) as numbered prompts on standard input and output.
/// Input that ends before the quiz does is told and exits 66; the answers so far are kept.
public func runLineMode(_ options: GuideOptions, quizOnly: Bool = false) throws {
  let pack = try options.loadPack()
  if quizOnly, pack.quiz?.questions.isEmpty ?? true {
    printError("devrel-guide: this guide has no quiz questions")
    throw ExitStatus.missingInput
  }
  // `print` writes straight to the descriptor, so each prompt is out before an answer is
  // read and a program driving the guide over pipes sees the question it answers.
  var lines = LineMode(
    pack: pack, dependencies: try .live(packID: pack.manifest.id), unicode: options.unicode,
    quizOnly: quizOnly,
    write: { print($0, terminator: "") })
  guard lines.run(readLine: { readLine(strippingNewline: true) }) else {
    printError("devrel-guide: input ended before the last question; the answers so far are kept")
    throw ExitStatus.missingInput
  }
}
