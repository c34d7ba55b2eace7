import GuideContent
import GuidePosting

/// Lays a posting's reading out as a page: the share of each dimension as a bar with its
/// number, and under every number the posting's words that produced it; the closest roles,
/// what to ask about, and how the posting meets the last quiz.
///
/// The words are `PostingReport`'s, the ones `devrel-guide posting` prints, so the screen and
/// the command say the same thing. The posting's phrases are emphasised, their lines dim.
public enum PostingLayout {
  public static let barWidth = PostingReport.barWidth

  /// How the posting meets the reader's last quiz attempt: a heading and a note per dimension
  /// the posting leans on, a growth area's with the plan's actions for it. Growth areas and
  /// the strongest skill are the results page's (`Scoring.verdict`), the actions the plan's
  /// (`PlanView`). Nil without an attempt, a quiz, or anything the posting relates to.
  public static func besideTheQuiz(
    _ reading: PostingReading, last: Attempt?, pack: ContentPack
  ) -> PostingFit.Beside? {
    guard reading.relatesToSubject, let quiz = pack.quiz, let last else { return nil }
    let verdict = Scoring.verdict(quiz, scores: last.scores)
    let sections = pack.plan.map { PlanView(attempt: last, quiz: quiz, plan: $0).sections } ?? []
    let standing = PostingFit.Standing(
      scores: last.scores, strongest: verdict.strongest?.id, growth: verdict.growth,
      actions: Dictionary(
        sections.map { ($0.dimension.id, $0.actions) }, uniquingKeysWith: { first, _ in first }))
    let heading =
      last.date.isEmpty
      ? "Beside your last quiz" : "Beside your quiz of \(Guide.shortDate(last.date))"
    return PostingFit.Beside(
      heading: heading, notes: PostingFit.notes(reading, standing: standing, pack: pack))
  }

  /// How the role the posting reads as fits the reader: from the last attempt when it is an
  /// assessment (`RoleScoring.fit(ofRole:_:attempt:)`, as "Roles that fit you" gives it), else
  /// `howToAssess`. Nil when the pack has no assessment or the posting reads as no role.
  public static func yourFit(
    _ reading: PostingReading, last: Attempt?, pack: ContentPack, howToAssess: String
  ) -> PostingFit.YourFit? {
    guard reading.relatesToSubject, let id = reading.verdict.role,
      let assessment = pack.assessment, let role = assessment.role(id)
    else { return nil }
    guard let last, let fit = RoleScoring.fit(ofRole: id, assessment, attempt: last) else {
      return PostingFit.YourFit(
        role: id, title: role.title, fit: nil, reasons: [], line: howToAssess)
    }
    return PostingFit.YourFit(
      role: id, title: role.title, fit: fit.fit, reasons: fit.reasons,
      line: "Your fit for it: \(fit.fit) of 100. " + fit.reasons.joined(separator: " "))
  }

  public static func layout(
    _ posting: ReadPosting, fit: PostingFit.Beside?, yours: PostingFit.YourFit? = nil,
    pack: ContentPack, width: Int, glyphs: Glyphs
  ) -> PageView {
    var builder = PageBuilder(width: width, glyphs: glyphs)
    // The file's name, not its whole path: a long path is one word no line could hold.
    let title =
      posting.path == nil ? "Reading of the pasted posting" : "Reading of \(posting.title)"
    builder.title(title)
    let reading = posting.reading
    // The verdict first, where a small window shows it.
    builder.paragraph([(reading.verdict.line, .heading)])
    if let topic = reading.verdict.topic, let page = pack.topics[topic] {
      builder.paragraph(
        [(PostingReport.Words.read, .plain)]
          + builder.runs([.link(label: page.title, target: topic)]))
    }
    if let yours { builder.paragraph([(yours.line, .plain)]) }
    builder.paragraph([(PostingReading.disclaimer, .dim)])
    if let note = posting.note { builder.paragraph([(note, .warn)]) }
    guard reading.relatesToSubject else {
      return PageView(width: width, lines: builder.lines, links: builder.links)
    }
    builder.blank()
    // With the posting's text at hand, each phrase is a link to its first line there.
    let linked = !posting.text.isEmpty
    emphasis(reading, linked, &builder)
    roles(reading, pack, linked, &builder)
    figures(reading, &builder)
    askAbout(reading, linked, &builder)
    if !reading.setApart.isEmpty {
      builder.blank()
      builder.paragraph([(PostingReport.Words.setApart, .heading)])
      builder.paragraph(keepingPlacesWhole(runs(reading.setApart, linked, &builder)))
    }
    if let fit, !fit.notes.isEmpty { beside(fit, pack, &builder) }
    return PageView(width: width, lines: builder.lines, links: builder.links)
  }

