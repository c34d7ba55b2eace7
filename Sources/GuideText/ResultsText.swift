import FoundationEssentials
import GuideContent
import GuideCore
import GuideUI

/// Saved quiz attempts as text, Markdown or JSON, for `devrel-guide results`.
///
/// Each attempt is compared with the one saved before it, so `chosen` is a slice of `all`
/// (all of them, or `--last`'s one) whose indices say which attempt came before.
public enum ResultsText {
  /// The attempts as the results screen lays them out, 78 columns wide, a blank line between.
  public static func text(
    _ chosen: ArraySlice<Attempt>, of all: [Attempt], quiz: Quiz, pack: ContentPack,
    unicode: Bool
  ) -> String {
    let glyphs = Glyphs(unicode: unicode)
    return chosen.indices.map { index in
      let page = ResultsLayout.layout(
        all[index], previous: previous(index, in: all), quiz: quiz, pack: pack, width: 78)
      return page.lines.map(glyphs.line).joined(separator: "\n") + "\n"
    }.joined(separator: "\n")
  }

  /// The attempts as Markdown sections, a blank line between.
  public static func markdown(_ chosen: ArraySlice<Attempt>, of all: [Attempt], quiz: Quiz)
    -> String
  {
    chosen.indices.map { index in
      markdown(all[index], previous: previous(index, in: all), quiz: quiz) + "\n"
    }.joined(separator: "\n")
  }

  /// The attempts as saved, as a JSON array with sorted keys (answers count options from 0).
  public static func json(_ attempts: ArraySlice<Attempt>) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return String(decoding: try encoder.encode(Array(attempts)), as: UTF8.self) + "\n"
  }

  private static func previous(_ index: Int, in all: [Attempt]) -> Attempt? {
    index > all.startIndex ? all[index - 1] : nil
  }

  /// One attempt as a Markdown section with a score table.
  static func markdown(_ attempt: Attempt, previous: Attempt?, quiz: Quiz) -> String {
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
