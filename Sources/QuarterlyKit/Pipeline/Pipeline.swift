import Foundation

/// The stages an edition goes through, in order: read, compute, fill, render, write.
///
/// Each step records diagnostics and keeps going where it can, so one run reports every problem.
/// Nothing is written unless every step before `writeOutputs` finished without errors.
struct Pipeline: Sendable {
  var steps: [Step]

  static let standard = Pipeline(steps: [
    .loadInputs, .readTrackers, .computeFigures, .buildContext, .fillFragments, .fillTemplates, .finishPages,
    .checkPlainEnglish, .renderPDF, .writeOutputs,
  ])

  /// Runs every step for one edition.
  func run(_ input: EditionInput, options: BuildOptions, templates: TemplateLibrary) -> EditionResult {
    var build = EditionBuild(input: input, options: options, templates: templates)
    for (index, step) in steps.enumerated() {
      options.showStep?("\(input.id): [\(index + 1)/\(steps.count)] \(step.name)")
      let recorded = build.diagnostics.items.count
      let wasWritten = build.writeFailure == nil
      step.run(&build)
      build.diagnostics.stamp(step: step.name, from: recorded)
      if wasWritten && build.writeFailure != nil { build.writeFailureStep = step.name }
    }
    // Files that were never written are not reported as if they had been.
    let files = build.writeFailure == nil ? build.files.map(\.name).sorted() : []
    return EditionResult(
      id: input.id, diagnostics: build.diagnostics.sorted, files: files,
      outcome: build.outcome, writeFailure: build.writeFailure, writeFailureStep: build.writeFailureStep,
      readability: build.readability)
  }
}
