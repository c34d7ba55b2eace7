import ArgumentParser
import FoundationEssentials
import GuideApp
import GuideContent
import GuideCore
import GuideStore
import GuideUI

/// `devrel-guide results`: the saved quiz attempts as text, Markdown or JSON.
struct ResultsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "results",
    abstract: "Print your saved quiz attempts.",
    discussion: "Exits 1 when no attempt is saved yet.")

  @ParentCommand var root: DevrelGuide
  var global: GlobalOptions { root.global }

  @Option(help: "text, markdown or json.")
  var format: OutputFormat = .text

  @Flag(help: "Only the most recent attempt.")
  var last = false

  func run() throws {
    let pack = try global.loadPack()
    let storage = GuideStorage(
      paths: try dataPaths(), packID: pack.manifest.id)
    let (all, notice) = storage.loadAttempts()
    if let notice { printError("devrel-guide: \(notice)") }
    let chosen = last ? Array(all.suffix(1)) : all
    if format == .json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      print(jsonForTerminal(String(decoding: try encoder.encode(chosen), as: UTF8.self)))
    }
    guard !chosen.isEmpty, let quiz = pack.quiz else {
      printError("devrel-guide: no saved attempts yet (take the quiz: devrel-guide quiz)")
      throw ExitCode.nothingFound
    }
    guard format != .json else { return }
    let glyphs = Glyphs(unicode: global.unicode)
    let offset = all.count - chosen.count
    for (index, attempt) in chosen.enumerated() {
      let position = offset + index
      let previous = position > 0 ? all[position - 1] : nil
      if index > 0 { print("") }
      if format == .markdown {
        print(ResultsMarkdown.render(attempt, previous: previous, quiz: quiz))
      } else {
        let page = ResultsLayout.layout(
          attempt, previous: previous, quiz: quiz, pack: pack, width: 78)
        for line in page.lines { print(glyphs.line(line)) }
      }
    }
  }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, json
}

/// One attempt as a Markdown section with a score table.
enum ResultsMarkdown {
  static func render(_ attempt: Attempt, previous: Attempt?, quiz: GuideContent.Quiz) -> String {
    var lines = ["## Results of \(Guide.shortDate(attempt.date))", ""]
    if let overall = Scoring.overall(attempt.scores) {
      let band = Scoring.band(quiz, overall: overall).map { " (\($0.label))" } ?? ""
      lines += ["Overall fit: **\(overall)** of 100\(band)", ""]
    }
    lines += ["| Area | Score | Change |", "| --- | ---: | ---: |"]
    for dimension in quiz.dimensions {
      let score = attempt.scores[dimension.id].map(String.init) ?? "skipped"
      var change = ""
      if let now = attempt.scores[dimension.id], let then = previous?.scores[dimension.id] {
        change = now == then ? "0" : (now > then ? "+" : "") + String(now - then)
      }
      lines.append("| \(dimension.title) | \(score) | \(change) |")
    }
    if let knowledge = attempt.knowledge {
      lines += ["", "Knowledge: \(knowledge.correct) of \(knowledge.total) right"]
    }
    return lines.joined(separator: "\n")
  }
}
