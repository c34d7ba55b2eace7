import GuideContent

/// `posting.yaml`, `plan.yaml`, `roles.yaml` and `synonyms.yaml`, whose readers live in
/// their own files (`PostingLexiconReader`, `PlanReader`, `RolesReader`, `SynonymsReader`).
extension Loading {
  // MARK: - posting.yaml

  /// The job-posting lexicon; its reader lives in `PostingLexiconReader.swift`.
  mutating func readPosting(_ file: (path: String, text: String), quiz: Quiz?) -> PostingLexicon? {
    guard let root = compose(file) else { return nil }
    var posting = PostingLexiconReader(file: display(file.path))
    let lexicon = posting.read(root, quiz: quiz)
    postingRoles = posting.roleIDs.map { ($0.id, posting.reader.file, $0.position) }
    issues += posting.reader.issues
    references += posting.topics.map {
      Reference(target: $0.id, file: posting.reader.file, position: $0.position, what: "role topic")
    }
    return lexicon
  }

  /// The posting reader and the assessment speak of the same roles, so a reading's closest
  /// role can be matched to the reader's fit for it: every role the lexicon names must be in
  /// `roles.yaml` (when the pack has one).
  mutating func checkPostingRoles(against assessment: Assessment) {
    let known = assessment.roles.map(\.id)
    for (id, file, position) in postingRoles where !known.contains(id) {
      var reader = NodeReader(file: file)
      let close = Suggestions.closest(to: id, in: known, limit: 1).first.map {
        " (did you mean `\($0)`?)"
      }
      reader.report("role `\(id)` is not in roles.yaml\(close ?? "")", at: position)
      issues += reader.issues
    }
  }

  // MARK: - plan.yaml

  /// The actions of "Your plan"; the reader lives in `PlanReader.swift`.
  mutating func readPlan(_ file: (path: String, text: String), quiz: Quiz?) -> Plan? {
    guard let root = compose(file) else { return nil }
    var plan = PlanReader(file: display(file.path))
    let read = plan.read(root, quiz: quiz)
    issues += plan.reader.issues
    references += plan.topics.map {
      Reference(target: $0.id, file: plan.reader.file, position: $0.position, what: "action topic")
    }
    return read
  }

  // MARK: - roles.yaml

  /// The assessment's activities and roles; the reader lives in `RolesReader.swift`. An
  /// activity's plan actions must be in `plan.yaml`.
  mutating func readRoles(_ file: (path: String, text: String), quiz: Quiz?, plan: Plan?)
    -> Assessment?
  {
    guard let root = compose(file) else { return nil }
    var roles = RolesReader(file: display(file.path))
    let read = roles.read(root, quiz: quiz)
    let known = Set(plan?.actions.map(\.id) ?? [])
    for action in roles.actions where !known.contains(action.id) {
      roles.reader.report("unknown plan action `\(action.id)`", at: action.position)
    }
    issues += roles.reader.issues
    references += roles.topics.map {
      Reference(target: $0.id, file: roles.reader.file, position: $0.position, what: "role topic")
    }
    return read
  }

  // MARK: - synonyms.yaml

  /// The search synonyms; the reader lives in `SynonymsReader.swift`.
  mutating func readSynonyms(_ file: (path: String, text: String)) -> [[String]]? {
    guard let root = compose(file) else { return nil }
    var synonyms = SynonymsReader(file: display(file.path))
    let groups = synonyms.read(root)
    issues += synonyms.reader.issues
    return groups
  }
}
