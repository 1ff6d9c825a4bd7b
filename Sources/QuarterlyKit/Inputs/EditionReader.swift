import Foundation

/// Reads an edition folder, reporting every problem in every file.
public enum EditionReader {
  static let editionKeys = ["area", "title", "as_of", "web_url"] + WorkbookInput.sheetKeys
  static let fragmentKeys = ["title", "order", "audience"]

  /// Reads the edition at `folder`; `displayPath` is how the folder is named in diagnostics.
  public static func read(folder: URL, displayPath: String) -> (edition: Edition?, diagnostics: Diagnostics) {
    var diagnostics = Diagnostics()
    let fileManager = FileManager.default
    func path(_ name: String) -> String {
      displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name
    }
    if let problem = folderProblem(folder) {
      diagnostics.error(problem, at: SourceLocation(file: displayPath), hint: "name the real folder instead")
      return (nil, diagnostics)
    }
    // The folder's real path, resolved once for the templates folder and every file read from it.
    let realFolder = PartialPath.realPath(folder.path)
    if let realFolder,
      let realTemplates = PartialPath.realPath(folder.appendingPathComponent("templates").path),
      !PartialPath.isInside(realTemplates, folder: realFolder)
    {
      diagnostics.error(
        "the templates folder is a symbolic link to a folder outside the edition folder, so it is not used",
        at: SourceLocation(file: path("templates")),
        hint: "copy the templates into the edition folder instead of linking to them")
    }
    func source(_ name: String, required: Bool) -> SourceText? {
      let url = folder.appendingPathComponent(name)
      guard fileManager.fileExists(atPath: url.path) else {
        if required {
          diagnostics.error(
            "missing required file \(name)", at: SourceLocation(file: path(name)),
            hint: "every edition folder needs edition.md, metric-definitions.csv and metrics.csv")
        }
        return nil
      }
      // The edition's own files sit directly in the folder whose real path is known.
      switch SourceText.read(
        url, displayPath: path(name), withinRealFolder: .some(realFolder), parentIsInside: true)
      {
      case .success(let text): return text
      case .failure(let diagnostic):
        diagnostics.append(diagnostic)
        return nil
      }
    }

    // edition.md
    var area: String?
    var title: String?
    var asOf: Day?
    var webURL: String?
    var sheets: [String: (name: String, location: SourceLocation)] = [:]
    var introduction = Fragment(
      id: "introduction", title: "Introduction", order: nil, audience: .both, body: "",
      path: path("edition.md"),
      bodyLine: 1)
    if let text = source("edition.md", required: true) {
      let (frontMatter, frontDiagnostics) = FrontMatter.parse(text)
      diagnostics.append(contentsOf: frontDiagnostics)
      checkKeys(frontMatter, known: editionKeys, diagnostics: &diagnostics)
      area = requiredValue("area", in: frontMatter, diagnostics: &diagnostics)
      title = requiredValue("title", in: frontMatter, diagnostics: &diagnostics)
      if let entry = frontMatter.entry("as_of") {
        asOf = Day(iso: entry.value)
        if asOf == nil {
          diagnostics.error(
            "as_of '\(entry.value)' is not a real date written as YYYY-MM-DD",
            at: frontMatter.location(of: entry),
            hint: "for example 2022-09-30")
        }
      } else {
        _ = requiredValue("as_of", in: frontMatter, diagnostics: &diagnostics)
      }
      webURL = frontMatter["web_url"]
      if let url = webURL, !(url.hasPrefix("https://") || url.hasPrefix("http://")),
        let entry = frontMatter.entry("web_url")
      {
        diagnostics.error(
          "web_url must be a web address starting with https://", at: frontMatter.location(of: entry))
        webURL = nil
      }
      introduction.body = frontMatter.body
      introduction.bodyLine = frontMatter.bodyLine
      for input in WorkbookInput.inputs {
        if let entry = frontMatter.entry(WorkbookInput.sheetKey(input)) {
          sheets[input] = (entry.value, frontMatter.location(of: entry))
        }
      }
    }

    // A table input is NAME.csv or NAME.xlsx; a workbook's sheet reads as the same rows and cells.
    var workbooks: [SourceText] = []
    func table(_ input: String, required: Bool) -> SourceText? {
      switch WorkbookInput.choose(input, in: folder, path: path) {
      case .csv:
        if let sheet = sheets[input] {
          diagnostics.warning(
            "\(WorkbookInput.sheetKey(input)) names a sheet, but \(input) is read from \(input).csv",
            at: sheet.location, hint: "remove the key, or give \(input).xlsx instead of the CSV")
        }
        return source(input + ".csv", required: required)
      case .refused(let diagnostic):
        diagnostics.append(diagnostic)
        return nil
      case .workbook:
        let name = path(input + ".xlsx")
        switch WorkbookInput.bytes(
          of: folder.appendingPathComponent(input + ".xlsx"), path: name, realFolder: realFolder)
        {
        case .failure(let diagnostic):
          diagnostics.append(diagnostic)
          return nil
        case .success(let bytes):
          let workbook = WorkbookInput.read(
            input, bytes: bytes, path: name, sheet: sheets[input], diagnostics: &diagnostics)
          workbooks += workbook.map { [$0] } ?? []
          return workbook
        }
      }
    }

    // A broken definition is reported once, not again for each of its rows in metrics.csv.
    var rejected: Set<String>?
    let definitions =
      table("metric-definitions", required: true).map {
        MetricDefinitionsReader.read($0, diagnostics: &diagnostics, rejected: &rejected)
      } ?? []
    let errorsBeforeMetrics = diagnostics.errorCount
    let observations =
      table("metrics", required: true).map {
        MetricsReader.read($0, definitions: definitions, rejected: rejected, diagnostics: &diagnostics)
      } ?? []
    let metricsUnusable = observations.isEmpty && diagnostics.errorCount > errorsBeforeMetrics
    let fragments = readFragments(
      folder: folder, realFolder: realFolder, displayPath: path("narrative"), diagnostics: &diagnostics)
    let glossary =
      table("glossary", required: false).map { GlossaryReader.read($0, diagnostics: &diagnostics) } ?? []
    let actionPlan = table("action-plan", required: false)
    let previousActionPlan = table("action-plan-previous", required: false)

    for workbook in workbooks { diagnostics = Diagnostics(workbook.namingCells(diagnostics.items)) }

    // With edition.md broken the edition is still read on, so that one run also reports the problems in
    // its figures, fragments and templates; the errors above stop it from being written.
    let latestMonth = observations.map(\.period).max()
    let fallbackDay =
      latestMonth.flatMap { Day(year: $0.year, month: $0.month, day: Day.days(in: $0)) }
      ?? Day(year: 2000, month: 1, day: 1)
    guard let day = asOf ?? fallbackDay else { return (nil, diagnostics) }
    var edition = Edition(
      id: folder.lastPathComponent, folder: folder, displayPath: displayPath, area: area ?? "",
      title: title ?? "",
      asOf: day,
      webURL: webURL, introduction: introduction, definitions: definitions, observations: observations,
      fragments: fragments, glossary: glossary, actionPlan: actionPlan, previousActionPlan: previousActionPlan
    )
    edition.isAsOfKnown = asOf != nil
    edition.areObservationsKnown = !metricsUnusable
    return (edition, diagnostics)
  }

