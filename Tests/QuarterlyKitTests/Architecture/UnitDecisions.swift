import Foundation

@testable import QuarterlyKit

/// Finds code that decides by a `MetricUnit` case: a `switch` over something named `…unit`, a comparison
/// of one with a case, `if case .x = …unit`, a case named through the type, and `switch self` or
/// `self == .x` in an extension of `MetricUnit`.
struct UnitDecisions {
  /// The case names of `MetricUnit`, as written in code.
  let cases = MetricUnit.allCases.map { "\($0)" }

  /// "path:line: code" for each decision in `files` (path → text), sorted.
  func found(in files: [String: String]) throws -> [String] {
    let names = cases.joined(separator: "|")
    let unit = #"\b(?:[A-Za-z_][\w.?]*)?[uU]nit\b"#
    let patterns = [
      #"switch\s+"# + unit + #"\s*\{"#,
      unit + #"\s*[!=]=\s*\.(?:"# + names + #")\b"#,
      #"\.(?:"# + names + #")\s*[!=]=\s*"# + unit,
      #"case\s+\.(?:"# + names + #")\s*=\s*"# + unit,
      #"MetricUnit\s*\.\s*(?:"# + names + #")\b"#,
    ]
    let selfPatterns = [#"switch\s+self\s*\{"#, #"self\s*[!=]=\s*\.(?:"# + names + #")\b"#]
    let unitRegexes = try patterns.map { try Regex($0) }
    let selfRegexes = try selfPatterns.map { try Regex($0) }
    var found: [String] = []
    for (path, text) in files {
      let code = SwiftNames.codeOnly(text)
      let extendsUnit = code.contains("extension MetricUnit")
      for (number, line) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        // Every pattern names a unit ("…nit") or, in an extension of `MetricUnit`, `self`.
        var regexes = line.contains("nit") ? unitRegexes : []
        if extendsUnit, line.contains("self") { regexes += selfRegexes }
        for regex in regexes {
          for match in line.matches(of: regex) {
            found.append("\(path):\(number + 1): \(line[match.range])")
          }
        }
      }
    }
    return found.sorted()
  }
}
