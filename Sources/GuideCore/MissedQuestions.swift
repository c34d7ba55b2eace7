import GuideContent

/// A knowledge question an attempt did not get right (a wrong answer or a skip), with the
/// right answer and the page that teaches it, so results can say what to read.
public struct MissedQuestion: Sendable, Equatable, Encodable {
  public var id: String
  public var question: String
  public var answer: String
  /// The topic id of the page to read.
  public var topic: String

  public init(id: String, question: String, answer: String, topic: String) {
    self.id = id
    self.question = question
    self.answer = answer
    self.topic = topic
  }

  /// The pages to read again for `missed`: each topic once, in the order of the questions.
  public static func pages(_ missed: [MissedQuestion]) -> [String] {
    var pages: [String] = []
    for question in missed where !pages.contains(question.topic) { pages.append(question.topic) }
    return pages
  }

  /// The knowledge questions of `quiz` that `answers` got wrong or skipped, in quiz order. A
  /// question with no answer at all was not in the quiz when the attempt was made: not listed.
  public static func all(_ quiz: Quiz, answers: [String: Answer]) -> [MissedQuestion] {
    quiz.questions.compactMap { question in
      guard case .knowledge(let options, let answer, _, let topic) = question.kind,
        let given = answers[question.id], given != .chose(answer),
        let right = options[safe: answer]
      else { return nil }
      return MissedQuestion(id: question.id, question: question.text, answer: right, topic: topic)
    }
  }
}
