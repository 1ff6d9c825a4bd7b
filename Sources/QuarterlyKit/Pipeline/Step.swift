/// The state an edition carries through the pipeline's steps.
struct EditionBuild {
  var input: EditionInput
  var options: BuildOptions
  var templates: TemplateLibrary
  var diagnostics = Diagnostics()
  var edition: Edition?
  var figures: EditionFigures?
  var actionPlan: ActionPlanReport?
  var data = TemplateObject()
  var figuresJSON: TemplateValue = .null
  var files: [OutputFile] = []
  var outcome: OutputWriter.Outcome?
  var writeFailure: String?
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
