import GuideContent
import GuideCore
import GuidePackLoader
import GuideStore
import GuideText

// The printing subcommands, apart from their argument parsing: output on standard output,
// messages on standard error, failures as an `ExitStatus`.

/// `devrel-guide topics`: `ID<TAB>TITLE` per topic, in menu order.
///
/// With `stale` (`--stale`), only the topics checked more than `months` (12) months before
/// `today`, oldest first, as `ID<TAB>YYYY-MM<TAB>TITLE`; none exits 1, like `search`.
public func printTopics(
  options: GuideOptions, stale: Bool = false, months: Int? = nil, today: YearMonth = .now()
) throws {
  if let months, months < 0 || !stale {
    printError("devrel-guide: --months takes a number of months, 0 or more, with --stale")
    throw ExitStatus.usage
  }
  let pack = try options.loadPack()
  guard stale else {
    for id in pack.topicOrder { print("\(id)\t\(pack.topics[id]?.title ?? id)") }
    return
  }
  let staleAfter = months ?? 12
  let topics = pack.stale(today: today, after: staleAfter)
  for topic in topics {
    print("\(topic.id)\t\(topic.checked.map(String.init(describing:)) ?? "")\t\(topic.title)")
  }
  guard !topics.isEmpty else {
    printError(
      "devrel-guide: no topic was checked more than \(staleAfter) month\(staleAfter == 1 ? "" : "s") before \(today.spelled)"
    )
    throw ExitStatus.nothingFound
  }
}

/// `devrel-guide show ID`: one topic; an unknown id suggests the closest ones and exits 64.
public func printTopic(
  _ id: String, width: Int?, format: TextFormat, options: GuideOptions,
  dependencies: Dependencies = .outside()
) throws {
  let (text, colored) = try topicText(
    id, width: width, format: format, options: options, dependencies: dependencies)
  colored ? printColored(text, terminator: "") : print(text, terminator: "")
}

/// What `show` prints, and whether it is coloured: the width, the colours and the glyphs
/// follow the terminal and the environment that `dependencies` give.
public func topicText(
  _ id: String, width: Int?, format: TextFormat, options: GuideOptions,
  dependencies: Dependencies
) throws -> (text: String, colored: Bool) {
  let pack = try options.loadPack()
  guard let topic = pack.topics[id] else {
    let close = Suggestions.closest(to: id, in: pack.topicOrder)
    let hint = close.isEmpty ? "" : " Did you mean: \(close.joined(separator: ", "))?"
    printError("devrel-guide: no topic '\(id)'.\(hint) See `devrel-guide topics`.")
    throw ExitStatus.usage
  }
  switch format {
  case .text:
    let width = width ?? GuideOptions.printWidth(dependencies)
    let color = TextColor(enabled: options.textColorsAllowed(dependencies))
    let text = PlainText.topic(
      topic, in: pack, width: width, unicode: options.unicode(dependencies), color: color)
    return (text, color.enabled)
  case .markdown: return (TopicExport.markdown(topic, in: pack), false)
  case .json: return (jsonForTerminal(try TopicExport.json(topic, in: pack)) + "\n", false)
  }
}

/// `devrel-guide search WORDS`: a line per topic found, best first, matched exactly as the
/// search line matches once a word is typed in full; none exits 1, like grep, with
/// suggestions on stderr. Past `SearchText.limit` hits the rest are counted, not printed, and
/// stderr says how many, so standard output stays one hit a line.
public func printSearch(
  _ query: String, options: GuideOptions, dependencies: Dependencies = .outside()
) throws {
  let pack = try options.loadPack()
  let unicode = options.unicode(dependencies)
  // Timed apart: the guide makes the index once and then answers every keystroke from it.
  let index = Timing.measure("search index") { SearchIndex(pack) }
  let color = TextColor(enabled: options.textColorsAllowed(dependencies))
  let (results, count) = Timing.measure("search query") {
    index.search(query, limit: SearchText.limit)
  }
  let words = index.query(query)
  for hit in results.hits {
    let line = SearchText.line(hit, query: words, unicode: unicode, color: color)
    color.enabled ? printColored(line) : print(line)
  }
  guard count > 0 else {
    printError("devrel-guide: " + SearchWording.nothing(query, suggestions: results.suggestions))
    throw ExitStatus.nothingFound
  }
  if !results.everyWord {
    let close =
      results.suggestions.isEmpty
      ? "" : " (did you mean: \(results.suggestions.joined(separator: ", "))?)"
    printError("devrel-guide: \(SearchWording.noneHasAll); these hold the most\(close)")
  }
  if count > SearchText.limit {
    printError("devrel-guide: \(SearchText.more(count, unicode: unicode))")
  }
}

/// `devrel-guide results`: every saved attempt (or the last); none exits 1 (JSON prints `[]`
/// first). `dependencies` make the storage from the pack's id: the data folders of `HOME`
/// and the XDG variables unless a test gives its own.
public func printResults(
  format: TextFormat, last: Bool, options: GuideOptions,
  dependencies: (String) throws -> Dependencies = Dependencies.live(packID:)
) throws {
  let pack = try options.loadPack()
  let text = try resultsText(
    format: format, last: last, pack: pack, options: options,
    dependencies: try dependencies(pack.manifest.id))
  print(text, terminator: "")
}

/// What `results` prints: the attempts `dependencies`' storage holds.
public func resultsText(
  format: TextFormat, last: Bool, pack: ContentPack, options: GuideOptions,
  dependencies: Dependencies
) throws -> String {
  let (all, notice) = dependencies.storage?.loadAttempts() ?? ([], nil)
  if let notice { printError("devrel-guide: \(notice)") }
  let chosen = last ? all.suffix(1) : all[...]
  if format == .json {
    let json = jsonForTerminal(
      try ResultsText.json(chosen, quiz: pack.quiz, assessment: pack.assessment))
    // `[]` is printed before "no saved attempts" exits 1.
    guard chosen.isEmpty || pack.quiz == nil else { return json }
    print(json, terminator: "")
  }
  guard !chosen.isEmpty, let quiz = pack.quiz else {
    printError("devrel-guide: no saved attempts yet (take the quiz: devrel-guide quiz)")
    throw ExitStatus.nothingFound
  }
  switch format {
  case .json: return ""
  case .markdown: return ResultsText.markdown(chosen, of: all, quiz: quiz, pack: pack)
  case .text:
    return ResultsText.text(
      chosen, of: all, quiz: quiz, pack: pack, unicode: options.unicode(dependencies),
      width: min(78, GuideOptions.printWidth(dependencies)))
  }
}
