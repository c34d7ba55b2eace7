import Foundation

/// Measures Swift sources for `ArchitectureTests`' size rules: how long each function is and
/// what a command file holds. Braces are counted outside strings and comments only.
enum SizeRules {
  /// Each line of `text` with the contents of strings and comments blanked, so a brace in
  /// `"{"` or in a comment is not counted. Multi-line strings and interpolations are followed.
  static func code(_ text: String) -> [String] {
    enum Mode { case code, lineComment, blockComment(Int), string(multiline: Bool) }
    var modes: [Mode] = [.code]
    /// Open parentheses of each interpolation `\(`, innermost last.
    var parens: [Int] = []
    var lines: [String] = []
    var line = ""
    let characters = Array(text)
    var index = 0
    func starts(_ token: String) -> Bool {
      let token = Array(token)
      return index + token.count <= characters.count
        && Array(characters[index..<index + token.count]) == token
    }
    while index < characters.count {
      let character = characters[index]
      if character == "\n" {
        lines.append(line)
        line = ""
        if case .lineComment = modes.last { modes.removeLast() }
        index += 1
        continue
      }
      switch modes.last ?? .code {
      case .code:
        if starts("//") {
          modes.append(.lineComment)
        } else if starts("/*") {
          modes.append(.blockComment(1))
          index += 1
        } else if starts("\"\"\"") {
          modes.append(.string(multiline: true))
          index += 2
        } else if character == "\"" {
          modes.append(.string(multiline: false))
        } else if !parens.isEmpty, character == "(" {
          parens[parens.count - 1] += 1
        } else if !parens.isEmpty, character == ")" {
          parens[parens.count - 1] -= 1
          if parens.last == 0 {
            parens.removeLast()
            modes.removeLast()  // Back into the string the interpolation is in.
          }
        } else {
          line.append(character)
        }
      case .lineComment:
        break
      case .blockComment(let depth):
        if starts("*/") {
          modes.removeLast()
          if depth > 1 { modes.append(.blockComment(depth - 1)) }
          index += 1
        } else if starts("/*") {
          modes[modes.count - 1] = .blockComment(depth + 1)
          index += 1
        }
      case .string(let multiline):
        if starts("\\(") {
          modes.append(.code)
          parens.append(1)
          index += 1
        } else if character == "\\" {
          index += 1
        } else if multiline ? starts("\"\"\"") : character == "\"" {
          modes.removeLast()
          if multiline { index += 2 }
        }
      }
      index += 1
    }
    lines.append(line)
    return lines
  }

  /// A line that declares a function or an initialiser.
  static var declaration: Regex<(Substring, Substring?, Substring?)> {
    /^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|static|class|mutating|nonmutating|override|final|nonisolated|convenience|required|dynamic)(?:\([^)]*\))?\s+)*(?:func\s+([^\s(<]+)|(init)[?!]?\s*[(<])/
  }

  /// Every function and initialiser with a body, as its name and its lines from the
  /// declaration to the closing brace.
  static func functions(in text: String) -> [(name: String, line: Int, lines: Int)] {
    let lines = code(text)
    let declaration = Self.declaration
    var depthAtStart: [Int] = []
    var depth = 0
    for line in lines {
      depthAtStart.append(depth)
      for character in line {
        if character == "{" { depth += 1 }
        if character == "}" { depth -= 1 }
      }
    }
    depthAtStart.append(depth)
    var found: [(String, Int, Int)] = []
    for (number, line) in lines.enumerated() {
      guard let match = line.firstMatch(of: declaration) else { continue }
      let name = String(match.1 ?? match.2 ?? "?")
      let level = depthAtStart[number]
      // The body opens on the declaration's line or a later line of its signature.
      var opening: Int?
      for candidate in number..<min(lines.count, number + 12) {
        if candidate > number, lines[candidate].firstMatch(of: declaration) != nil { break }
        // A requirement without a body: its type or the next declaration ends it.
        if lines[candidate].contains("}"), !lines[candidate].contains("{") { break }
        if lines[candidate].contains("{") {
          opening = candidate
          break
        }
      }
      guard let opening else { continue }
      var end = opening
      while end < lines.count, depthAtStart[end + 1] > level { end += 1 }
      found.append((name, number + 1, end - number + 1))
    }
    return found
  }
}
