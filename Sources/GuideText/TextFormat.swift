/// What `show` and `results` print: wrapped text, Markdown, or JSON for scripts.
public enum TextFormat: String, CaseIterable, Sendable {
  case text, markdown, json
}
