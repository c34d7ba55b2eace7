import ArgumentParser
import FoundationEssentials
import GuideApp
import GuideContent
import GuideCore
import GuideStore
import GuideUI

/// `devrel-guide quiz`: the full-screen guide opened at the quiz, or `--plain` numbered prompts.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Take the self-assessment quiz (full screen, or --plain for numbered prompts).",
    discussion: """
      With --plain the quiz reads one answer per line from standard input (a number, or s to \
      skip), prints the results as text, and saves the attempt like the full-screen quiz: \
      printf '3\\n4\\n...' | devrel-guide quiz --plain
      """)

  @ParentCommand var root: DevrelGuide
  var global: GlobalOptions { root.global }

  @Flag(help: "Ask the questions as numbered text prompts on standard input and output.")
  var plain = false

  func run() throws {
    guard plain else {
      try MainActor.assumeIsolated { try runGuide(global.options, start: .quiz) }
      return
    }
    let pack = try global.loadPack()
    guard pack.quiz != nil else {
      printError("devrel-guide: this guide has no quiz")
      throw ExitCode.missingInput
    }
    let storage = GuideStorage(
      paths: try dataPaths(), packID: pack.manifest.id)
    var lines = LineMode(
      pack: pack, storage: storage, unicode: global.unicode, quizOnly: true,
      write: { print($0, terminator: "") })
    guard lines.run(readLine: { readLine(strippingNewline: true) }) else {
      printError("devrel-guide: input ended before the last question; the answers so far are kept")
      throw ExitCode.missingInput
    }
  }
}
