import Testing

@testable import GuideCore

/// The word list search is tested on: each row's forms must meet, and no two rows may.
@Suite("Stemming for search")
struct SearchStemmerTests {
  static func key(_ word: String) -> [UInt8] { SearchWords.key(Array(word.utf8)) }

  static let families: [[String]] = [
    ["salary", "salaries", "salaried"],
    ["conference", "conferences"],
    ["blog", "blogs", "blogging", "blogged", "blogger"],
    ["burn", "burns", "burned", "burnt", "burning"],
    ["speak", "speaks", "speaking", "speaker", "spoke", "spoken"],
    ["talk", "talks", "talking", "talked"],
    ["introvert", "introverts", "introverted"],
    ["moderate", "moderation", "moderating", "moderator", "moderators"],
    ["learn", "learns", "learned", "learnt", "learning"],
    ["write", "writes", "wrote", "written", "writing"],
    ["pay", "pays", "paid", "paying"],
    ["engineer", "engineers", "engineering"],
    ["question", "questions"],
    ["interview", "interviews", "interviewing", "interviewed"],
    ["community", "communities"],
    ["metric", "metrics"],
  ]

  @Test(arguments: families)
  func formsMeet(forms: [String]) {
    let stems = Set(forms.map(Self.key))
    #expect(stems.count == 1, "\(forms) gave \(stems)")
  }

  @Test func differentWordsStayApart() {
    let stems = Self.families.map { Self.key($0[0]) }
    #expect(Set(stems).count == stems.count, "\(stems)")
    for (word, other) in [("me", "members"), ("back", "feedback"), ("code", "community")] {
      #expect(Self.key(word) != Self.key(other))
    }
  }
}
