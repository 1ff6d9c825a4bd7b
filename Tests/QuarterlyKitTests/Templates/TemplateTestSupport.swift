import Foundation

@testable import QuarterlyKit

/// A folder of template files for one test, removed when the test is done with it.
final class TemplateFolder {
  let url: URL

  init(files: [String: String] = [:]) throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("quarterly-templates-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files { try write(name, text) }
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func write(_ name: String, _ text: String) throws {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }
}

/// Parses `source` as `file` and renders it with partials from `partials` (file name → text).
func renderTemplate(
  _ source: String, file: String = "t.mustache", data: TemplateValue = [:],
  partials: [String: String] = [:], strict: Bool = true
) throws -> (output: String, errors: [String]) {
  var parseDiagnostics = Diagnostics()
  let parsed = Template.parse(
    source, file: file, escaping: TemplateEscaping.forFile(named: file), diagnostics: &parseDiagnostics)
  guard let template = parsed else { return ("", parseDiagnostics.items.map(\.description)) }
  let folder = try TemplateFolder(files: partials)
  let library = TemplateLibrary(folders: [folder.url])
  var renderDiagnostics = Diagnostics()
  let rendered = library.render(template, data: data, strict: strict, diagnostics: &renderDiagnostics)
  // Partials' paths are shown relative to their (temporary) folder.
  let prefix = folder.url.relativePath + "/"
  let errors = (parseDiagnostics.items + renderDiagnostics.items).map {
    $0.description.replacingOccurrences(of: prefix, with: "")
  }
  return (rendered, errors)
}

/// Parse diagnostics of `source`, printed.
func parseErrors(_ source: String, file: String = "t.mustache", startLine: Int = 1) -> [String] {
  var diagnostics = Diagnostics()
  _ = Template.parse(source, file: file, startLine: startLine, escaping: .html, diagnostics: &diagnostics)
  return diagnostics.items.map(\.description)
}
