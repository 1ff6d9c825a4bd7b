import Foundation

/// Builds the previewed editions with the usual pipeline into a private folder, one subfolder per build.
///
/// It never takes the run lock and never writes to `Output/`: each build goes to
/// `<private folder>/build-<version>/`, and the previous build's folder is removed once a newer one
/// is being served.
struct PreviewBuilder: Sendable {
  var inputs: [EditionInput]
  var templates: URL
  /// The private folder (mode 0700) the builds are written to.
  var root: URL
  /// The folder diagnostics' relative paths start from.
  var workingDirectory: URL

  /// Builds every edition as build number `version`.
  func build(version: Int) -> PreviewBuild {
    let started = DispatchTime.now().uptimeNanoseconds
    let folder = root.appendingPathComponent("build-\(version)", isDirectory: true)
    let options = BuildOptions(templates: templates, output: folder)
    let results = BuildRun(inputs: inputs, options: options).run()
    let editions = results.map { result in
      PreviewEdition(
        id: result.id, files: result.files.sorted(),
        diagnostics: Diagnostics(result.diagnostics).sorted.map {
          DiagnosticExcerpt($0, workingDirectory: workingDirectory)
        },
        succeeded: result.succeeded)
    }
    let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
    return PreviewBuild(version: version, folder: folder, editions: editions, milliseconds: elapsed)
  }
}