  /// Each note as a bullet with its pages as links, then the plan's actions for it, each
  /// with its effort and page (a link) as the plan screen shows them.
  private static func beside(
    _ fit: PostingFit.Beside, _ pack: ContentPack, _ builder: inout PageBuilder
  ) {
    builder.blank()
    builder.paragraph([(fit.heading, .heading)])
    for note in fit.notes {
      var runs: [(String, SpanStyle)] = [(note.text, .plain)]
      if !note.read.isEmpty {
        runs +=
          [(": read ", .plain)] + ResultsLayout.links(note.read.map(\.id)[...], pack, &builder)
      }
      builder.bullet(runs + [(".", .plain)])
      if !note.actions.isEmpty {
        builder.paragraph([(PostingReport.Words.fromPlan, .dim)], indent: 2)
      }
      for action in note.actions {
        // A mark before each action, so that actions stay apart in a narrow window.
        let first = builder.lines.count
        builder.paragraph([(action.text, .plain)], indent: 4)
        if first < builder.lines.count {
          builder.lines[first].spans.insert(Span(column: 2, .bullet), at: 0)
        }
        let page =
          pack.topics[action.page.id] == nil
          ? [(action.page.title, SpanStyle.dim)]
          : builder.runs([.link(label: action.page.title, target: action.page.id)])
        builder.paragraph([(action.effort.label + " · ", .dim)] + page, indent: 4)
      }
    }
  }

  private static func emphasis(
    _ reading: PostingReading, _ linked: Bool, _ builder: inout PageBuilder
  ) {
    builder.paragraph([(PostingReport.Words.emphasis, .heading)])
    let labelWidth = min(
      builder.width / 2, reading.emphasis.map { CellWidth.of($0.title) }.max() ?? 0)
    for emphasis in reading.emphasis {
      builder.lines.append(bar(emphasis, labelWidth: labelWidth, width: builder.width))
      let words =
        emphasis.evidence.isEmpty
        ? [(PostingReport.Words.noPhrase, SpanStyle.dim)]
        : runs(emphasis.evidence, linked, &builder)
      builder.paragraph(keepingPlacesWhole(words), indent: 2)
    }
  }

  private static func roles(
    _ reading: PostingReading, _ pack: ContentPack, _ linked: Bool, _ builder: inout PageBuilder
  ) {
    builder.blank()
    builder.paragraph([(PostingReport.Words.roles, .heading)])
    if reading.roles.isEmpty { builder.paragraph([(PostingReport.Words.noRole, .dim)]) }
    for (rank, role) in reading.roles.enumerated() {
      // The role's page is a link, so the reader can look the role up from here.
      let name =
        role.topic.flatMap { pack.topics[$0] == nil ? nil : $0 }.map {
          builder.runs([.link(label: role.title, target: $0)])
        } ?? [(role.title, .heading)]
      builder.paragraph([("\(rank + 1). ", .plain)] + name)
      builder.paragraph(keepingPlacesWhole(runs(role.evidence, linked, &builder)), indent: 3)
    }
  }

  private static func figures(_ reading: PostingReading, _ builder: inout PageBuilder) {
    guard !reading.figures.isEmpty else { return }
    builder.blank()
    builder.paragraph([(PostingReport.Words.figures, .heading)])
    for line in PostingReport.figureLines(reading.figures) { builder.bullet([(line, .plain)]) }
  }

