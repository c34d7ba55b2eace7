import GuideCore
import GuideUI
import PropertyBased
import Testing

@testable import NcursesTerminal

/// The bytes written over a frame for its links: one well-formed OSC 8 pair per visible link,
/// cells that may keep an old link written again outside any, and nothing from a hostile
/// address.
struct HyperlinkTests {
  /// The start of a link to `url`, with the address's one id.
  static func open(_ url: String) -> String { "\u{1B}]8;id=\(Hyperlinks.id(url));\(url)\u{1B}\\" }
  static let close = "\u{1B}]8;;\u{1B}\\"

  static func frame(_ url: String, text: String = "a link") -> Frame {
    var frame = Frame(size: Size(columns: 20, rows: 3))
    let end = frame.put(text, row: 1, column: 2, role: .link)
    frame.hyperlinks = [Hyperlink(row: 1, columns: 2..<end, url: url)]
    return frame
  }

  static func overlay(
    _ frame: Frame, rows: Int = 3, width: Int = 20, unlinking roles: Set<Role> = []
  ) -> String {
    Hyperlinks.overlay(
      frame, rows: rows, width: width, unlinking: roles, sgr: { "<\($0)>" },
      text: { frame.cells[$0][$1].text })
  }

  @Test func aLinkIsWrittenInPlaceBetweenOneOpenAndOneCloseWithTheCursorSaved() {
    #expect(
      Self.overlay(Self.frame("https://example.org/x"))
        == "\u{1B}7\u{1B}[2;3H\(Self.open("https://example.org/x"))<link>a link\(Self.close)"
        + "\u{1B}[0m\u{1B}8")
  }

  /// An address wrapped over two rows is two spans with one id, so the terminal shows one link;
  /// another address has another id.
  @Test func everyPieceOfAnAddressCarriesTheSameIdAndOtherAddressesAnother() {
    var frame = Frame(size: Size(columns: 20, rows: 3))
    let url = "https://example.org/a-long-address"
    frame.put("https://example.org/", row: 0, column: 0, role: .link)
    frame.put("a-long-address", row: 1, column: 0, role: .link)
    frame.put("https://e.org/", row: 2, column: 0, role: .link)
    frame.hyperlinks = [
      Hyperlink(row: 0, columns: 0..<20, url: url), Hyperlink(row: 1, columns: 0..<14, url: url),
      Hyperlink(row: 2, columns: 0..<14, url: "https://e.org/"),
    ]
    let bytes = Self.overlay(frame)
    #expect(bytes.components(separatedBy: Self.open(url)).count - 1 == 2)
    #expect(bytes.components(separatedBy: Self.open("https://e.org/")).count - 1 == 1)
    #expect(Hyperlinks.id(url) != Hyperlinks.id("https://e.org/"))
    #expect(Hyperlinks.id(url).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
  }

  @Test func aScreenWithoutLinksGetsNoBytes() {
    var frame = Frame(size: Size(columns: 20, rows: 3))
    frame.put("plain", row: 0, column: 0)
    #expect(Self.overlay(frame) == "")
    // Nothing on screen had a link's look either.
    #expect(Self.overlay(frame, unlinking: [.link]) == "")
  }

  @Test func aSemicolonIsEncodedSoItCannotBeReadAsAParameter() {
    #expect(Hyperlinks.safeURL("https://e.org/a;id=x") == "https://e.org/a%3Bid=x")
  }

  @Test func theSchemeIsMatchedWithoutRegardToCase() {
    #expect(Hyperlinks.safeURL("HTTPS://E.org/") == "HTTPS://E.org/")
    #expect(Hyperlinks.safeURL("Http://e.org/") == "Http://e.org/")
  }

  @Test func anAddressOfExactlyTheLimitGoesOutAndOneByteMoreDoesNot() {
    let prefix = "https://e.org/"
    let longest = prefix + String(repeating: "a", count: Hyperlinks.maxURLBytes - prefix.count)
    #expect(Hyperlinks.safeURL(longest) == longest)
    #expect(Hyperlinks.safeURL(longest + "a") == nil)
  }

  static let hostile = [
    "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "mailto:a@b.c", "ftp://e.org/",
    "https:e.org", "//e.org/", "", "https://e.org/\u{1B}]8;;https://evil\u{1B}\\",
    "https://e.org/\u{7}", "https://e.org/ x", "https://e.org/\u{9B}31m", "https://é.org/",
    "https://e.org/\u{7F}", "https://e.org/\n",
    "http://e.org/" + String(repeating: "a", count: 3000),
  ]

  /// The link's text is still written, outside any link, so none of its cells keeps an old one.
  @Test(arguments: hostile)
  func aHostileAddressNeverReachesTheTerminal(_ url: String) {
    #expect(Hyperlinks.safeURL(url) == nil)
    #expect(Self.overlay(Self.frame(url)) == "\u{1B}7\u{1B}[2;3H<link>a link\u{1B}[0m\u{1B}8")
  }

  /// Whatever an address holds, what goes out is an http(s) address of printable ASCII with no
  /// `;`, no longer than three times the limit (each `;` becomes three bytes).
  @Test func anyAddressGoesOutAsPrintableASCIIOrNotAtAll() async {
    let pieces = Gen.element(of: [
      "https://", "http://", "HTTP://", "e.org", "/", ";", " ", "\u{1B}", "\u{7}", "\u{9C}", "é",
      "\\", "]8;;", "a", "%",
    ])
    await propertyCheck(count: 1000, input: pieces.array(of: 0...12)) { pieces in
      Self.checkSafe(pieces.compactMap { $0 }.joined())
    }
  }

  static func checkSafe(_ url: String) {
    guard let safe = Hyperlinks.safeURL(url) else { return }
    #expect(safe.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ";") })
    #expect(safe.lowercased().hasPrefix("https://") || safe.lowercased().hasPrefix("http://"))
    #expect(safe.utf8.count <= 3 * Hyperlinks.maxURLBytes)
    #expect(safe.replacing("%3B", with: ";") == url)
  }

  @Test func everyLinkOnScreenGetsExactlyOnePairAndLinksBelowTheScreenNone() {
    var frame = Frame(size: Size(columns: 30, rows: 4))
    for row in 0..<4 {
      let end = frame.put("link \(row)", row: row, column: 0, role: .link)
      frame.hyperlinks.append(Hyperlink(row: row, columns: 0..<end, url: "https://e.org/\(row)"))
    }
    let bytes = Self.overlay(frame, rows: 3, width: 30)
    #expect(bytes.components(separatedBy: "\u{1B}]8;id=").count - 1 == 3)
    #expect(bytes.components(separatedBy: Self.close).count - 1 == 3)
    #expect(!bytes.contains("e.org/3"))
  }

  @Test func aLinkIsCutAtTheScreensEdgeNeverWrapped() {
    let bytes = Self.overlay(Self.frame("https://e.org/", text: "abcdefgh"), width: 5)
    #expect(bytes.contains("\u{1B}\\<link>abc\(Self.close)"))
  }

  @Test func aLinkNeverStartsOnTheSecondHalfOfAWideCharacter() {
    var frame = Frame(size: Size(columns: 10, rows: 1))
    frame.put("漢ab", row: 0, column: 0, role: .link)
    frame.hyperlinks = [Hyperlink(row: 0, columns: 1..<4, url: "https://e.org/")]
    #expect(Self.overlay(frame, rows: 1, width: 10).hasPrefix("\u{1B}7\u{1B}[1;3H"))
  }

  @Test func cellsThatMayKeepAnOldLinkAreWrittenAgainOutsideAnyLink() {
    // The new frame: a page link's text (no address) beside an outside address.
    var frame = Frame(size: Size(columns: 20, rows: 2))
    frame.put("page", row: 0, column: 0, role: .link)
    frame.put("plain", row: 0, column: 5)
    let end = frame.put("https://e.org/", row: 1, column: 0, role: .link)
    frame.hyperlinks = [Hyperlink(row: 1, columns: 0..<end, url: "https://e.org/")]
    let bytes = Self.overlay(frame, rows: 2, unlinking: [.link])
    #expect(
      bytes
        == "\u{1B}7\u{1B}[1;1H<link>page"
        + "\u{1B}[2;1H\(Self.open("https://e.org/"))<link>https://e.org/\(Self.close)"
        + "\u{1B}[0m\u{1B}8")
  }

  @Test func aMatchHighlightInsideALinkKeepsItsLook() {
    var frame = Self.frame("https://e.org/")
    frame.paint(row: 1, from: 4, to: 6, role: .match)
    #expect(Self.overlay(frame).contains("\u{1B}\\<link>a <match>li<link>nk\(Self.close)"))
    #expect(Hyperlinks.linkedRoles(frame) == [.link, .match])
  }

  @Test func sgrCarriesTheRolesAttributesAndColourOnlyWhenTheRoleHasAColourPair() {
    let style = Theme.style(for: .link)
    #expect(Hyperlinks.sgr(style, colored: false, blackBackground: false) == "\u{1B}[0;4m")
    #expect(Hyperlinks.sgr(style, colored: true, blackBackground: false) == "\u{1B}[0;4;36m")
    #expect(Hyperlinks.sgr(style, colored: true, blackBackground: true) == "\u{1B}[0;4;36;40m")
  }

  @Test func sgrListsEveryAttributeInOrderAndAPaletteColourBeyondEight() {
    let all = RoleStyle(foreground: 245, [.reverse, .dim, .underline, .bold])
    #expect(
      Hyperlinks.sgr(all, colored: true, blackBackground: false) == "\u{1B}[0;1;2;4;7;38;5;245m")
    #expect(Hyperlinks.sgr(all, colored: false, blackBackground: true) == "\u{1B}[0;1;2;4;7m")
    let outOfRange = RoleStyle(foreground: 300)
    #expect(Hyperlinks.sgr(outOfRange, colored: true, blackBackground: true) == "\u{1B}[0m")
  }

  @Test func theLinuxConsoleAndDumbTerminalsGetNoHyperlinks() {
    #expect(!Hyperlinks.suit(term: "linux"))
    #expect(!Hyperlinks.suit(term: "linux-16color"))
    #expect(!Hyperlinks.suit(term: "dumb"))
    #expect(Hyperlinks.suit(term: "xterm-256color"))
    #expect(Hyperlinks.suit(term: "tmux-256color"))
  }
}
