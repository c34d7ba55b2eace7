import GuideContent

/// How a posting's emphasis meets the reader's last quiz: "leans on Content, one of your
/// growth areas", with the pages to read next.
public enum PostingFit {
  /// The share a dimension needs in the posting to be worth setting beside a score.
  public static let notableShare = 20

  /// One sentence per dimension the posting leans on (at least `notableShare`), largest share
  /// first. `ranked` is the quiz's dimensions with a score, strongest first (as the results
  /// page ranks them); like that page, the strongest is first and the growth areas are the
  /// last two after it, and a tie everywhere has neither.
  public static func lines(
    _ reading: PostingReading, scores: [String: Int], ranked: [Dimension], pack: ContentPack
  ) -> [String] {
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
        return "\(leans), your strongest area (you scored \(score))."
      }
      guard growth.contains(emphasis.id) else { return "\(leans), where you scored \(score)." }
      let dimension = ranked.first { $0.id == emphasis.id }
      let pages = (dimension?.topics ?? []).prefix(3).compactMap { id in
        pack.topics[id].map { "\($0.title) (\(id))" }
      }
      let read = pages.isEmpty ? "" : ": read " + pages.joined(separator: ", ")
      return "\(leans), one of your growth areas (you scored \(score))\(read)."
    }
  }
}
