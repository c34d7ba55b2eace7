import GuideContent

/// How a posting's emphasis meets the reader's last quiz: "leans on Content, one of your
/// growth areas", with the pages to read next.
public enum PostingFit {
  /// The share a dimension needs in the posting to be worth setting beside a score.
  public static let notableShare = 20

  /// What the reading says about one dimension the posting leans on.
  public struct Note: Sendable, Equatable {
    /// The sentence, without the pages to read and the full stop.
    public var text: String
    /// Topics to read next (for a growth area): of the dimension's first three, those the
    /// pack has.
    public var read: [String]
  }

  /// One sentence per dimension the posting leans on (at least `notableShare`), largest share
  /// first, with the pages to read for a growth area: "Leans on Content (40%), one of your
  /// growth areas (you scored 30): read Writing (writing)."
  public static func lines(
    _ reading: PostingReading, scores: [String: Int], ranked: [Dimension], pack: ContentPack
  ) -> [String] {
    notes(reading, scores: scores, ranked: ranked, pack: pack).map { sentence($0, pack: pack) }
  }

  /// A note as one sentence, each page to read with its id (for `devrel-guide show ID`).
  public static func sentence(_ note: Note, pack: ContentPack) -> String {
    let pages = note.read.compactMap { id in pack.topics[id].map { "\($0.title) (\(id))" } }
    return note.text + (pages.isEmpty ? "" : ": read " + pages.joined(separator: ", ")) + "."
  }

  /// The notes behind `lines`. `ranked` is the quiz's dimensions with a score, strongest first
  /// (as the results page ranks them); like that page, the strongest is first and the growth
  /// areas are the last two after it, and a tie everywhere has neither.
  public static func notes(
    _ reading: PostingReading, scores: [String: Int], ranked: [Dimension], pack: ContentPack
  ) -> [Note] {
    let allTied = Set(ranked.compactMap { scores[$0.id] }).count <= 1
    let strongest = allTied ? nil : ranked.first?.id
    let growth = allTied ? [] : ranked.dropFirst().suffix(2).map(\.id)
    let leaning = reading.emphasis.enumerated().filter { $0.element.percent >= notableShare }
      .sorted {
        $0.element.percent != $1.element.percent
          ? $0.element.percent > $1.element.percent : $0.offset < $1.offset
      }
      .map(\.element)
    return leaning.compactMap { emphasis in
      guard let score = scores[emphasis.id] else { return nil }
      let leans = "Leans on \(emphasis.title) (\(emphasis.percent)%)"
      if emphasis.id == strongest {
        return Note(text: "\(leans), your strongest area (you scored \(score))", read: [])
      }
      guard growth.contains(emphasis.id) else {
        return Note(text: "\(leans), where you scored \(score)", read: [])
      }
      let dimension = ranked.first { $0.id == emphasis.id }
      let pages = (dimension?.topics ?? []).prefix(3).filter { pack.topics[$0] != nil }
      return Note(
        text: "\(leans), one of your growth areas (you scored \(score))", read: Array(pages))
    }
  }
}
