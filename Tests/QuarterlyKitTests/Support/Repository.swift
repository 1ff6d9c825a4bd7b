import Foundation

@testable import QuarterlyKit

/// The repository's own folders (Templates, Inputs), for end-to-end tests.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var templates: URL { root.appendingPathComponent("Templates", isDirectory: true) }

  static func edition(_ id: String) -> URL { root.appendingPathComponent("Inputs/\(id)", isDirectory: true) }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quarterly-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Builds editions with the repository's templates into `output` and returns the results.
  static func build(_ inputs: [EditionInput], output: URL, templates: URL = Repository.templates)
    -> [EditionResult]
  {
    BuildRun(inputs: inputs, options: BuildOptions(templates: templates, output: output)).run()
  }
}