  private static func askAbout(
    _ reading: PostingReading, _ linked: Bool, _ builder: inout PageBuilder
  ) {
    guard !reading.askAbout.isEmpty else { return }
    builder.blank()
    builder.paragraph([(PostingReport.Words.askAbout, .heading)])
    for flag in reading.askAbout {
      builder.bullet(
        flag.evidence.isEmpty
          ? PageBuilder.pieces([(flag.title, .plain)])
          : keepingPlacesWhole(
            [(flag.title + ": ", .plain)] + runs(flag.evidence, linked, &builder)))
      builder.paragraph(
        [(PostingReport.Words.ask + PostingReport.question(flag), .plain)], indent: 2)
    }
  }

  /// The runs as pieces to wrap, "(line 17)" and "(lines 3," each kept whole, so that no
  /// line ends in "(line" with its number on the next.
  static func keepingPlacesWhole(_ runs: [(String, SpanStyle)]) -> [Wrap.Piece<PageBuilder.Piece>] {
    keepingPlacesWhole(PageBuilder.pieces(runs))
  }

  static func keepingPlacesWhole<Style: Equatable>(_ pieces: [Wrap.Piece<Style>])
    -> [Wrap.Piece<Style>]
  {
    var kept: [Wrap.Piece<Style>] = []
    for piece in pieces {
      if piece.spaceBefore, let last = kept.last, last.style == piece.style,
        last.text.hasSuffix("(line") || last.text.hasSuffix("(lines")
      {
        kept[kept.count - 1].text += " " + piece.text
      } else {
        kept.append(piece)
      }
    }
    return kept
  }

  /// A line of `devrel-guide posting`'s text wrapped as the screen wraps it, places whole.
  public static func wrapped(_ text: String, width: Int) -> [String] {
    Wrap.lines(keepingPlacesWhole(Wrap.pieces([(text, 0)])), width: width).map(Wrap.joined)
  }

  /// `SDK (lines 3, 9), demos (line 5)`: the posting's words emphasised, their lines dim;
  /// when `linked`, each phrase a link to its first line in the posting's text.
  static func runs(_ evidence: [Evidence], _ linked: Bool, _ builder: inout PageBuilder)
    -> [(String, SpanStyle)]
  {
    var runs: [(String, SpanStyle)] = []
    for (index, item) in evidence.enumerated() {
      let comma = index < evidence.count - 1 ? ")," : ")"
      // A run's leading space is where the wrap may break between it and the run before.
      let phrase = (index == 0 ? "" : " ") + item.phrase
      if linked, let line = item.lines.first {
        runs += builder.runs([.link(label: phrase, target: lineTarget(line))])
      } else {
        runs.append((phrase, .emphasis))
      }
      runs.append((" (" + PostingReport.place(item) + comma, .dim))
    }
    return runs
  }

  /// `Community      25%  █████░░░░░`: the name, the share, and a bar of the share.
  static func bar(_ emphasis: Emphasis, labelWidth: Int, width: Int) -> PageLine {
    var label = emphasis.title
    while CellWidth.of(label) > labelWidth { label.removeLast() }
    let percent = "\(emphasis.percent)%"
    let percentColumn = labelWidth + 1 + 4 - percent.count
    let room = max(5, min(barWidth, width - labelWidth - 7))
    let eighths = (emphasis.percent * room * 8 + 50) / 100
    return PageLine([
      Span(column: 0, .text(label, .plain)),
      Span(column: percentColumn, .text(percent, .plain)),
      Span(column: labelWidth + 7, .bar(eighths: eighths, of: room)),
    ])
  }

  // MARK: - The posting's own text

  /// The link target that opens the posting's text at line `line`. Topic ids cannot hold `:`.
  static func lineTarget(_ line: Int) -> String { "posting-line:\(line)" }

  /// The line (from 1) a link target opens the posting's text at, if it is one.
  public static func line(ofTarget target: String) -> Int? {
    let prefix = "posting-line:"
    guard target.hasPrefix(prefix) else { return nil }
    return Int(target.dropFirst(prefix.count))
  }

  /// At most this many characters of the posting are laid out. A long posting has some
  /// 10,000; past the limit (a 4 MB file of one line) the rest is said to be left out, so
  /// the time to lay it out stays bounded.
  public static let maxTextCharacters = 100_000

  /// Said where the posting's text stops short of its end.
  static let textCut =
    "The rest of the posting is not shown here: it is longer than \(maxTextCharacters) characters."

