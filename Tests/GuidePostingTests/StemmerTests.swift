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
