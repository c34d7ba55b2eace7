import Testing

@testable import GuideContent

@Suite("The bundled quiz")
struct QuizContentTests {
  static func quiz() throws -> Quiz {
    try #require(try Support.bundledPack().quiz)
  }

  static func ratings(_ quiz: Quiz) -> [(dimension: String, reverse: Bool)] {
    quiz.questions.compactMap {
      if case .rating(let dimension, let reverse) = $0.kind { return (dimension, reverse) }
      return nil
    }
  }

  @Test("is titled 'Is DevRel for me?' with an intro and a five-step scale")
  func titleIntroScale() throws {
    let quiz = try Self.quiz()
    #expect(quiz.title == "Is DevRel for me?")
    #expect(!quiz.intro.isEmpty)
    #expect(quiz.scale.count == 5)
  }

  @Test("scores the 4C's and many hats, each recommending topics")
  func dimensions() throws {
    let quiz = try Self.quiz()
    #expect(quiz.dimensions.map(\.id) == ["code", "content", "community", "communication", "hats"])
    #expect(quiz.dimensions.last?.title == "Many hats")
    for dimension in quiz.dimensions {
      #expect(!dimension.topics.isEmpty, "\(dimension.id) recommends no topics")
    }
  }

  @Test("asks at least four statements per C and three about many hats, some reversed")
  func ratingCounts() throws {
    let quiz = try Self.quiz()
    let ratings = Self.ratings(quiz)
    for dimension in ["code", "content", "community", "communication"] {
      #expect(ratings.filter { $0.dimension == dimension }.count >= 4, "\(dimension)")
    }
    #expect(ratings.filter { $0.dimension == "hats" }.count >= 3)
    for dimension in quiz.dimensions.map(\.id) {
      let mine = ratings.filter { $0.dimension == dimension }
      #expect(mine.contains { $0.reverse }, "\(dimension) has no reverse-scored statement")
      #expect(mine.contains { !$0.reverse }, "\(dimension) has only reverse-scored statements")
    }
  }

  @Test("asks at least eight knowledge questions with answers in range and known topics")
  func knowledgeQuestions() throws {
    let pack = try Support.bundledPack()
    let quiz = try #require(pack.quiz)
    var count = 0
    for case .knowledge(let options, let answer, let explanation, let topic) in quiz.questions.map(
      \.kind)
    {
      count += 1
      #expect(options.count == 4)
      #expect(options.indices.contains(answer))
      #expect(!explanation.isEmpty)
      #expect(pack.topics[topic] != nil, "unknown topic \(topic)")
    }
    #expect(count >= 8)
  }

  @Test("gives the knowledge check 12 to 16 scenarios, each setting a scene before it asks")
  func scenarios() throws {
    let quiz = try Self.quiz()
    #expect((24...50).contains(quiz.questions.count))
    let knowledge = quiz.questions.filter {
      if case .knowledge = $0.kind { true } else { false }
    }
    #expect((12...16).contains(knowledge.count))
    // A scenario sets the scene in a sentence of its own before it asks; trivia only asks.
    for question in knowledge {
      let sentences = question.text.split(separator: ". ")
      #expect(sentences.count >= 2, "\(question.id) asks without setting a scene")
      #expect(question.text.hasSuffix("?"), "\(question.id) does not end in its question")
    }
  }

  @Test("asks a knowledge question about each career page but the glossary and the reading list")
  func careerTopicsAreCovered() throws {
    let pack = try Support.bundledPack()
    let quiz = try #require(pack.quiz)
    var covered = Set<String>()
    for case .knowledge(_, _, _, let topic) in quiz.questions.map(\.kind) {
      covered.insert(topic)
    }
    // The two reference pages teach no judgement to put in a scenario.
    for id in CareerContentTests.careerPages where !["glossary", "further-reading"].contains(id) {
      #expect(covered.contains(id), "no knowledge question about \(id)")
    }
    let career = try #require(pack.topics["career"])
    #expect(career.children.compactMap(\.topicID).contains(where: covered.contains))
  }

  @Test("spreads right answers over the option positions, so one position never wins")
  func answersAreSpread() throws {
    var counts = [0, 0, 0, 0]
    for case .knowledge(let options, let answer, _, _) in try Self.quiz().questions.map(\.kind) {
      #expect(options.count == counts.count)
      counts[answer] += 1
    }
    let fair = counts.reduce(0, +) / counts.count
    for (position, count) in counts.enumerated() {
      #expect(count >= fair - 2, "option \(position + 1) is right only \(count) times: \(counts)")
    }
  }

  @Test("points growth areas to the plan for breaking in, and many hats to the week")
  func dimensionsPointToCareerPages() throws {
    let quiz = try Self.quiz()
    for dimension in quiz.dimensions where dimension.id != "hats" {
      #expect(dimension.topics.contains("career/breaking-in"), "\(dimension.id)")
    }
    let hats = try #require(quiz.dimensions.first { $0.id == "hats" })
    #expect(hats.topics.contains("career/week"))
    for dimension in quiz.dimensions {
      #expect(dimension.topics.count <= 3, "results show at most three topics per growth area")
    }
  }

  @Test("reads overall fit in four bands starting at 0, 40, 60 and 80")
  func bands() throws {
    let quiz = try Self.quiz()
    #expect(quiz.bands.map(\.min).sorted() == [0, 40, 60, 80])
    for band in quiz.bands {
      #expect(!band.label.isEmpty && !band.text.isEmpty)
    }
  }
}
