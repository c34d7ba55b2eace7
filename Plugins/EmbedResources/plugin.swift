import Foundation
import PackagePlugin

/// Generates `BundledGuide.swift` from the package's top-level `Resources/guide` pack.
///
/// Every file and folder below `Resources/` is an input, so adding, removing or editing content
/// makes the next build regenerate the source; the binary then carries its content, already
/// parsed, and works when copied alone to another folder. A pack with errors stops the build
/// with `FILE:LINE:COL: error:` lines.
@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let resources = context.package.directoryURL.appending(path: "Resources")
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledGuide.swift")
    var inputs: [URL] = [resources]
    if let walker = FileManager.default.enumerator(
      at: resources, includingPropertiesForKeys: nil)
    {
      for case let url as URL in walker { inputs.append(url) }
    }
    return [
      .buildCommand(
        displayName: "Building the bundled guide from Resources/guide",
        executable: try context.tool(named: "EmbedResourcesTool").url,
        arguments: [resources.path, output.path],
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
