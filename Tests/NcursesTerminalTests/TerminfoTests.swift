import CNcursesw
import Foundation
import GuideCore
import GuideUI
import Testing

@testable import NcursesTerminal

/// What real and hand-made terminfo entries say the terminal can do, and the looks that
/// follow: dim text where `dim` reaches the screen, a grey where it does not; a bar cursor
/// where `Ss` exists.
///
/// Serialized: `newterm` changes the process's one current terminal.
@Suite("Terminfo capabilities", .serialized)
struct TerminfoTests {
  /// The capabilities of a terminal type, from the system's terminfo or from `entries`
  /// (terminfo source compiled with `tic` into a folder of its own).
  static func capabilities(of term: String, entries: String? = nil) throws
    -> TerminalCapabilities
  {
    var folder: String?
    if let entries {
      let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("dg-terminfo-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      try entries.write(toFile: path + "/entries.src", atomically: true, encoding: .utf8)
      let tic = Process()
      tic.executableURL = URL(fileURLWithPath: "/usr/bin/tic")
      tic.arguments = ["-x", "-o", path, path + "/entries.src"]
      try tic.run()
      tic.waitUntilExit()
      #expect(tic.terminationStatus == 0)
      folder = path
    }
    defer { if let folder { try? FileManager.default.removeItem(atPath: folder) } }
    if let folder { setenv("TERMINFO", folder, 1) }
    defer { unsetenv("TERMINFO") }
    // newterm, not setupterm (which curses.h does not declare), on /dev/null both ways.
    guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
      throw TerminfoError(term: term)
    }
    defer {
      fclose(output)
      fclose(input)
    }
    guard let screen = newterm(term, output, input) else { throw TerminfoError(term: term) }
    set_term(screen)
    defer {
      endwin()
      delscreen(screen)
    }
    return TerminalCapabilities.current()
  }

  struct TerminfoError: Error { var term: String }

  @Test func xtermDimsAndHasABarCursor() throws {
    let xterm = try Self.capabilities(of: "xterm-256color")
    #expect(xterm.canDim)
    #expect(xterm.colors == 256)
    #expect(xterm.cursorShape?.bar == "\u{1B}[6 q")
    #expect(xterm.cursorShape?.restore == "\u{1B}[2 q")
  }

  /// rxvt-unicode-256color has neither `dim` nor `Ss`: secondary text is grey, and the cursor
  /// leaves the highlight.
  @Test func rxvtUnicodeCannotDimAndHasNoCursorShape() throws {
    let rxvt = try Self.capabilities(of: "rxvt-unicode-256color")
    #expect(!rxvt.canDim)
    #expect(rxvt.cursorShape == nil)
    #expect(Theme.style(for: .dim, in: .dark, on: rxvt) == RoleStyle(foreground: 245))
    #expect(Theme.style(for: .dim, in: .light, on: rxvt) == RoleStyle(foreground: 242))
  }

  /// kitty's entry has `dim` but an `sgr` without it (curses uses `sgr`, so dim never goes out).
  @Test func anSgrWithoutDimCannotDim() throws {
    let kittyLike = try Self.capabilities(
      of: "dg-sgr-no-dim",
      entries: """
        dg-sgr-no-dim|xterm-256color whose sgr leaves dim out,
        \tsgr=%?%p9%t\\E(0%e\\E(B%;\\E[0%?%p6%t;1%;%?%p2%t;4%;%?%p1%p3%|%t;7%;%?%p4%t;5%;%?%p7%t;8%;m,
        \tSs@, Se@, use=xterm-256color,

        """)
    #expect(!kittyLike.canDim)
    #expect(kittyLike.cursorShape == nil)
    #expect(Theme.style(for: .dim, in: .dark, on: kittyLike).foreground == 245)
  }

  @Test func sixteenColoursGreyOnDarkAndPlainOnLight() throws {
    let small = try Self.capabilities(
      of: "dg-16-no-dim",
      entries: """
        dg-16-no-dim|16 colours and no dim,
        \tdim@, colors#16, pairs#256, use=xterm-256color,

        """)
    #expect(!small.canDim)
    #expect(small.colors == 16)
    #expect(Theme.style(for: .dim, in: .dark, on: small) == RoleStyle(foreground: 8))
    // No grey reads on white in 16 colours, and monochrome has none: the theme's own look.
    #expect(Theme.style(for: .dim, in: .light, on: small) == Theme.style(for: .dim, in: .light))
    #expect(
      Theme.style(for: .dim, in: .monochrome, on: small) == Theme.style(for: .dim, in: .monochrome))
  }

  /// Where dim works, the style is the theme's own, for every role and theme, but for
  /// secondary text on a light background.
  @Test(arguments: ThemeName.allCases)
  func aTerminalThatDimsKeepsTheThemesLook(theme: ThemeName) {
    let dims = TerminalCapabilities(canDim: true, colors: 256)
    for role in Role.allCases where !(theme == .light && role == .dim) {
      #expect(Theme.style(for: role, in: theme, on: dims) == Theme.style(for: role, in: theme))
    }
  }

  /// xterm dims by halving a colour toward black, so dim black on white stays black: on a light
  /// background secondary text is grey (5.3:1 on white) even where the terminal dims; with 16
  /// colours, where no grey reads on white, it keeps the dim attribute.
  @Test func onALightBackgroundSecondaryTextIsGreyEvenWhereTheTerminalDims() throws {
    let xterm = try Self.capabilities(of: "xterm-256color")
    #expect(xterm.canDim)
    #expect(Theme.style(for: .dim, in: .light, on: xterm) == RoleStyle(foreground: 242))
    #expect(Theme.style(for: .dim, in: .dark, on: xterm) == RoleStyle([.dim]))
    let sixteen = TerminalCapabilities(canDim: true, colors: 16)
    #expect(Theme.style(for: .dim, in: .light, on: sixteen) == RoleStyle([.dim]))
  }
}
