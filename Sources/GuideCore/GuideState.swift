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

/// Where the reader is on "Your plan": the selected action, counted over every section.
public struct PlanPosition: Sendable, Equatable {
  public var selection: Int
  /// The first line of `PlanLayout` on screen, when the plan is taller than the window.
  public var scroll: Int

  public init(selection: Int = 0, scroll: Int = 0) {
    self.selection = selection
    self.scroll = scroll
  }
}

/// One screen of the guide, with the position on it, so going back returns to the same place.
/// Each case holds the screen's state; `model` names the type that handles its events.
public enum Screen: Sendable, Equatable {
  case menu(MenuPosition)
  case page(PagePosition)
  case quiz(QuizPosition)
  case results(ResultsPosition)
  /// "Read a job posting": the line that takes a paste or a path, or a reading.
  case posting(PostingStep)
  /// "Your plan" for the latest attempt.
  case plan(PlanPosition)
  /// One role of an assessment's results, read closely.
  case role(RoleProfile)

  public static let home = Screen.menu(MenuPosition(id: GuideState.homeID))

  /// The model of this screen (`ScreenModel`): the one place that says which type handles
  /// which screen. A new screen adds its case above and its line here.
  public var model: any ScreenModel {
    switch self {
    case .menu(let position): position
    case .page(let position): position
    case .quiz(let position): position
    case .results(let position) where position.attempt != nil: AttemptScreen(position: position)
    case .results(let position): ResultsListScreen(position: position)
    case .posting(.prompt(let prompt)): prompt
    case .posting(.reading(let page)): page
    case .plan(let position): position
    case .role(let profile): profile
    }
  }
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
  /// Help, the search line or a question, over the screen; it takes keys before the screen.
  public var overlay: Overlay?
  /// The last search confirmed with Enter: highlighted on pages, and where `n`/`N` jump.
  public var highlight: String?
  /// The searches confirmed with Enter in this session, oldest first, each once: Up on the
  /// search line brings them back.
  public var searches: [String] = []
  /// Progress marks by topic id.
  public var marks: [String: TopicMark] = [:]
  /// A one-line message for the footer, cleared by the next key.
  public var status: String?
  /// The quiz being taken, saved after every answer so it can be resumed.
  public var quiz: QuizProgress?
  /// The knowledge check being taken. Kept while the guide is open, not saved: it is short,
  /// and its answers mean something only once it is finished and recorded.
  public var check: QuizProgress?
  /// Finished attempts, oldest first.
  public var attempts: [Attempt]
  /// The role chosen on the results of an assessment, which "Your plan" follows (the best fit
  /// when nil).
  public var planRole: String?

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

/// What sits over the screen and takes keys before it.
public enum Overlay: Sendable, Equatable {
  /// The keys of the screen under it, then every other key, in a box (`?`), scrolled so that
  /// row `scroll` of `KeyHelp.rows` is at its top.
  case help(scroll: Int)
  /// The search line (`/` or `i`).
  case search(SearchState)
  /// A question that waits for an answer.
  case confirm(Confirmation)

  /// The open search line, if that is the overlay.
  public var search: SearchState? {
    if case .search(let search) = self { return search }
    return nil
  }
}

/// A question the guide asks before doing something that is hard to undo.
public enum Confirmation: Sendable, Equatable {
  /// "Reset all progress marks?" (`R` on home): `y` resets, any other key keeps them.
  case resetMarks
  /// "Leave the quiz?" (Esc on question `question`): leave (answers kept) or keep going.
  case leaveQuiz(question: Int, selection: Int)
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
  /// What has been typed, and where the cursor is in it.
  public var line: LineEdit
  public var hits: [SearchHit]
  /// Words of the pack to suggest when the hits fall short, and whether every hit holds every
  /// word (false: none does, and these hold the most).
  public var suggestions: [String] = []
  public var everyWord = true
  /// The selected hit.
  public var selection: Int
  /// Which earlier search Up has brought back (an index into `GuideState.searches`), and the
  /// words that were being typed before it, for Down to return to.
  public var recalled: Recall?

  /// The words typed.
  public var query: String { line.text }

  public init(mode: Mode = .text, query: String = "", hits: [SearchHit] = [], selection: Int = 0) {
    self.init(mode: mode, line: LineEdit(query), hits: hits, selection: selection)
  }

  public init(mode: Mode, line: LineEdit, hits: [SearchHit] = [], selection: Int = 0) {
    self.mode = mode
    self.line = line
    self.hits = hits
    self.selection = selection
  }

  /// An earlier search brought back with Up, and the line it took the place of.
  public struct Recall: Sendable, Equatable {
    public var index: Int
    public var draft: LineEdit
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

/// Something that happened, sent to `Guide.handle`, the only way the state changes.
public enum Event: Sendable, Equatable {
  case key(Key)
  case resized(Size)
  /// The mouse wheel turned: a few lines or items up (toward the top) or down.
  case wheel(up: Bool)
  /// A message for the status line, e.g. that results could not be saved.
  case notice(String)
  /// The `index`th item of the list on screen was picked (a click, or its number in the line
  /// mode): a menu entry, a quiz option, an attempt, a search hit, a prompt's answer.
  case chooseItem(Int)
  /// The `index`th link of the page on screen was picked.
  case followLink(Int)
  /// Search every topic for these words, as if typed after `/`.
  case search(String)
  /// Start-up: open the quiz's intro (`devrel-guide quiz`).
  case openQuiz
  /// Start-up: open the knowledge check's intro (`devrel-guide check`).
  case openCheck
  /// Start-up: return to the page read last time, with the menus above it to go back to.
  case resume(Place)
  /// Text pasted as a whole (bracketed paste): typed into the search line when it is open,
  /// read as a job posting on the posting screen's line, ignored elsewhere, so a pasted
  /// sentence never acts as keys.
  case paste(String)
  /// The posting file asked for with `Effect.readPostingFile(path)` was read, or not.
  case postingFileRead(path: String, PostingFile)
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
  /// Add a finished attempt (already dated) to the saved history.
  case recordAttempt(Attempt)
  /// Store the progress marks.
  case saveMarks([String: TopicMark])
  /// Forget every saved mark, those another guide open at the same time saved too: a reset
  /// wins over every mark made before it.
  case resetMarks
  /// Read the job posting in this file (as typed: `~/` is the home folder) and send back
  /// `Event.postingFileRead`.
  case readPostingFile(String)
}
