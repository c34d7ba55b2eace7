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
    public static let figures = "Numbers in the posting"
    public static let years = "Years of experience"
    public static let travel = "Travel"
    public static let pay = "Pay, as posted"
    /// Phrases found only under benefits or about the company.
    public static let setApart = "Mentioned in benefits or about the company (not counted)"
    /// Before the page of a neighbour's job: "Read: The neighbours".
    public static let read = "Read: "
    /// After a flag's question, before the posting's numbers for it.
    public static let postingSays = "The posting says "
  }

  /// The lines under "Numbers in the posting": "Years of experience: 5+ years … (line 12)".
  public static func figureLines(_ figures: Figures) -> [String] {
    [(Words.years, figures.years), (Words.travel, figures.travel), (Words.pay, figures.pay)]
      .filter { !$0.1.isEmpty }
      .map { "\($0.0): " + $0.1.map(\.shown).joined(separator: "; ") }
  }

  /// A flag's question, with the posting's numbers for it: "… The posting says up to 30%
  /// (line 20)."
  public static func question(_ flag: FlagMatch) -> String {
    guard !flag.figures.isEmpty else { return flag.ask }
    return flag.ask + " " + Words.postingSays + flag.figures.map(\.shown).joined(separator: "; ")
      + "."
  }

  /// The reading; `fit` is how it meets the last quiz, when the reader has taken
  /// the quiz.
  public static func text(
    _ reading: PostingReading, fit: PostingFit.Beside? = nil, yours: PostingFit.YourFit? = nil
  ) -> [Line] {
    var lines: [Line] = [Line(0, reading.verdict.line, isHeading: true)]
    guard reading.relatesToSubject else {
      return lines + [Line(0, ""), Line(0, PostingReading.disclaimer)]
    }
    if let topic = reading.verdict.topic {
      lines.append(Line(2, Words.read + "devrel-guide show " + topic))
    }
    if let yours { lines.append(Line(2, yours.line)) }
    lines.append(Line(0, ""))
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
    if !reading.figures.isEmpty {
      lines += [Line(0, ""), Line(0, Words.figures, isHeading: true)]
      lines += figureLines(reading.figures).map { Line(2, $0) }
    }
    if !reading.askAbout.isEmpty {
      lines.append(Line(0, ""))
      lines.append(Line(0, Words.askAbout, isHeading: true))
      for flag in reading.askAbout {
        lines.append(
          Line(2, flag.evidence.isEmpty ? flag.title : "\(flag.title): \(list(flag.evidence))"))
        lines.append(Line(4, Words.ask + question(flag)))
      }
    }
    if !reading.setApart.isEmpty {
      lines += [Line(0, ""), Line(0, Words.setApart, isHeading: true)]
      lines.append(Line(2, list(reading.setApart)))
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

  public static func markdown(
    _ reading: PostingReading, fit: PostingFit.Beside? = nil, yours: PostingFit.YourFit? = nil
  ) -> String {
    var lines = [
      "## Reading of the job posting", "", "**\(reading.verdict.line)**", "",
      "*\(PostingReading.disclaimer)*", "",
    ]
    guard reading.relatesToSubject else {
      return lines.dropLast().joined(separator: "\n") + "\n"
    }
    if let yours { lines.insert(contentsOf: [yours.line, ""], at: 4) }
    if let topic = reading.verdict.topic {
      lines += [Words.read + "`devrel-guide show \(topic)`", ""]
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
    if !reading.figures.isEmpty {
      lines += ["", "### \(Words.figures)", ""]
      lines += figureLines(reading.figures).map { "- " + $0 }
    }
    if !reading.askAbout.isEmpty {
      lines += ["", "### Worth asking about", ""]
      for flag in reading.askAbout {
        let words = flag.evidence.isEmpty ? "" : ": " + list(flag.evidence) + "."
        lines.append("- **\(flag.title)**\(words) \(question(flag))")
      }
    }
    if !reading.setApart.isEmpty {
      lines += ["", "### \(Words.setApart)", "", list(reading.setApart)]
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
