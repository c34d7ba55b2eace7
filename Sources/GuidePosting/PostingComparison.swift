/// Two readings set side by side: the facts a reader weighs between two postings, one row per
/// fact with what each posting says. Each side is its posting's own reading, unchanged, so
/// comparing shows nothing that reading either alone would not.
public struct PostingComparison: Sendable, Equatable {
  /// One posting: its name as shown (a file's name, or "standard input"), its reading, and the
  /// reader's fit for the role it reads as.
  public struct Side: Sendable, Equatable {
    public var name: String
    public var reading: PostingReading
    public var yours: PostingFit.YourFit?

    public init(name: String, reading: PostingReading, yours: PostingFit.YourFit? = nil) {
      self.name = name
      self.reading = reading
      self.yours = yours
    }
  }

  /// A fact and what each posting says of it. On the rows of the emphasis `shareA` and
  /// `shareB` hold each side's share (nil for a side not read), so a screen can draw bars.
  public struct Row: Sendable, Equatable {
    public var label: String
    public var a: String
    public var b: String
    public var shareA: Int?
    public var shareB: Int?

    public init(_ label: String, _ a: String, _ b: String) {
      self.label = label
      self.a = a
      self.b = b
    }
  }

  public var a: Side
  public var b: Side

  public init(_ a: Side, _ b: Side) {
    self.a = a
    self.b = b
  }

  /// The words of the rows, shared by text, Markdown and the full screen.
  public enum Words {
    public static let title = "Two job postings compared"
    public static let verdict = "Verdict"
    public static let yourFit = "Your fit"
    public static let role = "Closest role"
    public static let flags = "Worth asking about"
    /// "Signs of work outside DevRel": the phrases of the neighbours' roles.
    public static func outside(_ subject: String) -> String { "Signs of work outside \(subject)" }
    /// A cell with nothing to show: no figure posted, no flag, no role.
    public static let none = "none"
    /// A cell of a posting that does not read as a job of the subject, past its verdict.
    public static let notRead = "-"
    /// At most this many of a neighbour role's phrases are named in its cell.
    static let phrasesShown = 4
  }

  /// Every fact, in the order a reader weighs them: the verdict, fit and role, the shares per
  /// dimension, the numbers, then what to ask about and the signs of a neighbour's job. Your
  /// fit is a row only when either side has one from a saved assessment.
  public var rows: [Row] {
    var rows = [Row(Words.verdict, a.reading.verdict.line, b.reading.verdict.line)]
    if a.yours?.fit != nil || b.yours?.fit != nil {
      rows.append(row(Words.yourFit) { side in side.yours?.fit.map { "\($0) of 100" } })
    }
    rows.append(row(Words.role) { $0.reading.roles.first?.title })
    let dimensions = a.reading.emphasis.count == b.reading.emphasis.count ? a.reading.emphasis : []
    for (index, dimension) in dimensions.enumerated() {
      var shares = row(dimension.title) { side in "\(side.reading.emphasis[index].percent)%" }
      shares.shareA = a.reading.relatesToSubject ? a.reading.emphasis[index].percent : nil
      shares.shareB = b.reading.relatesToSubject ? b.reading.emphasis[index].percent : nil
      rows.append(shares)
    }
    rows.append(row(PostingReport.Words.years) { Self.figures($0.reading.figures.years) })
    rows.append(row(PostingReport.Words.travel) { Self.figures($0.reading.figures.travel) })
    rows.append(
      row(PostingReport.Words.pay) { side in
        Self.figures(side.reading.figures.pay)
          ?? side.reading.askAbout.first(where: \.isAboutPay)?.title
      })
    rows.append(
      row(Words.flags) { side in
        let titles = side.reading.askAbout.filter { !$0.isAboutPay }.map(\.title)
        return titles.isEmpty ? nil : titles.joined(separator: "; ")
      })
    rows.append(
      row(Words.outside(a.reading.subject)) { side in
        let signs = side.reading.roles.filter(\.outside).map { role in
          role.title + ": "
            + role.evidence.prefix(Words.phrasesShown).map(\.phrase)
            .joined(separator: ", ")
        }
        return signs.isEmpty ? nil : signs.joined(separator: "; ")
      })
    return rows
  }

  /// The Markdown form: a title, the two names, one table row per fact, and the disclaimer.
  public var markdown: String {
    var lines = [
      "## \(Words.title)", "", "| | A: \(Self.cell(a.name)) | B: \(Self.cell(b.name)) |",
      "| --- | --- | --- |",
    ]
    lines += rows.map { "| \(Self.cell($0.label)) | \(Self.cell($0.a)) | \(Self.cell($0.b)) |" }
    lines += ["", "*\(PostingReading.disclaimer)*"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// A row whose cells come from each side; a side that does not read as a job of the subject
  /// shows `notRead`, as its own reading shows nothing past the verdict.
  private func row(_ label: String, _ cell: (Side) -> String?) -> Row {
    func value(_ side: Side) -> String {
      side.reading.relatesToSubject ? cell(side) ?? Words.none : Words.notRead
    }
    return Row(label, value(a), value(b))
  }

  private static func figures(_ figures: [Figure]) -> String? {
    figures.isEmpty ? nil : figures.map(\.shown).joined(separator: "; ")
  }

  private static func cell(_ text: String) -> String {
    text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }
}

extension FlagMatch {
  /// The flag raised when pay is only "competitive" or not posted, shown in the pay row.
  var isAboutPay: Bool { id == "pay-missing" || id == "pay-vague" }
}
