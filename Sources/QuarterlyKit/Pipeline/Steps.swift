import Foundation

extension Step {
  /// Reads the edition folder: edition.md, the CSV files, fragments, glossary and tracker.
  static let loadInputs = Step(name: "Load inputs") { build in
    build.edition = EditionReader.read(
      folder: build.input.folder, displayPath: build.input.displayPath, diagnostics: &build.diagnostics)
  }

  /// Reads the edition's tracker and, when there is one, the previous edition's.
  static let readTrackers = Step(name: "Read trackers") { build in
    guard let edition = build.edition, let source = edition.actionPlan else { return }
    build.plan = readTracker(source, diagnostics: &build.diagnostics)
    if let previousSource = edition.previousActionPlan {
      build.previousPlan = readTracker(previousSource, diagnostics: &build.diagnostics)
    }
  }

  /// Works out every metric's figures and, when there is a tracker, the action-plan report.
  static let computeFigures = Step(name: "Compute figures") { build in
    guard let edition = build.edition else { return }
    build.figures = EditionFigures(edition: edition, diagnostics: &build.diagnostics)
    if let plan = build.plan {
      build.actionPlan = ActionPlanReport(plan: plan, previous: build.previousPlan, asOf: edition.asOf)
    }
  }

  /// Reads a tracker under its name in the edition folder, so that the locations the pack and
  /// figures.json show (`action-plan.csv:29:89`) do not depend on how the edition's path was written;
  /// its diagnostics still name the file as the user did.
  /// Its diagnostics are appended to `diagnostics`, with their cells named as the spreadsheet does.
  static func readTracker(_ source: SourceText, diagnostics: inout Diagnostics) -> ActionPlan? {
    var inEdition = source
    inEdition.path = URL(fileURLWithPath: source.path).lastPathComponent
    var found = Diagnostics()
    let plan = inEdition.reading(into: &found) { ActionPlanReader.read($0, diagnostics: &$1) }
    diagnostics.append(contentsOf: found.items.map { $0.renamingFile(inEdition.path, to: source.path) })
    return plan
  }

  /// Builds what templates see of the edition, its figures and its action plan, and figures.json.
  static let buildContext = Step(name: "Build context") { build in
    guard let edition = build.edition, let figures = build.figures else { return }
    var data = TemplateObject()
    data["edition"] = EditionData.edition(edition)
    var metrics = TemplateObject()
    // Each metric's value (with its chart) is built once and shared by `metrics` and both `sections`.
    let records = figures.metrics.map(\.value)
    let templateValues = zip(figures.metrics, records).map { $0.templateValue(adding: $1) }
    for (metric, value) in zip(figures.metrics, templateValues) { metrics[metric.definition.id] = value }
    data["metrics"] = .object(metrics)
    let actionPlanValue = build.actionPlan?.figures
    data["print"] = PrintPage.data(edition)
    data["hasActionPlan"] = .bool(actionPlanValue != nil)
    if let actionPlanValue { data["actionPlan"] = actionPlanValue }
    if let summary = build.actionPlan?.summary {
      data["ragChart"] = .string(RAGChart(summary: summary).svg())
      data["firstPageRAGChart"] = .string(RAGChart(summary: summary).svg(idPrefix: "first-page-rag-chart"))
    }
    build.figuresJSON = EditionData.figuresJSON(
      edition: edition, metrics: records, actionPlan: actionPlanValue)
    build.data = data
    build.metricValues = templateValues
  }

  /// Fills the tags in the introduction and fragments, then turns their Markdown into HTML.
  static let fillFragments = Step(name: "Fill fragments") { build in
    guard let edition = build.edition, let figures = build.figures else { return }
    var data = build.data
    let templateValues = build.metricValues
    let fragmentData = TemplateValue.object(data)
    FigureQuotes.checkAudiences(
      [edition.introduction] + edition.fragments, definitions: edition.definitions,
      diagnostics: &build.diagnostics)
    let audiences = [("newsletter", Audience.parents), ("pack", Audience.monitoring)]
    // A figure that a fragment on the page already quotes is summarised, not repeated, in its section.
    let sections = audiences.map { _, audience in
      let quoted = FigureQuotes.quoted(
        in: [edition.introduction] + edition.fragments.filter { $0.audience.includes(audience) },
        definitions: edition.definitions)
      return EditionData.sections(figures, for: audience, templateValues: templateValues, quoted: quoted)
    }
    var slugs = PageIDs.reserved(
      templates: build.templates, sections: sections, metricIDs: figures.metrics.map(\.definition.id))
    func fill(_ fragment: Fragment) -> TemplateValue {
      guard
        let template = Template.parse(
          fragment.body, file: fragment.path, startLine: fragment.bodyLine, escaping: .markdown,
          diagnostics: &build.diagnostics)
      else { return .null }
      let markdown = build.templates.render(
        template, data: fragmentData, strict: build.options.strict, diagnostics: &build.diagnostics)
      return FragmentData.value(
        fragment, markdown: LatestAvailableNotes.once(in: markdown), slugs: &slugs)
    }
    data["introduction"] = fill(edition.introduction)
    if let packIntroduction = edition.packIntroduction {
      data["packIntroduction"] = fill(packIntroduction)
    } else {
      let neutral = PackIntroduction.neutral(edition: edition, figures: figures, actionPlan: build.actionPlan)
      data["packIntroduction"] = FragmentData.value(
        neutral.fragment, markdown: neutral.markdown, slugs: &slugs)
    }
    let filled = edition.fragments.map { ($0, fill($0)) }
    for ((key, audience), audienceSections) in zip(audiences, sections) {
      let fragments = filled.filter { $0.0.audience.includes(audience) }.map(\.1)
      data[key] = .object(
        TemplateObject([
          ("fragments", .list(fragments)), ("sections", audienceSections),
          ("hasCharts", .bool(EditionData.hasCharts(audienceSections))),
        ]))
    }
    let abbreviations = Abbreviations(edition.glossary)
    build.abbreviations = abbreviations
    let glossary = GlossaryUse.used(
      edition.glossary,
      in: GlossaryUse.newsletterTexts(data: data, templates: build.templates.sources()),
      prepared: abbreviations)
    data["glossary"] = .list(
      glossary.map {
        .object(TemplateObject([("term", .string($0.term)), ("meaning", .string($0.meaning))]))
      })
    data["hasGlossary"] = .bool(!glossary.isEmpty)
    build.data = data
  }

