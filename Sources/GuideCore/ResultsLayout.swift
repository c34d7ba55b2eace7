import GuideContent

/// Lays one quiz attempt out as a readable page: the overall reading, a bar per dimension with
/// its number (so it reads without the chart), knowledge, strongest area, growth areas with
/// topics to read, the change since the attempt before, and the knowledge questions missed.
public enum ResultsLayout {
  public static let barWidth = 20

  /// A page builder holding the attempt's title and its rule: the earlier quiz's results and
  /// the assessment's both open this way.
  static func titled(_ attempt: Attempt, width: Int, glyphs: Glyphs) -> PageBuilder {
    var builder = PageBuilder(width: width, glyphs: glyphs)
    let title =
      attempt.date.isEmpty ? "Your results" : "Results of \(Guide.shortDate(attempt.date))"
    builder.title(title)
    builder.blank()
    return builder
  }

  public static func layout(
    _ attempt: Attempt, previous: Attempt?, quiz: Quiz, pack: ContentPack, width: Int,
    glyphs: Glyphs, medium: FitLayout.Medium = .screen
  ) -> PageView {
    if attempt.isCheck {
      return CheckLayout.layout(
        attempt, previous: previous, quiz: quiz, pack: pack, width: width, glyphs: glyphs)
    }
    if attempt.isAssessment, let assessment = pack.assessment {
      return FitLayout.layout(
        attempt, previous: previous, quiz: quiz, assessment: assessment, pack: pack, width: width,
        glyphs: glyphs, medium: medium)
    }
    var builder = titled(attempt, width: width, glyphs: glyphs)
    if pack.assessment != nil {
      builder.paragraph([
        (
          "From the earlier quiz of statements about you; the assessment now rates activities "
            + "and ranks roles.", .dim
        )
      ])
    }

    overall(attempt, quiz: quiz, &builder)
    scores(attempt, previous, quiz: quiz, width: width, &builder)
    let verdict = Scoring.verdict(quiz, scores: attempt.scores)
    strongest(attempt, verdict, quiz: quiz, pack: pack, &builder)
    growth(attempt, verdict, pack: pack, &builder)
    dispositions(attempt, verdict, pack: pack, &builder)
    if let previous { since(previous, attempt, quiz: quiz, &builder) }
    missed(attempt, quiz: quiz, pack: pack, &builder)
    return PageView(width: width, lines: builder.lines, links: builder.links)
  }

  /// The overall fit and its band, or why there is none.
  private static func overall(_ attempt: Attempt, quiz: Quiz, _ builder: inout PageBuilder) {
    if let overall = Scoring.overall(attempt.scores) {
      let band = Scoring.band(quiz, overall: overall)
      builder.paragraph(
        [("Overall fit: \(overall) of 100", .heading)]
          + (band.map { [(" · " + $0.label, .heading)] } ?? []))
      if let band, !band.text.isEmpty { builder.paragraph([(band.text, .plain)]) }
    } else {
      builder.paragraph([("Every statement was skipped, so there is no score yet.", .plain)])
    }

  }

  /// A bar per dimension, the scores kept for areas the pack no longer has, and knowledge.
  private static func scores(
    _ attempt: Attempt, _ previous: Attempt?, quiz: Quiz, width: Int,
    _ builder: inout PageBuilder
  ) {
    builder.blank()
    builder.paragraph([("Scores", .heading)])
    let labelWidth = min(16, quiz.dimensions.map { CellWidth.of($0.title) }.max() ?? 8)
    for dimension in quiz.dimensions {
      builder.lines.append(
        bar(dimension, attempt, previous, labelWidth: labelWidth, width: width))
    }
    let unknown = attempt.scores.keys.filter { id in !quiz.dimensions.contains { $0.id == id } }
    if !unknown.isEmpty {
      builder.paragraph([
        (
          "Also saved, for areas this guide no longer has: "
            + unknown.sorted().map { "\($0) \(attempt.scores[$0] ?? 0)" }.joined(separator: ", ")
            + ".", .dim
        )
      ])
    }
    if let knowledge = attempt.knowledge {
      builder.blank()
      builder.paragraph([
        ("Knowledge: \(knowledge.correct) of \(knowledge.total) questions right", .plain)
      ])
    }

  }

  /// The strongest area and where to build on it, or why none stands out.
  private static func strongest(
    _ attempt: Attempt, _ verdict: Scoring.Verdict, quiz: Quiz, pack: ContentPack,
    _ builder: inout PageBuilder
  ) {
    let skills = Scoring.ranked(quiz, scores: attempt.scores).filter { !$0.disposition }
    if let strongest = verdict.strongest {
      builder.blank()
      builder.paragraph([
        ("Strongest: ", .heading),
        ("\(strongest.title) (\(attempt.scores[strongest.id] ?? 0))", .good),
      ])
      builder.paragraph(
        [("Build on it: ", .plain)] + links(strongest.topics.prefix(1), pack, &builder))
    } else if skills.count > 1 {
      // Naming a leader by a point or two would be noise: say so instead.
      let scores = skills.compactMap { attempt.scores[$0.id] }
      let words =
        scores.allSatisfy({ $0 == scores.first })
        ? "Every area scored \(scores.first ?? 0), so none stands out."
        : "No area leads the others by \(Scoring.clearLead) points or more, so none stands out."
      builder.blank()
      builder.paragraph([(words, .heading)])
      if verdict.growth.isEmpty {
        builder.paragraph(
          [("A place to start: ", .plain)] + links(skills[0].topics.suffix(1), pack, &builder))
      }
    }
  }

