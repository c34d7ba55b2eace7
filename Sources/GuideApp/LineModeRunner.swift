import GuideContent
import GuideCore

/// The guide (or, with `quizOnly`, the quiz, or with `check` too the knowledge check) as
/// numbered prompts on standard input and output. Input that ends before the quiz does is told
/// and exits 66; the quiz's answers so far are kept.
public func runLineMode(_ options: GuideOptions, quizOnly: Bool = false, check: Bool = false)
  throws
{
  let form: QuizForm = check ? .check : .quiz
  let pack = try options.loadPack()
  if quizOnly, pack.quiz?.questions.isEmpty ?? true {
    printError("devrel-guide: this guide has no quiz questions")
    throw ExitStatus.missingInput
  }
  let knowledge = pack.quiz?.questions.contains {
    if case .knowledge = $0.kind { return true } else { return false }
  }
  if quizOnly, form == .check, knowledge != true {
    printError("devrel-guide: this guide has no knowledge questions to check")
    throw ExitStatus.missingInput
  }
  // `print` writes straight to the descriptor, so each prompt is out before an answer is
  // read and a program driving the guide over pipes sees the question it answers.
  var lines = LineMode(
    pack: pack, dependencies: try .live(packID: pack.manifest.id), unicode: options.unicode,
    quizOnly: quizOnly, form: form,
    write: { print($0, terminator: "") })
  guard lines.run(readLine: { readLine(strippingNewline: true) }) else {
    let kept = form == .check ? "the check is not saved" : "the answers so far are kept"
    printError("devrel-guide: input ended before the last question; \(kept)")
    throw ExitStatus.missingInput
  }
}
