import GuideContent

extension ContentPack {
  /// The DevRel guide that ships inside the binary, parsed and checked when it was built.
  public static var bundled: ContentPack { BundledGuide.pack }
}
