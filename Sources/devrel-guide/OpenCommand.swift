import ArgumentParser
import GuideApp

/// The full-screen guide; without a usable terminal, a plain overview instead.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the full-screen guide (the default).")

  @ParentCommand var root: DevrelGuide
  @OptionGroup var start: StartOptions

  func run() throws {
    let options = root.global.options
    if start.plain || root.start.plain { return try runLineMode(options) }
    let home = start.home || root.start.home
    try runGuide(options, start: home ? .home : .resume)
  }
}
