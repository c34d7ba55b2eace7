import GuideCore
import GuidePackLoader

/// What a saved file may hold. Saved files are outside data like packs: a value the app would
/// trap on (a score of 1000, a negative question number) or print raw (an escape sequence in
/// an id) makes the whole file count as damaged, so it is set aside and the guide starts
/// afresh instead of crashing on every start.
enum SavedDataLimits {
  /// Beyond any real quiz: its questions, options, and answers.
  static let maxCount = 10_000
  /// Beyond any real page's line count.
  static let maxScroll = 10_000_000
  /// Ids are pack ids, question ids, dimension ids and topic ids.
  static let maxIDBytes = 256

  /// Text that prints as it is: short, and with nothing the sanitiser would change.
  static func isSafeID(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.count <= maxIDBytes && Sanitizer.clean(text) == text
  }

  /// Empty (not yet stamped) or an ISO 8601 time such as `2026-11-29T10:04:00Z`.
  static func isSafeDate(_ text: String) -> Bool {
    text.utf8.count <= 40
      && text.unicodeScalars.allSatisfy {
        ("0"..."9").contains($0) || "-:.+TZ".unicodeScalars.contains($0)
      }
  }

  static func areSafeAnswers(_ answers: [String: Answer]) -> Bool {
    answers.count <= maxCount
      && answers.allSatisfy { id, answer in
        guard isSafeID(id) else { return false }
        if case .chose(let index) = answer { return (0..<maxCount).contains(index) }
        return true
      }
  }
}

extension Attempt {
  var isWithinLimits: Bool {
    SavedDataLimits.isSafeDate(date) && SavedDataLimits.isSafeID(packID)
      && SavedDataLimits.isSafeID(packVersion) && SavedDataLimits.areSafeAnswers(answers)
      && scores.count <= SavedDataLimits.maxCount
      && scores.allSatisfy { SavedDataLimits.isSafeID($0.key) && (0...100).contains($0.value) }
      && (knowledge.map {
        0 <= $0.correct && $0.correct <= $0.total && $0.total <= SavedDataLimits.maxCount
      } ?? true)
      && (form.map(SavedDataLimits.isSafeID) ?? true)
  }
}

extension History {
  var isWithinLimits: Bool { attempts.allSatisfy(\.isWithinLimits) }
}

extension SavedQuiz {
  var isWithinLimits: Bool {
    guard let progress else { return true }
    return SavedDataLimits.isSafeID(progress.packID)
      && SavedDataLimits.isSafeID(progress.packVersion)
      && SavedDataLimits.areSafeAnswers(progress.answers)
      && (0..<SavedDataLimits.maxCount).contains(progress.current)
  }
}

extension Progress {
  var isWithinLimits: Bool {
    marks.count <= Guide.maxMarks && marks.keys.allSatisfy(SavedDataLimits.isSafeID)
  }
}

extension SavedPlace {
  var isWithinLimits: Bool {
    guard let place else { return true }
    return SavedDataLimits.isSafeID(place.topicID)
      && (0...SavedDataLimits.maxScroll).contains(place.scroll)
  }
}
