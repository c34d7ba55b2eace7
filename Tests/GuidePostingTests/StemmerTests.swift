import PropertyBased
import Testing

@testable import GuidePosting

@Suite("Stemming")
struct StemmerTests {
  @Test(arguments: [
    ["advocate", "advocates", "advocacy", "advocating", "advocated"],
    ["write", "writes", "writing", "written", "writer", "writers"],
    ["community", "communities"],
    ["communicate", "communication", "communicating"],
    ["tutorial", "tutorials"],
    ["travel", "travels", "travelling", "traveling"],
    ["educator", "education", "educate"],
  ])
  func formsOfAWordShareOneStem(forms: [String]) {
    let stems = Set(forms.map(Stemmer.stem))
    #expect(stems.count == 1, "\(forms) gave \(stems)")
  }

  @Test func differentWordsKeepDifferentStems() {
    #expect(Stemmer.stem("code") != Stemmer.stem("community"))
    #expect(Stemmer.stem("docs") != Stemmer.stem("dockside"))
  }

  @Test func shortWordsAndPossessivesAreKept() {
    #expect(Stemmer.stem("use") == "use")
    #expect(Stemmer.stem("open") == "open")
    #expect(Stemmer.stem("developer's") == Stemmer.stem("developer"))
  }

  @Test func stemmingAStemChangesNothing() async {
    let letters = Gen.letterOrNumber.string(of: 1...14).map { $0.lowercased() }
    await propertyCheck(count: 500, input: letters) { word in
      let stem = Stemmer.stem(word)
      #expect(Stemmer.stem(stem) == stem, "\(word)")
    }
  }
}

/// The word list search is tested on: each row's forms must meet, and no two rows may.
@Suite("Stemming for search")
struct SearchStemmerTests {
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
    let stems = Set(forms.map(Stemmer.stem))
    #expect(stems.count == 1, "\(forms) gave \(stems)")
  }

  @Test func differentWordsStayApart() {
    let stems = Self.families.map { Stemmer.stem($0[0]) }
    #expect(Set(stems).count == stems.count, "\(stems)")
    for (word, other) in [("me", "members"), ("back", "feedback"), ("code", "community")] {
      #expect(Stemmer.stem(word) != Stemmer.stem(other))
    }
  }
}
