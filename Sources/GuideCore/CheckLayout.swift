import GuideContent

/// A finished knowledge check as a page: right answers out of all, the pages worth reading
/// again (each once, in the order of the questions missed), and each question missed with its
/// answer. It says nothing about fit: a check never counts toward one.
public enum CheckLayout {
  public static func layout(
    _ attempt: Attempt, previous: Attempt?, quiz: Quiz, pack: ContentPack, width: Int,
    glyphs: Glyphs
  ) -> PageView {
    var builder = PageBuilder(width: width, glyphs: glyphs)
    let title =
      attempt.date.isEmpty ? "Your check" : "Check of \(Guide.shortDate(attempt.date))"
    builder.title(title)
    builder.blank()
    let score = attempt.knowledge ?? KnowledgeScore(correct: 0, total: 0)
    builder.paragraph([("\(score.correct) of \(score.total) right", .heading)])
    if let before = previous?.knowledge {
      builder.paragraph(
        PageBuilder.change(
          "The check before: \(before.correct)", "\(score.correct)",
          style: score.correct >= before.correct ? .plain : .warn))
    }
    builder.paragraph([
      ("A check of what the pages teach; it does not count toward which job fits you.", .dim)
    ])
    let missed = MissedQuestion.all(quiz, answers: attempt.answers)
    let pages = MissedQuestion.pages(missed)
    builder.blank()
    if pages.isEmpty {
      builder.paragraph([("Every question answered right: nothing to reread.", .good)])
    } else {
      builder.paragraph([("Pages worth reading again", .heading)])
      for id in pages where pack.topics[id] != nil {
        builder.bullet(ResultsLayout.links([id], pack, &builder))
      }
    }
    ResultsLayout.missed(attempt, quiz: quiz, pack: pack, &builder)
    return PageView(width: width, lines: builder.lines, links: builder.links)
  }
}
