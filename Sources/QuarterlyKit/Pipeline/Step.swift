/// The state an edition carries through the pipeline's steps.
struct EditionBuild {
  var input: EditionInput
  var options: BuildOptions
  var templates: TemplateLibrary
  var diagnostics = Diagnostics()
  var edition: Edition?
  /// The edition's action plan and the previous edition's, as read from their trackers.
  var plan: ActionPlan?
  var previousPlan: ActionPlan?
  var figures: EditionFigures?
  var actionPlan: ActionPlanReport?
  var data = TemplateObject()
  /// Each metric's template value (with its chart), in the order of `figures.metrics`.
  var metricValues: [TemplateValue] = []
  var figuresJSON: TemplateValue = .null
  /// The edition's glossary prepared for finding its terms, made once for the glossary the newsletter
  /// uses and for the pages' terms.
  var abbreviations: Abbreviations?
  /// Filled output templates, by output file name, before they are finished.
  var filled: [(name: String, text: String)] = []
  var files: [OutputFile] = []
  var outcome: OutputWriter.Outcome?
  var writeFailure: String?
  /// The step that set `writeFailure`.
  var writeFailureStep: String?
  /// The reading age of each newsletter page, from the plain-English step.
  var readability: [PageReadability] = []

  /// Whether an earlier step found errors, so later steps that need its results must not run.
  var canContinue: Bool { !diagnostics.hasErrors }
}

/// One named stage of the pipeline; it reads and updates the edition's state.
struct Step: Sendable {
  var name: String
  var run: @Sendable (inout EditionBuild) -> Void
}