  /// Why an edition folder is refused: it is a symbolic link (which could lead anywhere), or its name
  /// could not be an output folder's name. Nil when it may be read.
  static func folderProblem(_ folder: URL) -> String? {
    var info = stat()
    if lstat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
      return "the edition folder is a symbolic link, so it is not read"
    }
    let id = folder.lastPathComponent
    if id.isEmpty || id == "/" || id == "." || id == ".." || id.hasPrefix(".") {
      return "'\(id)' cannot name an edition: its output folder would not be a folder of its own"
    }
    return nil
  }

  static func requiredValue(_ key: String, in frontMatter: FrontMatter, diagnostics: inout Diagnostics)
    -> String?
  {
    if let value = frontMatter[key], !value.isEmpty { return value }
    diagnostics.error(
      "missing required key '\(key)' in the front matter", at: SourceLocation(file: frontMatter.path),
      hint: "add a line '\(key): …' between the '---' lines at the top of the file")
    return nil
  }

  static func checkKeys(_ frontMatter: FrontMatter, known: [String], diagnostics: inout Diagnostics) {
    for entry in frontMatter.entries where !known.contains(entry.key) {
      diagnostics.error(
        "unknown key '\(entry.key)' in the front matter",
        at: SourceLocation(file: frontMatter.path, line: entry.line, column: 1),
        hint: Suggestion.hint(for: entry.key, in: known) ?? "the keys are: \(known.joined(separator: ", "))")
    }
  }

  /// Reads `narrative/*.md` in file-name order; `order` in front matter sorts them first.
  static func readFragments(
    folder: URL, realFolder: String?, displayPath: String, diagnostics: inout Diagnostics
  ) -> [Fragment] {
    let narrative = folder.appendingPathComponent("narrative")
    guard
      let names = try? FileManager.default.contentsOfDirectory(atPath: narrative.path)
    else { return [] }
    var fragments: [Fragment] = []
    // narrative/ itself not a symbolic link: each fragment that is not one is inside the edition.
    let narrativeIsInside = SourceText.isPlainEntry(narrative.path)
    for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
      let filePath = displayPath + "/" + name
      let source: SourceText
      switch SourceText.read(
        narrative.appendingPathComponent(name), displayPath: filePath, withinRealFolder: .some(realFolder),
        parentIsInside: narrativeIsInside)
      {
      case .success(let text): source = text
      case .failure(let diagnostic):
        diagnostics.append(diagnostic)
        continue
      }
      let (frontMatter, frontDiagnostics) = FrontMatter.parse(source)
      diagnostics.append(contentsOf: frontDiagnostics)
      if frontMatter.entries.isEmpty && frontDiagnostics.isEmpty {
        diagnostics.error(
          "a fragment needs front matter with at least a title", at: SourceLocation(file: filePath),
          hint: "start the file with three lines: '---', 'title: …', '---'")
        continue
      }
      checkKeys(frontMatter, known: fragmentKeys, diagnostics: &diagnostics)
      guard let title = requiredValue("title", in: frontMatter, diagnostics: &diagnostics) else { continue }
      var order: Int?
      if let entry = frontMatter.entry("order") {
        order = Int(entry.value)
        if order == nil {
          diagnostics.error(
            "order '\(entry.value)' is not a whole number", at: frontMatter.location(of: entry),
            hint: "fragments are sorted by order, then by file name")
        }
      }
      var audience = Audience.both
      if let entry = frontMatter.entry("audience") {
        if let value = Audience(rawValue: entry.value.lowercased()) {
          audience = value
        } else {
          diagnostics.error(
            "'\(entry.value)' is not a valid audience", at: frontMatter.location(of: entry),
            hint: Suggestion.hint(for: entry.value, in: Audience.allCases.map(\.rawValue))
              ?? "use parents, monitoring or both")
        }
      }
      let id = String(name.dropLast(3))
      fragments.append(
        Fragment(
          id: id, title: title, order: order, audience: audience, body: frontMatter.body, path: filePath,
          bodyLine: frontMatter.bodyLine))
    }
    // Fragments with an order come first, by order; the rest keep file-name order.
    return fragments.enumerated().sorted { a, b in
      switch (a.element.order, b.element.order) {
      case (let x?, let y?): return x == y ? a.offset < b.offset : x < y
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return a.offset < b.offset
      }
    }.map(\.element)
  }
}
