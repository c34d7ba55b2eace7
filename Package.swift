// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "devrel-guide",
  products: [
    .executable(name: "devrel-guide", targets: ["devrel-guide"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    /// The curses shim: a header of what Swift cannot import from ncursesw (macros, globals)
    /// and the signal handlers in C. Its module map links ncursesw and tinfo by name: the .pc
    /// file's `-D_XOPEN_SOURCE` flags are ones SwiftPM refuses with a warning on every build,
    /// so the header asks for the wide API itself.
    .target(name: "CNcursesw"),
    /// libyaml parses pack YAML; a C library keeps Foundation (and its 40 MB of ICU) out of the
    /// binary, which a Swift YAML package would pull in.
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    /// Checks the top-level `Resources/guide` pack and writes it out as Swift source, so the
    /// binary carries its content already parsed.
    .executableTarget(
      name: "EmbedResourcesTool", dependencies: ["GuideContent", "GuidePackLoader"]),
    .plugin(
      name: "EmbedResources",
      capability: .buildTool(),
      dependencies: ["EmbedResourcesTool"]
    ),
    /// The content model (pack, topics, menus, quiz): plain values, no I/O, no Foundation.
    .target(name: "GuideContent"),
    /// Reads a pack from files: libyaml, parallel parsing, validation, text sanitising.
    .target(name: "GuidePackLoader", dependencies: ["GuideContent", "GuideStore", "CLibYAML"]),
    /// The bundled DevRel guide, generated from `Resources/` at build time.
    .target(name: "GuideBundle", dependencies: ["GuideContent"], plugins: ["EmbedResources"]),
    /// Reads a job posting against a pack's `posting.yaml`: pure, no I/O.
    .target(name: "GuidePosting", dependencies: ["GuideContent"]),
    .target(name: "GuideCore", dependencies: ["GuideContent", "GuidePosting"]),
    .target(name: "GuideUI", dependencies: ["GuideContent", "GuideCore"]),
    /// Text for printing: plain topics, Markdown and JSON exports, results, search lines,
    /// suggestions, colour for a terminal.
    .target(name: "GuideText", dependencies: ["GuideContent", "GuideCore"]),
    .target(name: "GuideStore"),
    .target(
      name: "GuideApp",
      dependencies: [
        "GuideContent", "GuidePackLoader", "GuideBundle", "GuideCore", "GuideUI", "GuideText",
        "GuideStore", "GuidePosting",
      ]),
    .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "GuideCore", "GuideUI"]),
    .executableTarget(
      name: "devrel-guide",
      dependencies: [
        "GuideUI", "GuideText", "GuideApp", "NcursesTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    /// Small packs and helpers shared by the test targets.
    .target(
      name: "GuideTestSupport",
      dependencies: ["GuideContent", "GuidePackLoader", "GuideCore", "GuideUI"],
      path: "Tests/GuideTestSupport"),
    .testTarget(
      name: "GuideContentTests", dependencies: ["GuideContent", "GuidePackLoader", "GuideBundle"]),
    .testTarget(
      name: "GuideCoreTests",
      dependencies: [
        "GuideContent", "GuideCore", "GuidePosting", "GuideTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "GuideUITests",
      dependencies: [
        "GuideContent", "GuideBundle", "GuideCore", "GuideUI", "GuideTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "GuideTextTests",
      dependencies: [
        "GuideContent", "GuideBundle", "GuideCore", "GuideUI", "GuideText", "GuideTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(name: "GuideStoreTests", dependencies: ["GuideStore"]),
    .testTarget(
      name: "GuidePostingTests",
      dependencies: [
        "GuideContent", "GuidePackLoader", "GuideBundle", "GuidePosting",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "GuideAppTests",
      dependencies: [
        "GuideContent", "GuideCore", "GuideUI", "GuideStore", "GuideApp", "GuideTestSupport",
      ]),
    .testTarget(
      name: "NcursesTerminalTests",
      dependencies: [
        "CNcursesw", "GuideCore", "GuideUI", "NcursesTerminal",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [.product(name: "PropertyBased", package: "swift-property-based")]),
  ]
)