  /// Said above the posting's text.
  static let textNote =
    "The posting line by line, as read; the phrases its reading counted are highlighted."

  /// The posting's own text, each line numbered as the reading numbers it, the phrases the
  /// reading counted (of the first `Evidence.maxLines` lines of each) highlighted.
  public static func text(_ posting: ReadPosting, width: Int, glyphs: Glyphs) -> PageView {
    textLayout(posting, width: width, glyphs: glyphs).page
  }

  /// The row where the posting's line `line` (from 1) starts in its text laid out at `width`.
  public static func row(ofLine line: Int, in posting: ReadPosting, width: Int, glyphs: Glyphs)
    -> Int
  {
    let starts = textLayout(posting, width: width, glyphs: glyphs).starts
    guard let last = starts.indices.last else { return 0 }
    return starts[min(max(0, line - 1), last)]
  }

  private static func textLayout(_ posting: ReadPosting, width: Int, glyphs: Glyphs)
    -> (page: PageView, starts: [Int])
  {
    var builder = PageBuilder(width: width, glyphs: glyphs)
    let title = posting.path == nil ? "The pasted posting" : posting.title
    builder.title(title)
    builder.paragraph([(textNote, .dim)])
    builder.blank()
    // Cleaned as the reader cleans them, so numbers match and no control character shows.
    let lines = PostingText.lines(posting.text)
    let phrases = counted(posting.reading)
    let numberWidth = String(lines.count).count
    let indent = min(numberWidth + 2, max(0, builder.width - 1))
    var starts: [Int] = []
    var budget = maxTextCharacters
    for (index, line) in lines.enumerated() {
      let shown = String(line.prefix(budget))
      budget -= max(1, shown.count)
      let marks = phrases[index + 1] ?? []
      let first = builder.lines.count
      starts.append(first)
      builder.paragraph(highlighted(shown, marks), indent: indent)
      if first == builder.lines.count { builder.lines.append(PageLine()) }
      let number = String(index + 1)
      builder.lines[first].spans.insert(
        Span(
          column: max(0, numberWidth - number.count),
          .text(number, marks.isEmpty ? .dim : .emphasis)),
        at: 0)
      if budget <= 0, index < lines.count - 1 || shown.count < line.count {
        builder.blank()
        builder.paragraph([(textCut, .dim)])
        break
      }
    }
    return (PageView(width: width, lines: builder.lines, links: builder.links), starts)
  }

  /// The phrases counted on each line: of the work, the roles and the things to ask about.
  static func counted(_ reading: PostingReading) -> [Int: [String]] {
    var phrases: [Int: [String]] = [:]
    let evidence =
      reading.emphasis.flatMap(\.evidence) + reading.roles.flatMap(\.evidence)
      + reading.askAbout.flatMap(\.evidence)
    for item in evidence {
      for line in item.lines where !(phrases[line]?.contains(item.phrase) ?? false) {
        phrases[line, default: []].append(item.phrase)
      }
    }
    return phrases
  }

  /// The line as runs, where any of `phrases` occurs (in any case) emphasised. A phrase
  /// written in another form on this line ("advocacy" for "advocate") is not marked; the
  /// line's number is.
  static func highlighted(_ line: String, _ phrases: [String]) -> [(String, SpanStyle)] {
    guard !phrases.isEmpty else { return [(line, .plain)] }
    let characters = Array(line)
    let folded = characters.map { $0.lowercased() }
    var marked = [Bool](repeating: false, count: characters.count)
    for phrase in phrases {
      let needle = phrase.map { $0.lowercased() }
      guard !needle.isEmpty, needle.count <= folded.count else { continue }
      var start = 0
      while start + needle.count <= folded.count {
        if folded[start] == needle[0],
          folded[start..<(start + needle.count)].elementsEqual(needle)
        {
          for index in start..<(start + needle.count) { marked[index] = true }
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    var runs: [(String, SpanStyle)] = []
    var index = 0
    while index < characters.count {
      let style: SpanStyle = marked[index] ? .emphasis : .plain
      var end = index
      while end < characters.count, marked[end] == marked[index] { end += 1 }
      runs.append((String(characters[index..<end]), style))
      index = end
    }
    return runs
  }
}
