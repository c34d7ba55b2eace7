import Foundation
import GuideCore
import Testing

/// The README's key table (`| Keys | What they do |`) names the keys the key tables hold, no
/// more and no fewer.
@Suite struct ReadmeKeysTests {
  /// The first column of each row of the README's key table. The rows for the search line
  /// and the mouse describe more than keys of a screen and are left out.
  static func readmeKeyCells() throws -> [String] {
    let readme = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("README.md")
    let lines = try String(contentsOf: readme, encoding: .utf8).split(separator: "\n")
    guard let header = lines.firstIndex(where: { $0.hasPrefix("| Keys | What they do |") }) else {
      Issue.record("the README has no key table")
      return []
    }
    return lines[(header + 2)...].prefix { $0.hasPrefix("|") }.compactMap { row in
      let cell = row.split(separator: "|", omittingEmptySubsequences: true).first.map(String.init)
      guard let cell, !cell.contains("search line"), !cell.contains("mouse") else { return nil }
      return cell
    }
  }

  /// The keys a cell names: key names as help writes them, `1`–`9` as the digits. A `/` is
  /// a key only in backticks; elsewhere it joins two keys ("Up/Down").
  static func keys(in cell: String) -> Set<String> {
    var keys = Set<String>()
    for raw in cell.replacingOccurrences(of: "`1`–`9`", with: "1-9").split(separator: " ") {
      if raw.contains("`/`") { keys.insert("/") }
      let token = raw.filter { !"`,()".contains($0) }
      for part in token == "1-9" ? [Substring(token)] : token.split(separator: "/") {
        let name = String(part)
        if name == "1-9" || name.count == 1 || names.contains(name) { keys.insert(name) }
      }
    }
    return keys
  }

  static let names = Set([
    "Up", "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End", "Enter", "Esc", "Backspace",
    "Tab", "Shift-Tab", "Delete", "Space",
  ]).union("abcdefghijklmnopqrstuvwxyz".map { "Ctrl-\($0.uppercased())" })

  /// Every key of the screens' tables and the keys that work everywhere. The posting's line
  /// takes every printable key; the README tells of its editing keys in words.
  static func tableKeys() -> Set<String> {
    let tables = Bindings.screens.filter { $0 != Bindings.postingPrompt }
    let bindings =
      tables.flatMap(\.bindings) + Bindings.global(answeringQuiz: false)
    var keys = Set<String>()
    for binding in bindings {
      for key in binding.keys + binding.also {
        keys.insert(key.name.first?.isNumber == true ? "1-9" : key.name)
      }
      if binding.extra == .digits { keys.insert("1-9") }
    }
    return keys
  }

  @Test func theReadmesKeyTableNamesEveryKeyOfTheTables() throws {
    let readme = try Self.readmeKeyCells().reduce(into: Set<String>()) {
      $0.formUnion(Self.keys(in: $1))
    }
    let tables = Self.tableKeys()
    #expect(tables.subtracting(readme).sorted() == [], "keys the README does not name")
    #expect(readme.subtracting(tables).sorted() == [], "keys the README names that do nothing")
  }
}
