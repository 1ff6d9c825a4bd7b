/// What a run prints: diagnostics on standard error, a line per edition or a JSON report on standard output.
enum RunReport {
  /// The line printed for an edition (its name with line breaks escaped, so that it stays one line).
  static func summaryLine(_ result: EditionResult, checkOnly: Bool) -> String {
    let id = Escaping.terminalLine(result.id)
    if let failure = result.writeFailure {
      return "failed \(id): could not write the output (\(Escaping.terminalLine(failure)))"
    }
    if result.errorCount > 0 {
      return "failed \(id): \(count(result.errorCount, "error"))"
    }
    let warnings = result.warningCount > 0 ? ", \(count(result.warningCount, "warning"))" : ""
    if checkOnly { return "checked \(id): no errors\(warnings)" }
    let verb = result.outcome == .unchanged ? "unchanged" : "built"
    return "\(verb) \(id): \(count(result.files.count, "file"))\(warnings)"
  }

  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  static func print(_ results: [EditionResult], checkOnly: Bool, quiet: Bool, json: Bool, console: Console) {
    for result in results {
      for diagnostic in result.diagnostics where !quiet || diagnostic.severity == .error {
        console.printError(diagnostic.description)
      }
      if let failure = result.writeFailure {
        console.printError("error: could not write \(Escaping.terminalLine(failure))")
      }
    }
    if json {
      console.write(JSONWriter.string(report(results, checkOnly: checkOnly)))
    } else if !quiet {
      for result in results { console.print(summaryLine(result, checkOnly: checkOnly)) }
    }
  }

  /// The `--json` report: one object per edition with its status, files and diagnostics.
  static func report(_ results: [EditionResult], checkOnly: Bool) -> TemplateValue {
    .object(
      TemplateObject([
        ("command", .string(checkOnly ? "check" : "build")),
        (
          "editions",
          .list(
            results.map { result in
              let status =
                result.writeFailure != nil
                ? "write failed"
                : result.errorCount > 0
                  ? "failed" : checkOnly ? "checked" : result.outcome == .unchanged ? "unchanged" : "built"
              return .object(
                TemplateObject([
                  ("id", .string(result.id)),
                  ("status", .string(status)),
                  ("errors", .int(result.errorCount)),
                  ("warnings", .int(result.warningCount)),
                  ("files", .list(result.files.map(TemplateValue.string))),
                  (
                    "diagnostics",
                    .list(
                      result.diagnostics.map { d in
                        .object(
                          TemplateObject([
                            ("severity", .string(d.severity.rawValue)),
                            ("file", d.location.map { .string($0.file) } ?? .null),
                            ("line", d.location.map { .int($0.line) } ?? .null),
                            ("column", d.location.map { .int($0.column) } ?? .null),
                            ("message", .string(d.text)),
                          ]))
                      })
                  ),
                ]))
            })
        ),
      ]))
  }
}
