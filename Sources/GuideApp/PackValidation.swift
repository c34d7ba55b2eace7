import GuidePackLoader

/// `devrel-guide validate DIR`: every problem on standard error as `FILE:LINE:COL: error:`,
/// then a summary; exits 65 when the pack has errors, 66 when the folder is missing. Topics
/// checked more than 12 months ago are warnings (`topics --stale` lists them too).
public func validatePack(_ directory: String) throws {
  let source = try readPackFolder(directory)
  let (pack, issues) = PackLoader.check(source, today: .now(), staleAfter: 12)
  for issue in issues { printError(issue.description) }
  let errors = issues.filter { $0.severity == .error }.count
  guard let pack, errors == 0 else {
    printError("\(directory): \(errors) error\(errors == 1 ? "" : "s")")
    throw ExitStatus.badContent
  }
  print(
    "\(directory): ok, \(pack.topics.count) topics, \(pack.quiz?.questions.count ?? 0) quiz questions, \(issues.count) warning\(issues.count == 1 ? "" : "s")"
  )
}
