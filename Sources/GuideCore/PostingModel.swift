import GuidePosting

/// The posting screen: first a line that takes a paste or a file's path, then the reading.
public enum PostingStep: Sendable, Equatable {
  case prompt(PostingPrompt)
  case reading(PostingPage)
}

/// The line where a posting is pasted, or a file's path typed.
public struct PostingPrompt: Sendable, Equatable {
  /// The path typed so far.
  public var path: String
  /// Why the last paste or file gave no reading, in plain words.
  public var problem: String?
  /// The path being read: set while `Effect.readPostingFile` is out, so only its answer counts.
  public var pending: String?
  /// The posting already read, when this line asks for a second one to compare it with.
  public var first: ReadPosting?

  public init(
    path: String = "", problem: String? = nil, pending: String? = nil, first: ReadPosting? = nil
  ) {
    self.path = path
    self.problem = problem
    self.pending = pending
    self.first = first
  }
}

/// A posting that was read: where it came from and what its words say.
public struct ReadPosting: Sendable, Equatable {
  /// The file's path as typed, or nil for a paste.
  public var path: String?
  public var reading: PostingReading
  /// Something to know about the text, such as bytes that were not UTF-8.
  public var note: String?
  /// The posting as read, so it can be shown beside its reading ("line 42" can be checked);
  /// empty when it is not kept.
  public var text: String

  public init(path: String?, reading: PostingReading, note: String? = nil, text: String = "") {
    self.path = path
    self.reading = reading
    self.note = note
    self.text = text
  }

  /// What the reading is called: the file's name, or "Pasted posting".
  public var title: String {
    guard let path else { return "Pasted posting" }
    return path.split(separator: "/").last.map(String.init) ?? path
  }
}

/// A reading on screen, scrolled like a page; or the posting's own text, numbered, with the
/// reading's place kept to come back to.
public struct PostingPage: Sendable, Equatable {
  public var posting: ReadPosting
  /// The scroll and focus of what is shown: the reading, or the text when `showsText`.
  public var scroll: Int
  public var focusedLink: Int?
  /// Whether the posting's own text is shown instead of its reading.
  public var showsText: Bool
  /// Where the reading was when the text was opened.
  public var readingScroll: Int
  public var readingFocus: Int?
  /// A second posting shown beside this one, fact by fact, instead of the reading.
  public var compared: ReadPosting?

  public init(
    _ posting: ReadPosting, scroll: Int = 0, focusedLink: Int? = nil, showsText: Bool = false,
    readingScroll: Int = 0, readingFocus: Int? = nil, compared: ReadPosting? = nil
  ) {
    self.compared = compared
    self.posting = posting
    self.scroll = scroll
    self.focusedLink = focusedLink
    self.showsText = showsText
    self.readingScroll = readingScroll
    self.readingFocus = readingFocus
  }
}

/// What came of reading a posting file.
public enum PostingFile: Sendable, Equatable {
  /// The text, and how many bytes that were not UTF-8 became U+FFFD.
  case text(String, repaired: Int)
  /// Why it gave no text, as the end of a sentence that starts with the path ("does not
  /// exist").
  case unreadable(String)
}