  /// Fills every output template in the templates folders with the edition's data.
  static let fillTemplates = Step(name: "Fill templates") { build in
    guard build.canContinue, build.edition != nil else {
      // Filling templates from broken inputs would only add noise; still report template syntax errors.
      for name in build.templates.outputTemplateNames() {
        _ = build.templates.template(named: name, diagnostics: &build.diagnostics)
      }
      return
    }
    let data = TemplateValue.object(build.data)
    for name in build.templates.outputTemplateNames() {
      if Self.builtInFileNames.contains(name) {
        build.diagnostics.error(
          "the template \(name).mustache would make \(name), a file quarterly writes itself",
          at: SourceLocation(file: Self.templatePath(of: name, in: build.templates)),
          hint: "rename the template (its output file takes its name without .mustache)")
        continue
      }
      let output = build.templates.render(
        templateNamed: name, data: data, strict: build.options.strict, diagnostics: &build.diagnostics)
      build.filled.append((name, output))
    }
  }

  /// Finishes each filled template as its `OutputFormat` says and checks the links of pages; these are
  /// the edition's files, with figures.json (written once the plain-English step has added the pages'
  /// reading ages to it).
  static let finishPages = Step(name: "Finish pages") { build in
    // Pages with errors are not written, but their broken links are still worth reporting.
    guard build.edition != nil else { return }
    let abbreviations = build.abbreviations ?? Abbreviations(build.edition?.glossary ?? [])
    for (name, output) in build.filled {
      let page = PageFinishing.finish(output, name: name, abbreviations: abbreviations)
      if OutputFormat(fileName: name)?.checksInternalLinks == true {
        for target in InternalLinks.broken(in: page) {
          build.diagnostics.warning(
            "\(name): the link to '#\(target)' leads nowhere on the page",
            at: build.edition.flatMap { Self.placeOfLink(to: target, in: $0) },
            hint: Suggestion.hint(for: target, in: InternalLinks.values(of: "id", in: page)).map {
              "\($0) (links to a section use its heading in lowercase, with hyphens for spaces)"
            })
        }
      }
      build.files.append(OutputFile(name: name, text: page))
    }
  }

  /// The files an edition gets whatever its templates: no template may make one of them.
  static let builtInFileNames: Set<String> = ["figures.json", "monitoring-pack.pdf"]

  /// The template file that makes the output `name`, as the folders were named (the first folder
  /// searched that has it).
  static func templatePath(of name: String, in library: TemplateLibrary) -> String {
    let file = name + ".mustache"
    let folder =
      library.folders.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent(file).path) }
      ?? library.folders.first
    guard var path = folder?.relativePath else { return file }
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    return path + "/" + file
  }

  /// Where a fragment or the introduction writes a link to `#target`, for a warning's location.
  static func placeOfLink(to target: String, in edition: Edition) -> SourceLocation? {
    for fragment in [edition.introduction] + (edition.packIntroduction.map { [$0] } ?? []) + edition.fragments
    {
      for (offset, line) in fragment.body.lineFeedSeparatedLines.enumerated() {
        if let range = line.range(of: "(#\(target))") {
          let column = line.distance(from: line.startIndex, to: range.lowerBound) + 2
          return SourceLocation(file: fragment.path, line: fragment.bodyLine + offset, column: column)
        }
      }
    }
    return nil
  }

  /// Prints the monitoring pack to PDF when asked and Chromium is available.
  static let renderPDF = Step(name: "Print PDF") { build in
    guard build.options.pdf, build.canContinue, !build.options.checkOnly else { return }
    guard let html = build.files.first(where: { $0.name == "monitoring-pack.html" }) else { return }
    let printed = PDFPrinter.print(
      PrintDates.joined(html.contents), timeout: build.options.pdfTimeout, diagnostics: &build.diagnostics)
    if let pdf = printed { build.files.append(OutputFile(name: "monitoring-pack.pdf", contents: pdf)) }
  }

  /// Writes the edition's files all at once, only when no step found an error.
  static let writeOutputs = Step(name: "Write outputs") { build in
    guard build.canContinue, !build.options.checkOnly, build.edition != nil else {
      if build.diagnostics.hasErrors { build.files = [] }
      return
    }
    do {
      build.outcome = try OutputWriter(root: build.options.output).write(
        build.files, editionID: build.input.id)
    } catch {
      build.writeFailure = "\(build.options.output.path)/\(build.input.id): \(error.localizedDescription)"
    }
  }
}
