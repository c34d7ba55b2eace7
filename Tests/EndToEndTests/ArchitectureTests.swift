import Foundation
import Testing

/// The import graph of `docs/architecture.md`, the `import` lines in the sources and the
/// dependencies in `Package.swift` agree: a new import, or a dependency nobody imports, fails
/// here until the page (and the manifest) say so.
@Suite("The architecture as documented")
struct ArchitectureTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func read(_ path: String) throws -> String {
    try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
  }

  /// Products of package dependencies, which count as targets.
  static let products: Set<String> = ["ArgumentParser", "PropertyBased"]

  /// Every module a folder's Swift files import, `#if`-guarded ones included.
  static func imports(in folder: String) throws -> Set<String> {
    let root = repository.appendingPathComponent(folder)
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    else { return [] }
    var modules: Set<String> = []
    let pattern = /^\s*(?:@testable\s+)?(?:(?:public|internal|package)\s+)?import\s+(\w+)/
    while let url = walker.nextObject() as? URL {
      guard url.pathExtension == "swift" else { continue }
      for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
        if let match = line.firstMatch(of: pattern) { modules.insert(String(match.1)) }
      }
    }
    return modules
  }

  /// Each target's row in the page: (targets, platform modules) it may import.
  static func documented() throws -> [String: (targets: Set<String>, platform: Set<String>)] {
    var rows: [String: (Set<String>, Set<String>)] = [:]
    let row = /^\| `([A-Za-z-]+)` \| ([^|]*) \| ([^|]*) \|$/
    func names(_ cell: Substring) -> Set<String> {
      Set(cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        .subtracting(["—", ""])
    }
    for line in try read("docs/architecture.md").split(separator: "\n") {
      if let match = line.firstMatch(of: row) {
        rows[String(match.1)] = (names(match.2), names(match.3))
      }
    }
    return rows
  }

  /// Each target's name, folder and declared dependencies, read from `Package.swift`.
  static func declared() throws -> [(name: String, folder: String, dependencies: Set<String>)] {
    let manifest = try read("Package.swift")
    let calls = manifest.split(separator: /\.(?=target\(|executableTarget\(|testTarget\()/)
      .dropFirst()
    return try calls.map { call in
      let name = try #require(call.firstMatch(of: /name: "([^"]+)"/)).1
      let path = call.firstMatch(of: /path: "([^"]+)"/)?.1
      let folder =
        path.map(String.init) ?? (call.hasPrefix("testTarget") ? "Tests/" : "Sources/") + name
      var dependencies: Set<String> = []
      if let list = call.firstMatch(of: /dependencies: \[([^\]]*)\]/)?.1 {
        let withoutPackages = list.replacing(/package: "[^"]*"/, with: "")
        for quoted in withoutPackages.matches(of: /"([^"]+)"/) {
          dependencies.insert(String(quoted.1))
        }
      }
      return (String(name), folder, dependencies)
    }
  }

  @Test func everyTargetImportsExactlyWhatThePageSays() throws {
    let rows = try Self.documented()
    let targets = try Self.declared()
    let names = Set(targets.map(\.name)).union(Self.products).union(["CNcursesw", "CLibYAML"])
    for target in targets where target.folder.hasPrefix("Sources/") {
      let imports = try Self.imports(in: target.folder)
      let row = try #require(rows[target.name], "\(target.name) has no row in docs/architecture.md")
      #expect(imports.intersection(names) == row.targets, "\(target.name): targets imported")
      #expect(imports.subtracting(names) == row.platform, "\(target.name): platform imported")
    }
    let sourceTargets = Set(targets.filter { $0.folder.hasPrefix("Sources/") }.map(\.name))
    #expect(Set(rows.keys).subtracting(sourceTargets).isEmpty, "rows for targets that do not exist")
  }

  @Test func everyTargetDeclaresExactlyTheTargetsItImports() throws {
    let targets = try Self.declared()
    let names = Set(targets.map(\.name)).union(Self.products).union(["CNcursesw", "CLibYAML"])
    #expect(targets.count > 10, "Package.swift was read")
    for target in targets {
      let imports = try Self.imports(in: target.folder).intersection(names)
      #expect(imports == target.dependencies, "\(target.name) in Package.swift")
    }
  }

  @Test func theModelImportsNothingAndTheExecutableIsCommandsAndWiring() throws {
    #expect(try Self.imports(in: "Sources/GuideContent").isEmpty)
    let folder = Self.repository.appendingPathComponent("Sources/devrel-guide")
    var lines = 0
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      lines +=
        try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).count - 1
    }
    // Twenty to thirty lines a command (ten of them), the entry point and the shared options.
    #expect(lines > 0 && lines <= 330, "Sources/devrel-guide has \(lines) lines")
  }
}
