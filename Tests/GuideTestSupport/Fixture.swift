import GuideContent
import GuideCore
import GuidePackLoader

/// A small pack built in code, so these tests do not change when the bundled guide's text does.
public enum Fixture {
  public static let longParagraph = Array(
    repeating: "Developers build the software the world runs on.", count: 12
  )
  .joined(separator: " ")

  public static let pack = ContentPack(
    manifest: Manifest(
      id: "fixture", title: "Fixture guide", version: "1", language: "en", tagline: "A test pack."),
    home: [
      MenuEntry(.topic("intro")), MenuEntry(.topic("skills")), MenuEntry(.quiz),
      MenuEntry(.results),
    ],
    topics: [
      "intro": Topic(
        id: "intro", title: "Introduction", summary: "Start here.",
        body: [
          .heading("Why"),
          .paragraph(InlineParser.parse(longParagraph)),
          .paragraph(InlineParser.parse("Read [the code page](skills/code) next.")),
          .bullets([InlineParser.parse(longParagraph), InlineParser.parse("Short item.")]),
        ], seeAlso: ["skills/talk"]),
      "skills": Topic(
        id: "skills", title: "Skills", summary: "Two skills.",
        children: [MenuEntry(.topic("skills/code")), MenuEntry(.topic("skills/talk"))]),
      "skills/code": Topic(
        id: "skills/code", title: "Code", summary: "Writing code.",
        body: [.paragraph(InlineParser.parse("Code matters. See [talking](skills/talk)."))]),
      "skills/talk": Topic(
        id: "skills/talk", title: "Talking", summary: "Speaking.",
        body: [.paragraph(InlineParser.parse("Talk to people."))]),
    ],
    quiz: Quiz(
      title: "Fit check", intro: "Three questions.",
      dimensions: [
        Dimension(id: "code", title: "Code", topics: ["skills/code"]),
        Dimension(id: "talk", title: "Talk", topics: ["skills/talk"]),
      ],
      scale: ["Not like me", "A little", "Somewhat", "Mostly", "Very like me"],
      questions: [
        Question(
          id: "q-code", text: "I enjoy debugging.", kind: .rating(dimension: "code", reverse: false)
        ),
        Question(
          id: "q-talk", text: "I'd rather fix a bug than give a talk.",
          kind: .rating(dimension: "talk", reverse: true)),
        Question(
          id: "q-know", text: "What does DevRel stand for?",
          kind: .knowledge(
            options: ["Developer Relations", "Device Release"], answer: 0,
            explanation: "It is Developer Relations.", topic: "intro")),
      ],
      bands: [Band(min: 0, label: "Not yet", text: ""), Band(min: 60, label: "Good fit", text: "")])
  )

  /// The clock every test guide is given: always the same minute.
  public static let now: @Sendable () -> String = { "2026-11-29T10:04:00Z" }

  /// The fixture's quiz (never nil; the optional only satisfies the type).
  public static var quiz: Quiz {
    pack.quiz ?? Quiz(title: "", intro: "", dimensions: [], scale: [], questions: [], bands: [])
  }

  public static func guide(
    _ size: Size = Size(columns: 80, rows: 24), attempts: [Attempt] = [], quiz: QuizProgress? = nil
  ) -> Guide {
    Guide(pack: pack, state: GuideState(size: size, quiz: quiz, attempts: attempts), now: now)
  }

  /// A guide on `pack` at `size`, on `screen` with `attempts` saved (and a knowledge check
  /// under way when `check` is given), on the fixed clock: the set-up the frame tests share.
  public static func guide(
    pack: ContentPack, _ size: Size, screen: Screen = .home, attempts: [Attempt] = [],
    check: QuizProgress? = nil, unicode: Bool = true
  ) -> Guide {
    var state = GuideState(size: size, screen: screen, attempts: attempts)
    state.check = check
    return Guide(pack: pack, state: state, now: now, glyphs: Glyphs(unicode: unicode))
  }
}

extension Fixture {
  /// A topic of the guide's pack laid out for the guide's width: what `guide.page` must be.
  public static func layout(_ id: String, for guide: Guide) -> PageView? {
    guide.pack.topics[id].map {
      PageLayout.layout(
        $0, in: guide.pack, width: Chrome.textWidth(guide.state.size), glyphs: guide.glyphs)
    }
  }
}

extension PageLine {
  /// The cells from the line's start to the end of its last span.
  public var cells: Int { spans.map { $0.column + $0.content.cells }.max() ?? 0 }
}

extension Guide {
  /// Sends keys in order and returns the effects of the last one.
  @discardableResult
  public mutating func press(_ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects = handle(.key(key)) }
    return effects
  }
}

extension Key {
  public static func char(_ character: Character) -> Key { .character(character) }
}

extension Fixture {
  /// The fixture with a glossary of two terms, for the index (`i`).
  public static let packWithGlossary = ContentPack(
    manifest: pack.manifest, home: pack.home + [MenuEntry(.topic("glossary"))],
    topics: pack.topics.merging([
      "glossary": Topic(
        id: "glossary", title: "Glossary", summary: "Words.",
        body: [
          .bullets([
            InlineParser.parse(
              "*Advocate*: someone who speaks for developers inside the company and for the company to developers, in talks, posts and code. [more](skills/talk)"
            ),
            InlineParser.parse("*Code sample*: a short program that shows one thing."),
          ])
        ])
    ]) { old, _ in old },
    quiz: pack.quiz)

  public static func guideWithGlossary(_ size: Size = Size(columns: 80, rows: 24)) -> Guide {
    Guide(pack: packWithGlossary, state: GuideState(size: size), now: now)
  }
}

extension Guide {
  /// Opens the home menu's entry for `target` as picking it would, wherever the menu lists
  /// it: a test of another screen does not break when the home menu is reordered.
  @discardableResult
  public mutating func openFromHome(_ target: MenuEntry.Target) -> [Effect] {
    guard let index = pack.home.firstIndex(where: { $0.target == target }) else { return [] }
    return handle(.chooseItem(index))
  }
}
