import FoundationEssentials
import Glibc
import GuideContent
import GuidePackLoader

/// Loads `Resources/guide`, stops the build on any error in it (a `checked:` month after the
/// build's month among them), and writes it out as Swift.
///
/// Usage: `EmbedResourcesTool RESOURCES_DIR OUTPUT.swift`. The output holds the pack already
/// parsed, so starting the guide parses no YAML. The YAML itself stays out of the binary: tests
/// read it from `Resources/guide` to check that loading it gives the same pack.
@main
enum EmbedResourcesTool {
  static func main() throws {
    let arguments = CommandLine.arguments
    guard arguments.count == 3 else {
      printError("usage: EmbedResourcesTool DIR OUTPUT")
      exit(64)
    }
    let folder = URL(fileURLWithPath: arguments[1]).appendingPathComponent("guide").path
    let source = try PackSource.directory(folder)
    let (pack, issues) = PackLoader.check(source, today: .now())
    for issue in issues { printError(issue.description) }
    guard let pack, !issues.contains(where: { $0.severity == .error }) else { exit(65) }
    var writer = SwiftWriter()
    writer.write(pack)
    try Data(writer.output.utf8).write(
      to: URL(fileURLWithPath: arguments[2]), options: .atomic)
  }
}

private func printError(_ message: String) {
  var line = message + "\n"
  line.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
