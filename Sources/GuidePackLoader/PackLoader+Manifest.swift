import GuideContent

/// `pack.yaml`: the manifest and the home menu.
extension Loading {
  // MARK: - pack.yaml

  mutating func readPack(_ file: (path: String, text: String)) -> (Manifest, [MenuEntry])? {
    guard let root = compose(file) else { return nil }
    var reader = NodeReader(file: display(file.path))
    defer { issues += reader.issues }
    guard let map = reader.mapping(root, "pack.yaml") else { return nil }
    reader.rejectUnknownKeys(
      map, allowed: ["id", "title", "version", "language", "tagline", "home"])
    let id = reader.string(map, "id", in: root)
    let title = reader.string(map, "title", in: root)
    let version = reader.string(map, "version", in: root)
    let language = reader.string(map, "language", in: root)
    let tagline = reader.string(map, "tagline", in: root, required: false) ?? ""
    if let id, !PackIDs.isValid(id) {
      reader.report("pack id `\(id)` may use only a-z, 0-9, `-` and `/`", at: map["id"])
    }
    let home = readMenu(reader.sequence(map, "home", in: root, required: true), &reader)
    if home.isEmpty, map["home"] != nil {
      reader.report("`home` lists no entries", at: map["home"])
    }
    guard let id, let title, let version, let language else { return nil }
    return (
      Manifest(id: id, title: title, version: version, language: language, tagline: tagline), home
    )
  }

  mutating func readMenu(_ nodes: [YAMLNode], _ reader: inout NodeReader) -> [MenuEntry] {
    nodes.compactMap { node in
      guard let map = reader.mapping(node, "a menu entry") else { return nil }
      reader.rejectUnknownKeys(map, allowed: ["topic", "screen", "title"])
      let title = reader.string(map, "title", in: node, required: false)
      if let topic = reader.string(map, "topic", in: node, required: false) {
        references.append(
          Reference(
            target: topic, file: reader.file, position: (map["topic"] ?? node).position,
            what: "menu entry"))
        return MenuEntry(.topic(topic), title: title)
      }
      switch reader.string(map, "screen", in: node, required: false) {
      case "quiz": return MenuEntry(.quiz, title: title)
      case "check": return MenuEntry(.check, title: title)
      case "results": return MenuEntry(.results, title: title)
      case "posting": return MenuEntry(.posting, title: title)
      case .some(let other):
        reader.report(
          "unknown screen `\(other)` (known: quiz, check, results, posting)", at: map["screen"])
      case .none:
        reader.report(
          "a menu entry needs `topic: ID` or `screen: quiz|check|results|posting`", at: node)
      }
      return nil
    }
  }
}
