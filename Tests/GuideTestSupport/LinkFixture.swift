import GuideContent
import GuidePackLoader

/// A pack whose one page cites an outside address, bare and behind a label.
public enum LinkFixture {
  public static func pack() throws -> ContentPack {
    let manifest = """
      id: links
      title: Links
      version: "1"
      language: en
      home:
        - topic: cited
      """
    let page = """
      id: cited
      title: Cited
      summary: A page with sources.
      body:
        - text: "Read https://example.org/a;b and [the book](https://example.org/book)."
      checked: 2026-12
      """
    return try PackLoader.load(
      PackSource(name: "links", files: [("pack.yaml", manifest), ("topics/cited.yaml", page)]))
  }
}
