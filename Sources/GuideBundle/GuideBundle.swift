import GuideContent
import GuidePackLoader

extension ContentPack {
  /// The DevRel guide that ships inside the binary, parsed and checked when it was built.
  public static var bundled: ContentPack { BundledGuide.pack }
}

extension PackSource {
  /// The YAML the bundled guide was built from, for tests that check the loader on it.
  public static var bundled: PackSource {
    PackSource(name: "Resources/guide", files: BundledGuide.files.map { ($0.key, $0.value) })
  }
}