  /// The areas below the growth line, each with pages to read.
  private static func growth(
    _ attempt: Attempt, _ verdict: Scoring.Verdict, pack: ContentPack,
    _ builder: inout PageBuilder
  ) {
    if !verdict.growth.isEmpty {
      builder.blank()
      builder.paragraph([("Growth areas (below \(Scoring.growthBelow))", .heading)])
      for dimension in verdict.growth {
        let score = attempt.scores[dimension.id] ?? 0
        var runs: [(String, SpanStyle)] = [("\(dimension.title) (\(score)): read ", .plain)]
        runs += links(dimension.topics.prefix(3), pack, &builder)
        builder.bullet(runs)
      }
    }
  }

  /// The dimensions that are ways of working rather than skills, each with a page to read.
  private static func dispositions(
    _ attempt: Attempt, _ verdict: Scoring.Verdict, pack: ContentPack,
    _ builder: inout PageBuilder
  ) {
    for dimension in verdict.dispositions {
      builder.blank()
      builder.paragraph(
        [
          ("\(dimension.title): \(attempt.scores[dimension.id] ?? 0) of 100", .heading),
          (" (a way of working, not one of the skills). Read ", .plain),
        ] + links(dimension.topics.prefix(1), pack, &builder) + [(".", .plain)])
    }

  }

  /// How each score changed since the attempt before.
  private static func since(
    _ previous: Attempt, _ attempt: Attempt, quiz: Quiz, _ builder: inout PageBuilder
  ) {
    builder.blank()
    builder.paragraph([
      (
        "Since \(previous.date.isEmpty ? "the attempt before" : Guide.shortDate(previous.date))",
        .heading
      )
    ])
    for dimension in quiz.dimensions {
      guard let now = attempt.scores[dimension.id], let then = previous.scores[dimension.id]
      else {
        continue
      }
      let change = now == then ? "no change" : (now > then ? "+" : "") + String(now - then)
      let style: SpanStyle = now >= then ? .plain : .warn
      builder.bullet(
        PageBuilder.change("\(dimension.title) \(then)", "\(now), \(change)", style: style))
    }
  }

  /// Every knowledge question not answered right, with the right answer and the page to read.
  static func missed(
    _ attempt: Attempt, quiz: Quiz, pack: ContentPack, _ builder: inout PageBuilder
  ) {
    let missed = MissedQuestion.all(quiz, answers: attempt.answers)
    guard !missed.isEmpty else { return }
    builder.blank()
    builder.paragraph([("Questions to revisit", .heading)])
    for question in missed {
      var runs: [(String, SpanStyle)] = [
        (question.question + " ", .plain), ("Answer: \(question.answer).", .good),
      ]
      let read = links([question.topic], pack, &builder)
      if !read.isEmpty { runs += [(" Read ", .plain)] + read }
      builder.bullet(runs)
    }
  }

  /// `Community     ` a bar three quarters filled, then `  75  +15`.
  static func bar(
    _ dimension: Dimension, _ attempt: Attempt, _ previous: Attempt?, labelWidth: Int, width: Int
  ) -> PageLine {
    var label = dimension.title
    while CellWidth.of(label) > labelWidth { label.removeLast() }
    label += String(repeating: " ", count: labelWidth - CellWidth.of(label) + 1)
    guard let score = attempt.scores[dimension.id] else {
      return PageLine([
        Span(column: 0, .text(label, .plain)),
        Span(column: labelWidth + 1, .text("skipped", .dim)),
      ])
    }
    let room = max(5, min(barWidth, width - labelWidth - 11))
    let eighths = Int((Double(score) / 100 * Double(room * 8)).rounded())
    var number = String(score)
    number = String(repeating: " ", count: max(0, 3 - number.count)) + number
    var spans = [
      Span(column: 0, .text(label, .plain)),
      Span(column: labelWidth + 1, .bar(eighths: eighths, of: room)),
      Span(column: labelWidth + 2 + room, .text(number, .plain)),
    ]
    if let then = previous?.scores[dimension.id], then != score {
      let change = score - then
      spans.append(
        Span(
          column: labelWidth + 6 + room,
          .text((change > 0 ? "+" : "") + String(change), change > 0 ? .good : .warn)))
    }
    return PageLine(spans)
  }

  /// Links to topics, joined with commas.
  static func links(_ ids: ArraySlice<String>, _ pack: ContentPack, _ builder: inout PageBuilder)
    -> [(String, SpanStyle)]
  {
    var runs: [(String, SpanStyle)] = []
    for (index, id) in ids.enumerated() where pack.topics[id] != nil {
      if index > 0 { runs.append((", ", .plain)) }
      runs += builder.runs([.link(label: pack.topics[id]?.title ?? id, target: id)])
    }
    return runs
  }
}
