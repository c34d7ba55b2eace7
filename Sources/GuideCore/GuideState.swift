/// Where the reader is on a menu: which menu, and which entry is selected.
public struct MenuPosition: Sendable, Equatable {
  /// `home`, or the id of a topic that has children.
  public var id: String
  public var selection: Int

  public init(id: String, selection: Int = 0) {
    self.id = id
    self.selection = selection
  }
}

/// Where the reader is on a page: which topic, the first visible line, the focused link.
public struct PagePosition: Sendable, Equatable {
  public var id: String
  public var scroll: Int
  public var focusedLink: Int?
  /// The line of the search match `n`/`N` last jumped to.
  public var match: Int?

  public init(id: String, scroll: Int = 0, focusedLink: Int? = nil, match: Int? = nil) {
    self.id = id
    self.scroll = scroll
    self.focusedLink = focusedLink
    self.match = match
  }
}

/// One screen of the guide, with the position on it, so going back returns to the same place.
public enum Screen: Sendable, Equatable {
  case menu(MenuPosition)
  case page(PagePosition)
  case quiz(QuizPosition)
  case results(ResultsPosition)

  public static let home = Screen.menu(MenuPosition(id: GuideState.homeID))
}

/// Everything the guide shows, as a value. The UI draws it; `Guide.handle` changes it.
public struct GuideState: Sendable, Equatable {
  public static let homeID = "home"

  public var size: Size
  public var screen: Screen
  /// Screens to return to with Esc, most recent last.
  public var back: [Screen] = []
  /// Screens left with Esc, to return to with `]`, like a browser's forward button.
  public var forward: [Screen] = []
  public var helpVisible = false
  /// The search line, while it is open.
  public var search: SearchState?
  /// The last search confirmed with Enter: highlighted on pages, and where `n`/`N` jump.
  public var highlight: String?
  /// Progress marks by topic id.
  public var marks: [String: TopicMark] = [:]
  /// True while "Reset all progress marks?" waits for an answer.
  public var confirmingReset = false
  /// A one-line message for the footer, cleared by the next key.
  public var status: String?
  /// The quiz being taken, saved after every answer so it can be resumed.
  public var quiz: QuizProgress?
  /// Finished attempts, oldest first.
  public var attempts: [Attempt]

  public init(
    size: Size, screen: Screen = .home, quiz: QuizProgress? = nil,
    attempts: [Attempt] = [], marks: [String: TopicMark] = [:]
  ) {
    self.size = size
    self.screen = screen
    self.quiz = quiz
    self.attempts = attempts
    self.marks = marks
  }
}

/// How far the reader has got with a topic, set with `d`, `l` and `s` on its page.
public enum TopicMark: String, Sendable, Equatable, Codable, CaseIterable {
  case done
  case learning
  case skipped
}

/// The open search line: what has been typed, what it finds, which hit is selected.
public struct SearchState: Sendable, Equatable {
  public enum Mode: Sendable, Equatable {
    /// `/`: every topic's text.
    case text
    /// `i`: the glossary's terms.
    case index
  }

  public var mode: Mode
  public var query: String
  public var hits: [SearchHit]
  public var selection: Int

  public init(mode: Mode = .text, query: String = "", hits: [SearchHit] = [], selection: Int = 0) {
    self.mode = mode
    self.query = query
    self.hits = hits
    self.selection = selection
  }
}

/// Where the reader was when the guide closed, so the next start returns there.
public struct Place: Sendable, Equatable, Codable {
  public var topicID: String
  public var scroll: Int

  public init(topicID: String, scroll: Int) {
    self.topicID = topicID
    self.scroll = scroll
  }
}

/// Something that happened, sent to `Guide.handle`.
public enum Event: Sendable, Equatable {
  case key(Key)
  case resized(Size)
  /// The app stored a finished attempt (with its date); it joins the history.
  case attemptRecorded(Attempt)
  /// A message for the status line, e.g. that results could not be saved.
  case notice(String)
  /// A click on the `index`th item of the list on screen: a menu entry, a quiz option, an
  /// attempt, a search hit.
  case choose(Int)
  /// A click on the `index`th link of the page on screen.
  case follow(Int)
  /// Text pasted as a whole (bracketed paste, or the line mode's search words): typed into the
  /// search line when it is open, ignored elsewhere, so a pasted sentence never acts as keys.
  case paste(String)
}

/// Work the app must do after an event; the state machine itself does no I/O.
public enum Effect: Sendable, Equatable {
  case quit
  /// Repaint the whole screen (Ctrl-L).
  case redraw
  /// Store the quiz in progress, so a closed terminal loses nothing.
  case saveProgress(QuizProgress)
  /// The quiz in progress is finished or abandoned: forget the saved copy.
  case clearProgress
  /// Add a finished attempt to the history; the app answers with `.attemptRecorded`.
  case recordAttempt(Attempt)
  /// Store the progress marks.
  case saveMarks([String: TopicMark])
}
