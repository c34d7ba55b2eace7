/// A reading as text lines or Markdown, each number beside the posting's words behind it.
public enum PostingReport {
  /// A line of the text report, to be wrapped to the width at hand and indented.
  public struct Line: Sendable, Equatable {
    public var indent: Int
    public var text: String
    /// A section's title, which a terminal may show in bold.
    public var isHeading: Bool
    /// How much further than the first the wrapped lines are indented, past a list's `- `.
    public var hanging: Int

    public init(_ indent: Int, _ text: String, isHeading: Bool = false, hanging: Int = 0) {
      self.indent = indent
      self.text = text
      self.isHeading = isHeading
      self.hanging = hanging
    }
  }

  public static let barWidth = 20

  /// The words every form of the reading shares (text, Markdown headings, the full screen).
  public enum Words {
    public static let emphasis = "What the posting emphasises"
    public static let roles = "Closest roles"
    public static let askAbout = "Worth asking about"
    /// Under a dimension no phrase pointed to.
    public static let noPhrase = "no phrase found"
    /// Under "Closest roles" when none matched.
    public static let noRole = "none: no role's signature occurs"
    /// Before a flag's question.
    public static let ask = "Ask: "
    /// Before the plan's actions for a growth area the posting leans on.
    public static let fromPlan = "To do next, from your plan:"
  }

  /// The reading; `fit` is how it meets the last quiz, when the reader has taken
  /// the quiz.
  public static func text(_ reading: PostingReading, fit: PostingFit.Beside? = nil) -> [Line] {
    var lines: [Line] = []
    guard reading.relatesToSubject else {
      return [Line(0, reading.unrelatedNotice), Line(0, ""), Line(0, PostingReading.disclaimer)]
    }
    lines.append(Line(0, Words.emphasis, isHeading: true))
    let labelWidth = reading.emphasis.map(\.title.count).max() ?? 0
    for emphasis in reading.emphasis {
      let label = emphasis.title + String(repeating: " ", count: labelWidth - emphasis.title.count)
      let percent = String(emphasis.percent)
      let padded = String(repeating: " ", count: 3 - percent.count) + percent
      lines.append(Line(2, "\(label)  \(padded)%  \(bar(emphasis.percent))"))
      lines.append(Line(4, emphasis.evidence.isEmpty ? Words.noPhrase : list(emphasis.evidence)))
    }
    lines.append(Line(0, ""))
    lines.append(Line(0, Words.roles, isHeading: true))
    if reading.roles.isEmpty { lines.append(Line(2, Words.noRole)) }
    for (rank, role) in reading.roles.enumerated() {
      lines.append(Line(2, "\(rank + 1). \(role.title)"))
      lines.append(Line(5, list(role.evidence)))
    }
    if !reading.askAbout.isEmpty {
      lines.append(Line(0, ""))
      lines.append(Line(0, Words.askAbout, isHeading: true))
      for flag in reading.askAbout {
        lines.append(Line(2, "\(flag.title): \(list(flag.evidence))"))
        lines.append(Line(4, Words.ask + flag.ask))
      }
    }
    if let fit, !fit.notes.isEmpty {
      lines += [Line(0, ""), Line(0, fit.heading, isHeading: true)]
      for note in fit.notes {
        lines.append(Line(2, note.sentence))
        if !note.actions.isEmpty { lines.append(Line(4, Words.fromPlan)) }
        for action in note.actions {
          lines += [Line(4, "- " + action.text, hanging: 2), Line(6, action.detail)]
        }
      }
    }
    lines.append(Line(0, ""))
    lines.append(Line(0, PostingReading.disclaimer))
    return lines
  }

  public static func markdown(_ reading: PostingReading, fit: PostingFit.Beside? = nil)
    -> String
  {
    var lines = ["## Reading of the job posting", "", "*\(PostingReading.disclaimer)*", ""]
    guard reading.relatesToSubject else {
      return (lines + [reading.unrelatedNotice]).joined(separator: "\n") + "\n"
    }
    lines += ["### What it emphasises", "", "| Dimension | Share | The posting's words |"]
    lines.append("| --- | ---: | --- |")
    for emphasis in reading.emphasis {
      lines.append(
        "| \(cell(emphasis.title)) | \(emphasis.percent)% | \(cell(list(emphasis.evidence))) |")
    }
    lines += ["", "### Closest roles", ""]
    if reading.roles.isEmpty { lines.append("None: no role's signature occurs.") }
    for (rank, role) in reading.roles.enumerated() {
      lines.append("\(rank + 1). **\(role.title)**: \(list(role.evidence))")
    }
    if !reading.askAbout.isEmpty {
      lines += ["", "### Worth asking about", ""]
      for flag in reading.askAbout {
        lines.append("- **\(flag.title)**: \(list(flag.evidence)). \(flag.ask)")
      }
    }
    if let fit, !fit.notes.isEmpty {
      lines += ["", "### \(fit.heading)", ""]
      for note in fit.notes {
        lines.append("- \(note.sentence)")
        if !note.actions.isEmpty { lines.append("  \(Words.fromPlan)") }
        lines += note.actions.map { "  - \($0.text) *(\($0.detail))*" }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `SDKs (lines 3, 9), sample apps (line 5, nice to have)`.
  static func list(_ evidence: [Evidence]) -> String {
    evidence.map { "\($0.phrase) (\(place($0)))" }.joined(separator: ", ")
  }

  /// Where a phrase was found: `lines 3, 9`, `line 5, nice to have`, `lines 1, 2 and 4 more`.
  public static func place(_ evidence: Evidence) -> String {
    var place =
      (evidence.lines.count == 1 ? "line " : "lines ")
      + evidence.lines.map(String.init).joined(separator: ", ")
    if evidence.paragraphs > evidence.lines.count {
      place += " and \(evidence.paragraphs - evidence.lines.count) more"
    }
    if evidence.onlyNiceToHave { place += ", nice to have" }
    return place
  }

  static func bar(_ percent: Int) -> String {
    let filled = (percent * barWidth + 50) / 100
    return String(repeating: "█", count: filled)
      + String(repeating: "░", count: barWidth - filled)
  }

  private static func cell(_ text: String) -> String {
    text.isEmpty
      ? "-"
      : text.split(separator: "|", omittingEmptySubsequences: false)
        .joined(separator: "\\|")
  }
}
