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

  /// Prints the diagnostics, then one line per edition or (with `json`) the JSON report. With
  /// `verbose`, a diagnostic with no location starts with the name of the step that recorded it.
  static func print(
    _ results: [EditionResult], checkOnly: Bool, quiet: Bool, json: Bool, exitStatus: ExitStatus,
    console: Console, verbose: Bool = false
  ) {
    func stamp(_ step: String?) -> String {
      guard verbose, let step else { return "" }
      return Escaping.terminalLine(step) + ": "
    }
    for result in results {
      for diagnostic in result.diagnostics where !quiet || diagnostic.severity == .error {
        console.printError(stamp(diagnostic.step) + diagnostic.description)
      }
      if let failure = result.writeFailure {
        console.printError(
          stamp(result.writeFailureStep) + "error: could not write \(Escaping.terminalLine(failure))")
      }
    }
    if json {
      console.write(
        JSONWriter.string(report(results, checkOnly: checkOnly, exitStatus: exitStatus, problems: [])))
    } else if !quiet {
      for result in results { console.print(summaryLine(result, checkOnly: checkOnly)) }
    }
  }

  /// The `--json` report: the exit status, problems of the run as a whole (the lock held, an output
  /// folder that cannot be made, a wrong command line), and one object per edition with its status,
  /// the files written and its diagnostics. A failed write counts as an error and lists no files.
  static func report(
    _ results: [EditionResult], checkOnly: Bool, exitStatus: ExitStatus, problems: [Diagnostic]
  ) -> TemplateValue {
    .object(
      TemplateObject([
        ("command", .string(checkOnly ? "check" : "build")),
        ("exitStatus", .int(Int(exitStatus.rawValue))),
        ("diagnostics", .list(problems.map(value))),
        ("editions", .list(results.map { value($0, checkOnly: checkOnly) })),
      ]))
  }

  /// One edition in the JSON report.
  private static func value(_ result: EditionResult, checkOnly: Bool) -> TemplateValue {
    let status =
      result.writeFailure != nil
      ? "write failed"
      : result.errorCount > 0
        ? "failed" : checkOnly ? "checked" : result.outcome == .unchanged ? "unchanged" : "built"
    var writeFailure = result.writeFailure.map { Diagnostic.error("could not write \($0)") }
    writeFailure?.step = result.writeFailureStep
    let diagnostics = result.diagnostics + (writeFailure.map { [$0] } ?? [])
    return .object(
      TemplateObject([
        ("id", .string(result.id)),
        ("status", .string(status)),
        ("errors", .int(diagnostics.filter { $0.severity == .error }.count)),
        ("warnings", .int(result.warningCount)),
        ("files", .list(result.files.map(TemplateValue.string))),
        ("diagnostics", .list(diagnostics.map(value))),
        ("readability", .list(result.readability.map(\.templateValue))),
      ]))
  }

  /// One diagnostic in the JSON report.
  private static func value(_ diagnostic: Diagnostic) -> TemplateValue {
    .object(
      TemplateObject([
        ("severity", .string(diagnostic.severity.rawValue)),
        ("file", diagnostic.location.map { .string($0.file) } ?? .null),
        ("line", diagnostic.location.map { .int($0.line) } ?? .null),
        ("column", diagnostic.location.map { .int($0.column) } ?? .null),
        ("step", diagnostic.step.map { .string($0) } ?? .null),
        ("message", .string(diagnostic.text)),
      ]))
  }
}
