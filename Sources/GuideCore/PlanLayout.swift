import GuideContent

/// "Your plan" laid out as lines for a width: a line on where the plan comes from and how much
/// is done, then per dimension a heading and its actions, each wrapped with its effort and
/// page below. Pure, so frame tests and the screen agree; the UI adds the marks' glyphs.
public struct PlanLayout: Sendable, Equatable {
  /// The column each action's words start at: its number, then its mark, before them.
  public static let textColumn = 4
  /// The column of an action's mark, drawn by the UI.
  public static let markColumn = 2

  public var lines: [PageLine]
  /// The lines of each action, in `PlanView.actions` order.
  public var actionLines: [Range<Int>]

  public init(
    _ view: PlanView?, pack: ContentPack, marks: [String: TopicMark], width: Int, glyphs: Glyphs
  ) {
    var builder = PageBuilder(width: width, glyphs: glyphs)
    actionLines = Self.build(view, pack: pack, marks: marks, into: &builder)
    lines = builder.lines
  }

  /// Adds the plan's lines to `builder`; returns the lines of each action.
  private static func build(
    _ view: PlanView?, pack: ContentPack, marks: [String: TopicMark],
    into builder: inout PageBuilder
  ) -> [Range<Int>] {
    var actionLines: [Range<Int>] = []
    guard let view else {
      builder.paragraph([
        ("Take the quiz first: your plan is made from your latest results.", .plain)
      ])
      return []
    }
    let progress = view.progress(marks)
    switch view.basis {
    case .growthAreas:
      builder.paragraph([
        ("Actions for the growth areas of your latest attempt. ", .plain),
        ("\(progress.done) of \(progress.total) done.", .good),
      ])
    case .lowestSkills:
      builder.paragraph([
        ("No skill was a growth area, so these build your lowest-scoring skills. ", .plain),
        ("\(progress.done) of \(progress.total) done.", .good),
      ])
    case .noScores:
      builder.paragraph([
        ("Every statement was skipped, so there is nothing to plan yet. Retake the quiz.", .plain)
      ])
    case .role, .chooseRole:
      builder.paragraph([
        (PlanView.basisWords(view) + " ", .plain),
        ("\(progress.done) of \(progress.total) done.", .good),
      ])
    }
    if view.sections.isEmpty, view.basis != .noScores, view.role == nil {
      builder.paragraph([("This guide has no actions for those areas yet.", .dim)])
    }
    var number = 0
    for section in view.sections {
      builder.blank()
      builder.paragraph([
        (section.heading ?? "\(section.dimension.title) (\(section.score))", .heading)
      ])
      for action in section.actions {
        let first = builder.lines.count
        builder.paragraph([(action.text, .plain)], indent: textColumn)
        let page = pack.topics[action.topic]?.title ?? action.topic
        builder.paragraph([(action.effort.label + " · " + page, .dim)], indent: textColumn)
        number += 1
        if number <= 9, first < builder.lines.count {
          builder.lines[first].spans.insert(Span(column: 0, .text("\(number)", .dim)), at: 0)
        }
        actionLines.append(first..<builder.lines.count)
      }
    }
    return actionLines
  }
}
