/// A whole guide: its manifest, the home menu, every topic by id, and the quiz.
///
/// The product runs on any pack; the DevRel guide in `Resources/guide` is the bundled one.
public struct ContentPack: Sendable, Equatable {
  public let manifest: Manifest
  public let home: [MenuEntry]
  public let topics: [String: Topic]
  public var quiz: Quiz?
  /// What the job-posting reader looks for; nil when the pack has no `posting.yaml`.
  public var posting: PostingLexicon?
  /// The actions "Your plan" offers after the quiz; nil when the pack has no `plan.yaml`.
  public var plan: Plan?
  /// "Which job fits you?": activities and roles; nil when the pack has no `roles.yaml`.
  public var assessment: Assessment?
  /// Groups of words and phrases that mean the same to the pack's readers (`synonyms.yaml`):
  /// a search for one finds the others. Empty when the pack has none.
  public var synonyms: [[String]]
  /// Topic ids in menu order: depth first from home, each once, then any not reachable by menu.
  /// Worked out once here; menus, search and progress read it on every key.
  public let topicOrder: [String]

  public init(
    manifest: Manifest, home: [MenuEntry], topics: [String: Topic], quiz: Quiz?,
    posting: PostingLexicon? = nil, plan: Plan? = nil, assessment: Assessment? = nil,
    synonyms: [[String]] = []
  ) {
    self.manifest = manifest
    self.home = home
    self.topics = topics
    self.quiz = quiz
    self.posting = posting
    self.plan = plan
    self.assessment = assessment
    self.synonyms = synonyms
    self.topicOrder = Self.menuOrder(home: home, topics: topics)
  }

  private static func menuOrder(home: [MenuEntry], topics: [String: Topic]) -> [String] {
    var seen = Set<String>()
    var order: [String] = []
    func visit(_ entries: [MenuEntry]) {
      for case .topic(let id) in entries.map(\.target) where !seen.contains(id) {
        seen.insert(id)
        order.append(id)
        if let topic = topics[id] { visit(topic.children) }
      }
    }
    visit(home)
    order += topics.keys.filter { !seen.contains($0) }.sorted()
    return order
  }

  /// The title a menu shows for an entry: its own, else the topic's or the screen's.
  public func title(of entry: MenuEntry) -> String {
    if let title = entry.title { return title }
    switch entry.target {
    case .topic(let id): return topics[id]?.title ?? id
    case .quiz: return quiz?.title ?? "Quiz"
    case .check: return "Check what you learnt"
    case .results: return "Your results"
    case .posting: return "Read a job posting"
    }
  }
}

/// Who a pack is and what it is called.
public struct Manifest: Sendable, Equatable {
  public var id: String
  public var title: String
  public var version: String
  public var language: String
  /// One line under the title on the home screen.
  public var tagline: String

  public init(id: String, title: String, version: String, language: String, tagline: String) {
    self.id = id
    self.title = title
    self.version = version
    self.language = language
    self.tagline = tagline
  }
}

/// One line of a menu: where it leads and, optionally, the words it shows.
public struct MenuEntry: Sendable, Equatable {
  public enum Target: Sendable, Equatable {
    case topic(String)
    case quiz
    /// "Check what you learnt": the quiz's knowledge questions alone, scored apart.
    case check
    case results
    /// Reading a job posting against the pack's `posting.yaml`.
    case posting
  }

  public var target: Target
  public var title: String?

  public init(_ target: Target, title: String? = nil) {
    self.target = target
    self.title = title
  }

  /// The topic this entry opens; nil for the entries that open a screen (quiz, results, ...).
  public var topicID: String? {
    if case .topic(let id) = target { return id }
    return nil
  }
}

/// A page of the guide. A topic with children opens as a menu; one without opens as a page.
public struct Topic: Sendable, Equatable {
  public var id: String
  public var title: String
  /// One or two sentences: shown under a menu's title and beside search results.
  public var summary: String
  public var body: [Block]
  public var children: [MenuEntry]
  public var seeAlso: [String]
  /// The month every outside source on the page was last opened and confirmed (`checked:`);
  /// nil for a topic that cites none and was given no date.
  public var checked: YearMonth?

  public init(
    id: String, title: String, summary: String = "", body: [Block] = [],
    children: [MenuEntry] = [], seeAlso: [String] = [], checked: YearMonth? = nil
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.body = body
    self.children = children
    self.seeAlso = seeAlso
    self.checked = checked
  }

  public var isMenu: Bool { !children.isEmpty }

  /// Whether the page links to an outside address: such a page states facts a reader can check
  /// elsewhere, so it must say when they were last checked.
  public var citesOutsideSources: Bool {
    body.contains { block in
      block.inlines.contains {
        if case .webLink = $0 { return true }
        return false
      }
    }
  }

  /// Every topic id this topic's text links to, in reading order.
  ///
  /// Walks the blocks in place rather than flattening them into one array of inlines first:
  /// a loader checks every topic of a pack this way, and the copy cost a 10 MB pack about a
  /// fifth of its single-threaded tail (docs/benchmarks.md).
  public var linkTargets: [String] {
    var targets: [String] = []
    func collect(_ inlines: [Inline]) {
      for case .link(_, let target) in inlines { targets.append(target) }
    }
    for block in body {
      switch block {
      case .heading: continue
      case .paragraph(let inlines): collect(inlines)
      case .bullets(let items): items.forEach(collect)
      }
    }
    return targets
  }
}

/// A block of page text.
public enum Block: Sendable, Equatable {
  case heading(String)
  case paragraph([Inline])
  case bullets([[Inline]])

  public var inlines: [Inline] {
    switch self {
    case .heading(let text): return [.text(text)]
    case .paragraph(let inlines): return inlines
    case .bullets(let items): return items.flatMap { $0 }
    }
  }
}

/// A run of text inside a block.
public enum Inline: Sendable, Equatable {
  case text(String)
  case emphasis(String)
  case link(label: String, target: String)
  /// A link to an outside `https:` or `http:` address (see `WebAddress`). A bare address in
  /// the text is one whose label is the address itself.
  case webLink(label: String, url: String)

  /// The words as a reader sees them. An outside address stays visible, after its label
  /// when the label is something else, so it can be read and typed where links cannot be
  /// followed.
  public var plainText: String {
    switch self {
    case .text(let text), .emphasis(let text): return text
    case .link(let label, _): return label
    case .webLink(let label, let url): return label == url ? url : "\(label) (\(url))"
    }
  }
}
