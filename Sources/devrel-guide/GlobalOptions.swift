import ArgumentParser
import GuideApp
import GuideText
import GuideUI

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Use the content pack in this folder instead of the bundled guide.", valueName: "dir"))
  var content: String?

  @Option(help: "Colour: auto (on a terminal, off when NO_COLOR is set), always, or never.")
  var color: GuideOptions.ColorChoice = .auto

  @Option(
    help: ArgumentHelp(
      "Colours: dark, light, high-contrast or monochrome (or DEVREL_GUIDE_THEME, or theme: in ~/.config/devrel-guide/config).",
      valueName: "theme"))
  var theme: ThemeName?

  @Flag(help: "Ignore the mouse (by default a click opens an item or link and the wheel scrolls).")
  var noMouse = false
  @Flag(help: "No OSC 8 hyperlinks (or DEVREL_GUIDE_HYPERLINKS=off).") var noHyperlinks = false

  @Flag(help: "Draw borders, marks, bars and arrows in ASCII (automatic in a non-UTF-8 locale).")
  var ascii = false

  /// The parsed values, for the code that runs the guide.
  var options: GuideOptions {
    GuideOptions(
      content: content, color: color, theme: theme, mouse: !noMouse, ascii: ascii,
      hyperlinks: !noHyperlinks)
  }
}

/// Where the full-screen guide starts, and whether it runs as numbered prompts instead.
struct StartOptions: ParsableArguments {
  @Flag(help: "Start at the home menu instead of the page you read last.")
  var home = false

  @Flag(help: "Run the guide as numbered text prompts (for screen readers; TERM=dumb picks it).")
  var plain = false
}

extension GuideOptions.ColorChoice: ExpressibleByArgument {}
extension ThemeName: ExpressibleByArgument {}
extension TextFormat: ExpressibleByArgument {}
