import GuideContent

/// A small lexicon whose numbers are easy to follow by hand.
enum Lexicons {
  static let small = PostingLexicon(
    subject: "DevRel",
    dimensions: [
      PostingDimension(
        id: "code", title: "Code",
        phrases: [
          WeightedPhrase("SDK", weight: 3), WeightedPhrase("write code", weight: 2),
          WeightedPhrase("demos", weight: 1),
        ]),
      PostingDimension(
        id: "content", title: "Content",
        phrases: [
          WeightedPhrase("writing", weight: 2), WeightedPhrase("tutorials", weight: 2),
          WeightedPhrase("technical writing", weight: 3),
        ]),
      PostingDimension(
        id: "community", title: "Community",
        phrases: [
          WeightedPhrase("community", weight: 3), WeightedPhrase("code of conduct", weight: 2),
          WeightedPhrase("demos", weight: 1),
        ]),
    ],
    roles: [
      PostingRole(
        id: "advocate", title: "Developer advocate", topic: nil,
        signature: [WeightedPhrase("developer advocate", weight: 5), WeightedPhrase("demos")]),
      PostingRole(
        id: "writer", title: "Technical writer", topic: nil,
        signature: [WeightedPhrase("technical writer", weight: 5), WeightedPhrase("tutorials")]),
    ],
    askAbout: [
      PostingFlag(id: "on-call", title: "On-call", ask: "How often?", phrases: ["on-call"]),
      PostingFlag(id: "years", title: "Years", ask: "Firm?", phrases: ["# years"]),
    ],
    niceToHave: ["nice to have", "a plus"])
}
