import Foundation
import Testing

@testable import GuideContent
@testable import GuidePackLoader

/// Random packs shaped like real ones (right and wrong keys, nesting, anchors and aliases,
/// hostile text) fed to the loader: each is read quickly, and whatever it says or loads is
/// safe to print.
@Suite("Random packs into the loader")
struct RandomPackTests {
  /// A seeded SplitMix64, so a failing round can be replayed.
  final class Random {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    func below(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
  }

  static let texts = [
    "Hello", "\"\\e]52;c;SGVsbG8=\\a\"", "\"\\e[2J\\u009b31m\"", "\"a\\u202eb\\u061cc\"", "日本語",
    "👩‍💻 coder", "\"\\0nul\"", "'quoted'", "[a, b]", "{x: 1}", "&anchor text", "*anchor", "",
    "a [link](b) *em*", "\(String(repeating: "w", count: 500))", "- dash", "|",
    "\"\\u200d\\ufe0f\"",
  ]
  static let keys = [
    "id", "title", "version", "language", "tagline", "home", "body", "children", "see_also",
    "summary", "text", "heading", "bullets", "topic", "screen", "\"\\e]0;x\\a\"", "unknown",
  ]

  static func value(_ random: Random, depth: Int) -> String {
    switch depth > 3 ? 0 : random.below(5) {
    case 0, 1: return random.pick(texts)
    case 2:
      return "["
        + (0..<random.below(4)).map { _ in value(random, depth: depth + 1) }.joined(separator: ", ")
        + "]"
    case 3:
      return "{"
        + (0..<random.below(4)).map { _ in
          "\(random.pick(keys)): \(value(random, depth: depth + 1))"
        }.joined(separator: ", ") + "}"
    default:
      return String(repeating: "[", count: random.below(100)) + "x"
        + String(repeating: "]", count: random.below(100))
    }
  }

  static func mapping(_ random: Random, required: [String]) -> String {
    var lines = required.filter { _ in random.below(6) != 0 }.map {
      "\($0): \(value(random, depth: 1))"
    }
    for _ in 0..<random.below(3) {
      lines.append("\(random.pick(keys)): \(value(random, depth: 1))")
    }
    if random.below(4) == 0 {
      lines.append(
        "body:\n  - text: ok\n  - bullets: [one, \(random.pick(texts))]\n  - heading: \(random.pick(texts))"
      )
    }
    // Keys in any order: swap each line with a random earlier one.
    for index in lines.indices.dropFirst() { lines.swapAt(index, random.below(index + 1)) }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func randomPacksLoadQuicklyAndEverythingTheySayIsSafeToPrint() {
    let random = Random(seed: 16)
    let clock = ContinuousClock()
    var loaded = 0
    for round in 0..<300 {
      var files = [
        (
          "pack.yaml",
          Self.mapping(random, required: ["id", "title", "version", "language"])
            + "home:\n  - topic: t0\n  - screen: \(random.pick(["quiz", "results", "\"\\e\""]))\n"
        )
      ]
      for index in 0..<random.below(4) {
        files.append(
          (
            "topics/t\(index).yaml",
            "id: t\(index)\n" + Self.mapping(random, required: ["title", "summary"])
          ))
      }
      var result: (ContentPack?, [ContentIssue]) = (nil, [])
      let elapsed = clock.measure {
        result = PackLoader.check(PackSource(name: "p\(round)", files: files))
      }
      #expect(elapsed < .seconds(1), "round \(round)")
      for issue in result.1 {
        #expect(isSafe(issue.description), "round \(round): \(issue.description)")
      }
      if let pack = result.0 {
        loaded += 1
        for topic in pack.topics.values {
          #expect(isSafe(topic.title) && isSafe(topic.summary), "round \(round)")
          for case .heading(let text) in topic.body { #expect(isSafe(text)) }
        }
      }
    }
    #expect(loaded > 0, "some random packs load, so the checks on loaded text run")
  }

  /// No control character, no bidi control: nothing that could act on a terminal.
  func isSafe(_ text: String) -> Bool {
    !text.unicodeScalars.contains {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.isBidiControl
    }
  }
}

@Suite("Markup that never closes")
struct UnclosedMarkupTests {
  @Test(arguments: ["[", "[a](", "[a](b c", "]("])
  func twoHundredThousandBytesOfItAreReadInLinearTime(_ pattern: String) {
    let text = String(repeating: pattern, count: 200_000 / pattern.count)
    let clock = ContinuousClock()
    var inlines: [Inline] = []
    // Over a minute for 200,000 `[` when each one scanned to the end for its `]`.
    let elapsed = clock.measure { inlines = InlineParser.parse(text) }
    #expect(elapsed < .seconds(1))
    let keptAsText = inlines.map(\.plainText).joined() == text
    #expect(keptAsText)
  }

  @Test func linksAndEmphasisAmongThemStillRead() {
    #expect(
      InlineParser.parse("[[x](a) *b* [c](d e) [f](g)")
        == [
          .link(label: "[x", target: "a"), .text(" "), .emphasis("b"),
          .text(" [c](d e) "), .link(label: "f", target: "g"),
        ])
  }
}
