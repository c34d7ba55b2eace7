import Foundation

/// Writes a Swift source holding every text file below a folder, keyed by relative path.
///
/// Usage: `EmbedResourcesTool RESOURCES_DIR OUTPUT.swift`. Files are written as raw multi-line
/// string literals whose `#` delimiter is longer than any run of `#` in the text, so no content
/// can end the literal early or start an escape.
@main
enum EmbedResourcesTool {
  static func main() throws {
    let arguments = CommandLine.arguments
    guard arguments.count == 3 else {
      FileHandle.standardError.write(Data("usage: EmbedResourcesTool DIR OUTPUT\n".utf8))
      exit(64)
    }
    let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
    var files: [(String, String)] = []
    if let walker = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isRegularFileKey])
    {
      for case let url as URL in walker {
        let values = try url.resourceValues(forKeys: [.isRegularFileKey])
        guard values.isRegularFile == true else { continue }
        let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
        let data = try Data(contentsOf: url)
        files.append((relative, String(decoding: data, as: UTF8.self)))
      }
    }
    files.sort { $0.0 < $1.0 }
    var source = "// Generated from Resources/ at build time. Do not edit.\n\n"
    source += "/// The files of the top-level `Resources/` folder, keyed by path relative to it.\n"
    source += "public enum BundledResources {\n"
    source += "  public static let files: [String: String] = [\n"
    for (path, text) in files {
      let hashes = String(repeating: "#", count: longestHashRun(in: text) + 1)
      source += "    \(literal(path)): \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
    }
    if files.isEmpty { source += "    :\n" }
    source += "  ]\n}\n"
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
  }

  /// The longest run of `#` that follows a quote or a backslash.
  static func longestHashRun(in text: String) -> Int {
    var longest = 0
    var run = -1
    for character in text {
      if character == "#", run >= 0 {
        run += 1
        longest = max(longest, run)
      } else {
        run = (character == "\"" || character == "\\") ? 0 : -1
      }
    }
    return longest
  }

  static func literal(_ path: String) -> String {
    "\""
      + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"")
      + "\""
  }
}
