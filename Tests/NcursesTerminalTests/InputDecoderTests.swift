import GuideCore
import PropertyBased
import Testing

@testable import NcursesTerminal

@Suite("Decoding terminal input")
struct InputDecoderTests {
  typealias Event = InputDecoder.Event

  /// Feeds `input` as one burst, then a pause; what a reader would hand out.
  static func decode(_ input: String, unicode: Bool = true, mouse: Bool = true) -> [Event] {
    decode(Array(input.utf8), unicode: unicode, mouse: mouse)
  }

  static func decode(_ bytes: [UInt8], unicode: Bool = true, mouse: Bool = true) -> [Event] {
    var decoder = InputDecoder(unicode: unicode, mouse: mouse)
    return decoder.feed(bytes) + decoder.pause()
  }

  static func keys(_ characters: String) -> [Event] {
    characters.map { .key(.character($0)) }
  }

  // MARK: - Characters

  @Test func controlCodesBecomeTheKeysTheyStandFor() {
    #expect(
      Self.decode("\t\r\n\u{7F}\u{08}\u{0C}") == [
        .key(.tab), .key(.enter), .key(.enter), .key(.backspace), .key(.backspace),
        .key(.control("l")),
      ])
    #expect(Self.decode("\u{00}").isEmpty)
  }

  @Test func utf8CharactersComeThroughWholeEvenWhenSplit() {
    #expect(Self.decode("q漢é👩") == Self.keys("q漢é👩"))
    var decoder = InputDecoder(unicode: true, mouse: true)
    let bytes = Array("漢".utf8)
    #expect(decoder.feed(bytes[0]) == [])
    #expect(decoder.wait == .sequence)
    #expect(decoder.feed(bytes[1]) == [])
    #expect(decoder.feed(bytes[2]) == Self.keys("漢"))
    #expect(decoder.wait == .idle)
  }

  @Test func invisibleCharactersAreNotKeys() {
    #expect(Self.decode("\u{9B}\u{202E}\u{200B}x") == Self.keys("x"), "C1, bidi, format")
  }

  @Test func malformedUTF8IsDroppedWithoutTheKeyAfterIt() {
    #expect(Self.decode([0xFF, 0x71]) == Self.keys("q"), "a byte that starts nothing")
    #expect(Self.decode([0xE6, 0x71]) == Self.keys("q"), "a character cut short by a key")
    #expect(Self.decode([0xC0, 0x80, 0x71]) == Self.keys("q"), "an overlong form")
    #expect(Self.decode([0xED, 0xA0, 0x80, 0x71]) == Self.keys("q"), "a surrogate")
    #expect(Self.decode([0x80, 0xBF, 0x71]) == Self.keys("q"), "lone continuation bytes")
    #expect(Self.decode([0xE6, 0xBC]).isEmpty, "cut short by a pause")
  }

  @Test func outsideAUTF8LocaleOnlyASCIIIsAKey() {
    #expect(Self.decode("é漢q", unicode: false) == Self.keys("q"))
  }

  // MARK: - Escape and keys sent as sequences

  @Test func aLoneEscapeIsTheEscapeKeyOnceInputPauses() {
    var decoder = InputDecoder(unicode: true, mouse: true)
    #expect(decoder.feed(0x1B) == [])
    #expect(decoder.wait == .escape)
    #expect(decoder.pause() == [.key(.escape)])
    #expect(decoder.wait == .idle)
    #expect(Self.decode("\u{1B}x") == [.key(.escape), .key(.character("x"))])
    #expect(Self.decode("\u{1B}\u{1B}") == [.key(.escape), .key(.escape)])
  }

  @Test(arguments: [
    ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
    ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
    ("\u{1B}[H", .home), ("\u{1B}OH", .home), ("\u{1B}[1~", .home), ("\u{1B}[7~", .home),
    ("\u{1B}[F", .end), ("\u{1B}OF", .end), ("\u{1B}[4~", .end), ("\u{1B}[8~", .end),
    ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[Z", .backTab),
    ("\u{1B}[3~", .delete),
    ("\u{1B}OM", .enter), ("\u{1B}Oy", .pageUp), ("\u{1B}Os", .pageDown),
  ])
  func keySequencesBecomeKeys(sequence: String, key: Key) {
    #expect(Self.decode(sequence + "q") == [.key(key), .key(.character("q"))])
  }

  @Test(arguments: [
    "\u{1B}[1;5A", "\u{1B}[15~", "\u{1B}OP", "\u{1B}[[A", "\u{1B}[12;40R",
    "\u{1B}[?1;2c", "\u{1B}]10;rgb:0000/0000/0000\u{07}", "\u{1B}]11;rgb:ffff\u{1B}\\",
    "\u{1B}P1$r0m\u{1B}\\", "\u{1B}_app\u{07}",
  ])
  func sequencesTheGuideDoesNotUseAreIgnoredAsAWhole(sequence: String) {
    #expect(Self.decode(sequence + "q") == Self.keys("q"))
  }

  /// The answer to OSC 11, with BEL or ST, 1 to 4 hex digits a part, says whether the
  /// background is light; what follows is read as ever.
  @Test(arguments: [
    ("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\", true), ("\u{1B}]11;rgb:0000/0000/0000\u{07}", false),
    ("\u{1B}]11;rgb:fd/f6/e3\u{07}", true), ("\u{1B}]11;rgb:2/2/2\u{07}", false),
    ("\u{1B}]11;rgb:7f7f/7f7f/7f7f\u{1B}\\", true), ("\u{1B}]11;rgb:4040/4040/4040\u{07}", false),
  ])
  func aBackgroundAnswerSaysWhetherItIsLight(answer: String, light: Bool) {
    #expect(Self.decode(answer + "q") == [.background(light: light), .key(.character("q"))])
  }

  /// Anything not exactly an answer of three parts is ignored whole, as other replies are.
  @Test(arguments: [
    "\u{1B}]11;rgb:ffff/ffff\u{07}", "\u{1B}]11;rgb:fffff/ffff/ffff\u{07}",
    "\u{1B}]11;rgb:gggg/ffff/ffff\u{07}", "\u{1B}]11;rgb:ffff//ffff\u{07}",
    "\u{1B}]11;?\u{07}", "\u{1B}]111;rgb:ffff/ffff/ffff\u{07}",
    "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}x",
    "\u{1B}]11;rgb:ffff/ffff/ffff" + String(repeating: "/", count: 5000),
    "\u{1B}P11;rgb:ffff/ffff/ffff\u{1B}\\",
  ])
  func aMalformedBackgroundAnswerIsIgnored(answer: String) {
    #expect(
      !Self.decode(answer + "\u{07}q").contains { if case .background = $0 { true } else { false } }
    )
  }

  @Test func aSequenceSplitAcrossReadsIsStillOneKey() {
    var decoder = InputDecoder(unicode: true, mouse: true)
    #expect(decoder.feed(0x1B) == [])
    #expect(decoder.feed(UInt8(ascii: "[")) == [])
    #expect(decoder.wait == .sequence)
    #expect(decoder.feed(UInt8(ascii: "5")) == [])
    #expect(decoder.feed(UInt8(ascii: "~")) == [.key(.pageUp)])
  }

  @Test func aSequenceCutShortIsDroppedAndWhatFollowsIsRead() {
    #expect(Self.decode("\u{1B}[12") == [], "cut by a pause")
    #expect(Self.decode("\u{1B}[12\r") == [.key(.enter)], "cut by a control character")
    #expect(Self.decode("\u{1B}O") == [])
    #expect(Self.decode("\u{1B}]11;rgb") == [])
  }

  @Test func longSequencesAreBounded() {
    let parameters = String(repeating: "1;", count: 10_000)
    #expect(Self.decode("\u{1B}[\(parameters)Rq") == Self.keys("q"))
    let reply = "\u{1B}]" + String(repeating: "x", count: InputDecoder.maxControlStringBytes)
    #expect(Self.decode(reply + "q") == Self.keys("q"))
  }

  // MARK: - Mouse

  @Test func sgrMousePressesClickAndTurnTheWheel() {
    #expect(Self.decode("\u{1B}[<0;12;5M\u{1B}[<0;12;5m") == [.click(row: 4, column: 11)])
    #expect(Self.decode("\u{1B}[<4;1;1M") == [.click(row: 0, column: 0)], "with Shift")
    #expect(Self.decode("\u{1B}[<64;3;3M\u{1B}[<65;3;3M") == [.wheel(up: true), .wheel(up: false)])
    #expect(Self.decode("\u{1B}[<2;3;3M\u{1B}[<32;3;3M") == [], "right button, motion")
    #expect(Self.decode("\u{1B}[<0;0;5M\u{1B}[<0;5M\u{1B}[<0;;5M") == [], "malformed")
  }

  @Test func x10MouseReportsAreDecodedToo() {
    #expect(Self.decode([0x1B, 0x5B, 0x4D, 32, 33 + 11, 33 + 4]) == [.click(row: 4, column: 11)])
    #expect(
      Self.decode([0x1B, 0x5B, 0x4D, 96, 40, 40, 0x1B, 0x5B, 0x4D, 97, 40, 40]) == [
        .wheel(up: true), .wheel(up: false),
      ])
    #expect(Self.decode([0x1B, 0x5B, 0x4D, 35, 40, 40, 0x71]) == Self.keys("q"), "a release")
  }

  @Test func withTheMouseOffReportsAreReadAndIgnored() {
    #expect(Self.decode("\u{1B}[<0;12;5M\u{1B}[<0;12;5m1", mouse: false) == Self.keys("1"))
    #expect(Self.decode([0x1B, 0x5B, 0x4D, 32, 40, 40, 0x31], mouse: false) == Self.keys("1"))
  }

  // MARK: - Pastes

  @Test func aBracketedPasteIsOneEventNotKeys() {
    #expect(
      Self.decode("\u{1B}[200~1 2\u{1B}[20x 3\u{1B}[201~q") == [
        .paste("1 2\u{1B}[20x 3"), .key(.character("q")),
      ])
  }

  /// A slow link sends a paste in pieces: the pauses between them do not end it, so no piece
  /// is read as keys ("Ry" on home would reset every mark, "q" would quit).
  @Test func aPasteInPiecesEndsAtItsEndMarkerWhateverTheGaps() {
    var decoder = InputDecoder(unicode: true, mouse: true)
    #expect(decoder.feed(Array("\u{1B}[200~Ry Thanks, see".utf8)) == [])
    #expect(decoder.wait == .paste)
    let pause = InputDecoder.pasteTimeoutMilliseconds - 1
    #expect(decoder.pause(silentFor: pause) == [])
    #expect(decoder.feed(Array(" you at the quick sync\u{1B}[20".utf8)) == [])
    #expect(decoder.pause(silentFor: pause) == [])
    #expect(decoder.feed(Array("1".utf8)) == [])
    #expect(decoder.pause(silentFor: pause) == [])
    #expect(
      decoder.feed(Array("~q".utf8)) == [
        .paste("Ry Thanks, see you at the quick sync"), .key(.character("q")),
      ])
    #expect(decoder.wait == .idle)
  }

  /// Many short pauses count only while nothing arrives between them.
  @Test func aPasteSilentForItsTimeoutIsDroppedNotTyped() {
    var decoder = InputDecoder(unicode: true, mouse: true)
    #expect(decoder.feed(Array("\u{1B}[200~Ry q".utf8)) == [])
    for _ in 1..<(InputDecoder.pasteTimeoutMilliseconds / 100) {
      #expect(decoder.pause(silentFor: 100) == [])
      #expect(decoder.wait == .paste)
    }
    #expect(decoder.pause(silentFor: 100) == [])
    #expect(decoder.wait == .idle)
    #expect(decoder.feed(Array("q".utf8)) == Self.keys("q"))

    var cut = InputDecoder(unicode: true, mouse: true)
    #expect(cut.feed(Array("\u{1B}[200~y".utf8)) == [])
    #expect(cut.pause() == [], "input ended for good: the fragment is dropped")
    #expect(cut.wait == .idle)
  }

  @Test func aPasteEndsAtItsLimit() {
    let huge = Array(repeating: UInt8(ascii: "7"), count: InputDecoder.maxPasteBytes + 1)
    var decoder = InputDecoder(unicode: true, mouse: true)
    let events = decoder.feed(Array("\u{1B}[200~".utf8) + huge)
    #expect(events.count == 1)
    #expect(
      events.first.map { if case .paste(let text) = $0 { text.utf8.count } else { 0 } }
        == InputDecoder.maxPasteBytes)
    #expect(decoder.wait == .paste, "the rest, up to the end marker, is still the paste's")
    #expect(decoder.pause(silentFor: InputDecoder.pasteTimeoutMilliseconds) == [])
    #expect(decoder.feed(Array("q".utf8)) == Self.keys("q"))
  }

  /// Past the limit the paste's bytes are dropped, not typed: a huge paste holding `R` and `y`
  /// would otherwise reset every mark on home. Typing resumes after the paste's end.
  @Test func theRestOfAPasteOverItsLimitIsDroppedUntilItsEnd() {
    let huge = Array(repeating: UInt8(ascii: "y"), count: InputDecoder.maxPasteBytes + 10)
    let events = Self.decode(
      Array("\u{1B}[200~".utf8) + huge + Array("\u{1B}[201~q".utf8))
    #expect(events.count == 2)
    #expect(events.last == .key(.character("q")))
    #expect(InputDecoder.maxPasteBytes == Guide.maxPastedPostingBytes)
  }

  // MARK: - Properties

  /// Bytes that start, continue and end sequences, so random strings hit every state.
  static let alphabet: [UInt8] =
    [0x1B, 0x07, 0x0D, 0x7F, 0x80, 0xBF, 0xC3, 0xE6, 0xF0, 0xFF] + Array("[O]P<;M~~0125AZmq ".utf8)

  @Test func noInputEverTypesAControlCharacterAndAPauseAlwaysResynchronises() async {
    let bytes = Gen.int(in: 0...(Self.alphabet.count - 1)).array(of: 0...60)
    await propertyCheck(count: 500, input: bytes) { indexes in
      var decoder = InputDecoder(unicode: true, mouse: true)
      let events = decoder.feed(indexes.map { Self.alphabet[$0] }) + decoder.pause()
      for case .key(.character(let character)) in events {
        #expect(!character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
      }
      #expect(decoder.wait == .idle)
      #expect(decoder.feed(Array("q".utf8)) == Self.keys("q"))
    }
  }

  @Test func typedTextComesThroughCharacterForCharacter() async {
    let scalars: [Unicode.Scalar] = ["a", "Z", "0", " ", "é", "ß", "漢", "한", "😀", "~", "["]
    await propertyCheck(count: 300, input: Gen.int(in: 0...(scalars.count - 1)).array(of: 0...40)) {
      indexes in
      let text = String(String.UnicodeScalarView(indexes.map { scalars[$0] }))
      #expect(Self.decode(text) == text.unicodeScalars.map { .key(.character(Character($0))) })
    }
  }
}
