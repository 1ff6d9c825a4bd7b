import Foundation
import Testing

@testable import QuarterlyKit

/// One test from the Mustache spec (copied into Fixtures/mustache).
struct SpecCase: Sendable, CustomTestStringConvertible {
  let file: String
  let name: String
  let template: String
  let data: TemplateValue
  let partials: [String: String]
  let expected: String

  var testDescription: String { "\(file): \(name)" }

  static let files = [
    "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance",
    "~dynamic-names",
  ]

  /// Every test of the spec files, read with the tool's own JSON reader.
  static let all: [SpecCase] = files.flatMap { file -> [SpecCase] in
    var diagnostics = Diagnostics()
    guard let text = try? Fixture.text("mustache/\(file).json"),
      case .list(let tests)? = JSONReader.parse(
        text, as: TemplateValue.self, file: file, diagnostics: &diagnostics)?["tests"]
    else { return [] }
    return tests.compactMap { test in
      guard case .string(let name)? = test["name"], case .string(let template)? = test["template"],
        case .string(let expected)? = test["expected"], let data = test["data"]
      else { return nil }
      var partials: [String: String] = [:]
      if case .object(let object)? = test["partials"] {
        for (key, value) in object.pairs {
          if case .string(let text) = value { partials[key + ".mustache"] = text }
        }
      }
      return SpecCase(
        file: file, name: name, template: template, data: data, partials: partials, expected: expected)
    }
  }
}

@Suite struct TemplateConformanceTests {
  @Test func allSpecTestsAreLoaded() {
    #expect(SpecCase.all.count == 184)
  }

  @Test(arguments: SpecCase.all)
  func spec(_ test: SpecCase) throws {
    let result = try renderTemplate(
      test.template, file: "T.mustache", data: test.data, partials: test.partials, strict: false)
    #expect(result.errors == [])
    #expect(result.output == test.expected)
  }
}
