/// Plain POSIX path arithmetic for the store's few paths.
///
/// Strings, not URLs: the store works out its paths on every start, and URL arithmetic there
/// cost more than everything else the store does when there is nothing saved yet.
public enum Paths {
  /// `base/component`, with no doubled slash.
  public static func join(_ base: String, _ component: String) -> String {
    let trimmed = trimmingSlashes(base)
    return trimmed == "/" ? "/" + component : trimmed + "/" + component
  }

  /// The folder holding `path` ("/" for a top-level entry).
  public static func parent(of path: String) -> String {
    let trimmed = trimmingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }

  /// The last component of `path`.
  public static func name(of path: String) -> String {
    let trimmed = trimmingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/"), trimmed != "/" else { return trimmed }
    return String(trimmed[trimmed.index(after: slash)...])
  }

  private static func trimmingSlashes(_ path: String) -> String {
    var path = path
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    return path
  }
}
