import Foundation
import Testing

@testable import QuarterlyKit

/// A template or fragment error stops the edition: the error is reported where it is, and no output is
/// written (a previous good output stays as it was).
@Suite struct TemplateFailureTests {
  /// A copy of the repository's templates with one file replaced.
  static func templates(replacing name: String, with text: String, in folder: URL) throws -> URL {
    let copy = folder.appendingPathComponent("Templates", isDirectory: true)
    try FileManager.default.copyItem(at: Repository.templates, to: copy)
    try Data(text.utf8).write(to: copy.appendingPathComponent(name))
    return copy
  }

  @Test func aMissingNameInATemplateWritesNothing() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let templates = try Self.templates(
      replacing: "newsletter.md.mustache", with: "# {{edition.title}}\n\n{{metrics.complaint.sentence}}\n",
      in: folder)
    let output = folder.appendingPathComponent("Output")
    let input = EditionInput(
      folder: Repository.edition("birmingham-2022-q3"), displayPath: "Inputs/birmingham-2022-q3")
    let result = try #require(Repository.build([input], output: output, templates: templates).first)
    let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(
      errors == [
        "\(templates.relativePath)/newsletter.md.mustache:3:1: error: no value for 'metrics.complaint.sentence'; "
          + "did you mean 'metrics.complaints.sentence'?"
      ])
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("birmingham-2022-q3").path))
  }

  @Test func anUnclosedSectionIsReportedWhereItOpensAndKeepsTheOldOutput() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("Output")
    let input = EditionInput(
      folder: Repository.edition("birmingham-2022-q3"), displayPath: "Inputs/birmingham-2022-q3")
    // A good build first.
    let good = try #require(Repository.build([input], output: output).first)
    #expect(good.errorCount == 0)
    let newsletter = output.appendingPathComponent("birmingham-2022-q3/newsletter.md")
    let before = try Data(contentsOf: newsletter)
    // Then a build with a broken template.
    let templates = try Self.templates(
      replacing: "newsletter.md.mustache", with: "# Title\n\n{{#newsletter.sections}}\n- {{title}}\n",
      in: folder)
    let result = try #require(Repository.build([input], output: output, templates: templates).first)
    #expect(result.errorCount == 1)
    #expect(
      result.diagnostics.first { $0.severity == .error }?.location?.description
        == "\(templates.relativePath)/newsletter.md.mustache:3:1")
    #expect(try Data(contentsOf: newsletter) == before)
  }
}
