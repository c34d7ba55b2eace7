import ArgumentParser
import Foundation
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

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Ask the questions as numbered text prompts on standard input and output.")
  var plain = false

  func run() throws {
    guard plain else {
      try MainActor.assumeIsolated { try runGuide(global: global, start: .quiz) }
      return
    }
    let pack = try global.loadPack()
    guard pack.quiz != nil else {
      printError("devrel-guide: this guide has no quiz")
      throw ExitCode.missingInput
    }
    let storage = GuideStorage(
      paths: .fromEnvironment(ProcessInfo.processInfo.environment), packID: pack.manifest.id)
    var quiz = PlainQuiz(pack: pack, storage: storage, unicode: localeIsUTF8)
    if !quiz.run(readLine: { readLine(strippingNewline: true) }) {
      throw ExitCode.missingInput
    }
  }
}

/// The quiz as numbered prompts, driven through the same state machine as the full screen.
struct PlainQuiz {
  var guide: Guide
  let storage: GuideStorage?
  let glyphs: Glyphs

  init(pack: ContentPack, storage: GuideStorage?, unicode: Bool) {
    var guide = Guide(
      pack: pack, state: GuideState(size: Size(columns: 80, rows: 24), unicode: unicode))
    guide.openQuiz()
    _ = guide.handle(.key(.enter))
    self.guide = guide
    self.storage = storage
    self.glyphs = Glyphs(unicode: unicode)
  }

  func say(_ text: String) { print(glyphs.text(text)) }

  /// Asks until the quiz is finished (true) or input ends first (false).
  mutating func run(readLine: () -> String?) -> Bool {
    guard let quiz = guide.pack.quiz else { return false }
    say(quiz.title)
    Wrap.text(quiz.intro, width: 78).forEach(say)
    say("\(quiz.questions.count) questions. Answer with the number of an option, or s to skip.\n")
    while case .quiz(let position) = guide.state.screen {
      switch position.step {
      case .question(let index):
        let question = quiz.questions[index]
        let options = guide.options(of: question)
        say("Question \(index + 1) of \(quiz.questions.count)")
        if case .rating = question.kind { say("How much is this like you?") }
        Wrap.text(question.text, width: 78).forEach(say)
        for (number, option) in options.enumerated() { say("  \(number + 1)) \(option)") }
        guard let key = ask(count: options.count, readLine: readLine) else {
          let answered = guide.state.quiz?.answers.count ?? 0
          printError(
            "devrel-guide: input ended after \(answered) of \(quiz.questions.count) answers; nothing was saved."
          )
          return false
        }
        perform(guide.handle(.key(key)))
      case .feedback(let index):
        guard
          case .knowledge(let options, let answer, let explanation, let topic) = quiz.questions[
            index
          ].kind
        else { break }
        let right = guide.state.quiz?.answers[quiz.questions[index].id] == .chose(answer)
        say(right ? "Correct." : "Not quite. The answer is: \(options[answer])")
        Wrap.text(explanation, width: 78).forEach(say)
        say("Read more: devrel-guide show \(topic)\n")
        perform(guide.handle(.key(.character("1"))))
      case .intro, .confirmLeave:
        return false
      }
    }
    if let page = guide.state.page {
      print("")
      page.lines.map(\.text).forEach(say)
    }
    return true
  }

  /// Reads lines until one is a valid answer; nil at the end of input.
  func ask(count: Int, readLine: () -> String?) -> Key? {
    while true {
      print("> ", terminator: "")
      guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return nil }
      if line.lowercased() == "s" { print(""); return .character("s") }
      if let number = Int(line), (1...count).contains(number), let digit = String(number).first {
        print("")
        return .character(digit)
      }
      say("Please answer with a number from 1 to \(count), or s to skip.")
    }
  }

  mutating func perform(_ effects: [Effect]) {
    for case .recordAttempt(var attempt) in effects {
      attempt.date = GuideSession.isoNow()
      _ = guide.handle(.attemptRecorded(attempt))
      if let problem = storage?.record(attempt) { printError("devrel-guide: \(problem)") }
    }
  }
}
