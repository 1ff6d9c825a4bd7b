import Foundation

/// Reads an edition folder, reporting every problem in every file.
public enum EditionReader {
  static let editionKeys =
    ["area", "title", "as_of", "web_url", "period", "reading_age", "plain_english_ignore"]
    + WorkbookInput.sheetKeys
  static let fragmentKeys = ["title", "order", "audience", "plain_english_ignore"]

  /// Reads the edition at `folder`, appending its problems to `diagnostics`; `displayPath` is how the
  /// folder is named in them. Nil when the folder cannot be read as an edition at all.
  public static func read(folder: URL, displayPath: String, diagnostics: inout Diagnostics) -> Edition? {
    func path(_ name: String) -> String {
      displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name
    }
    if let problem = folderProblem(folder) {
      diagnostics.error(problem, at: SourceLocation(file: displayPath), hint: "name the real folder instead")
      return nil
    }
    // The folder held open: every file is opened beneath it, once, and checked as opened.
    guard let opened = EditionFolder.open(folder, displayPath: displayPath, diagnostics: &diagnostics) else {
      return nil
    }
    if let realFolder = opened.realPath,
      let realTemplates = PartialPath.realPath(folder.appendingPathComponent("templates").path),
      !PartialPath.isInside(realTemplates, folder: realFolder)
    {
      diagnostics.error(
        "the templates folder is a symbolic link to a folder outside the edition folder, so it is not used",
        at: SourceLocation(file: path("templates")),
        hint: "copy the templates into the edition folder instead of linking to them")
    }
    func source(_ name: String, required: Bool) -> SourceText? {
      let missing = Diagnostic.error(
        "missing required file \(name)", at: SourceLocation(file: path(name)),
        hint: "every edition folder needs edition.md, metric-definitions.csv and metrics.csv")
      return read(
        name, in: opened, displayPath: path(name), ifMissing: required ? .reported(missing) : .allowed,
        diagnostics: &diagnostics)
    }

    // edition.md
    var area: String?
    var title: String?
    var asOf: Day?
    var webURL: String?
    var period: ClosedRange<Month>?
    var sheets: [String: (name: String, location: SourceLocation)] = [:]
    var readingAge = ReadingAgeLimit()
    var introduction = Fragment(
      id: "introduction", title: "Introduction", order: nil, audience: .both, body: "",
      path: path("edition.md"),
      bodyLine: 1)
    if let text = source("edition.md", required: true) {
      let frontMatter = FrontMatter.parse(text, diagnostics: &diagnostics)
      checkKeys(frontMatter, known: editionKeys + [ReviewMark.key], diagnostics: &diagnostics)
      ReviewMark.check(frontMatter, diagnostics: &diagnostics)
      area = requiredValue("area", in: frontMatter, diagnostics: &diagnostics)
      title = requiredValue("title", in: frontMatter, diagnostics: &diagnostics)
      if let entry = frontMatter.entry("as_of") {
        asOf = Day(iso: entry.value)
        if asOf == nil,
          !Month.reportYearOutOfRange(
            in: entry.value, as: "as_of", at: frontMatter.location(of: entry), diagnostics: &diagnostics)
        {
          diagnostics.error(
            "as_of '\(entry.value)' is not a real date written as YYYY-MM-DD",
            at: frontMatter.location(of: entry),
            hint: "for example 2022-09-30")
        }
      } else {
        _ = requiredValue("as_of", in: frontMatter, diagnostics: &diagnostics)
      }
      if let entry = frontMatter.entry("period") {
        period = readPeriod(
          entry.value, asOf: asOf, at: frontMatter.location(of: entry), diagnostics: &diagnostics)
      }
      webURL = frontMatter["web_url"]
      if let url = webURL, !isWebAddress(url), let entry = frontMatter.entry("web_url") {
        diagnostics.error(
          "web_url must be a web address starting with https:// and naming a host, like "
            + "https://www.example.gov.uk/send-news", at: frontMatter.location(of: entry))
        webURL = nil
      }
      introduction.body = frontMatter.body
      introduction.bodyLine = frontMatter.bodyLine
      introduction.plainEnglishIgnore = plainEnglishIgnore(frontMatter)
      readingAge = readingAgeLimit(frontMatter, diagnostics: &diagnostics)
      for input in WorkbookInput.inputs {
        if let entry = frontMatter.entry(WorkbookInput.sheetKey(input)) {
          sheets[input] = (entry.value, frontMatter.location(of: entry))
        }
      }
    }

    // A table input is NAME.csv or NAME.xlsx; a workbook's sheet reads as the same rows and cells.
    func table(_ input: String, required: Bool) -> SourceText? {
      switch WorkbookInput.choose(input, in: folder, path: path, diagnostics: &diagnostics) {
      case nil: return nil
      case .csv:
        if let sheet = sheets[input] {
          diagnostics.warning(
            "\(WorkbookInput.sheetKey(input)) names a sheet, but \(input) is read from \(input).csv",
            at: sheet.location, hint: "remove the key, or give \(input).xlsx instead of the CSV")
        }
        return source(input + ".csv", required: required)
      case .workbook:
        let name = path(input + ".xlsx")
        guard
          let bytes = WorkbookInput.bytes(
            of: input + ".xlsx", in: opened, path: name, diagnostics: &diagnostics)
        else { return nil }
        return WorkbookInput.read(
          input, bytes: bytes, path: name, sheet: sheets[input], diagnostics: &diagnostics)
      }
    }

    // pack-introduction.md: the monitoring pack's own opening (optional), Markdown with no front matter keys.
    var packIntroduction: Fragment?
    if let text = source("pack-introduction.md", required: false) {
      let frontMatter = FrontMatter.parse(text, diagnostics: &diagnostics)
      // The one key it takes is the review mark that `quarterly new` puts on a copied text.
      ReviewMark.check(frontMatter, diagnostics: &diagnostics)
      for entry in frontMatter.entries where entry.key != ReviewMark.key {
        diagnostics.error(
          "pack-introduction.md takes no front matter, so '\(entry.key)' means nothing here",
          at: SourceLocation(file: frontMatter.path, line: entry.line, column: 1),
          hint: "remove the lines between '---'; the area, title and date come from edition.md")
      }
      packIntroduction = Fragment(
        id: "pack-introduction", title: "Introduction", order: nil, audience: .monitoring,
        body: frontMatter.body, path: path("pack-introduction.md"), bodyLine: frontMatter.bodyLine)
    }

    // A broken definition is reported once, not again for each of its rows in metrics.csv.
    var rejected: Set<String>?
    let definitions =
      table("metric-definitions", required: true).map {
        $0.reading(into: &diagnostics) {
          MetricDefinitionsReader.read($0, diagnostics: &$1, rejected: &rejected)
        }
      } ?? []
    let errorsBeforeMetrics = diagnostics.errorCount
    let observations =
      table("metrics", required: true).map {
        $0.reading(into: &diagnostics) {
          MetricsReader.read($0, definitions: definitions, rejected: rejected, asOf: asOf, diagnostics: &$1)
        }
      } ?? []
    let metricsUnusable = observations.isEmpty && diagnostics.errorCount > errorsBeforeMetrics
    let fragments = readFragments(
      folder: folder, opened: opened, displayPath: path("narrative"), diagnostics: &diagnostics)
    let glossary =
      table("glossary", required: false).map {
        $0.reading(into: &diagnostics) { GlossaryReader.read($0, diagnostics: &$1) }
      } ?? []
    let actionPlan = table("action-plan", required: false)
    let previousActionPlan = table("action-plan-previous", required: false)

    // With edition.md broken the edition is still read on, so that one run also reports the problems in
    // its figures, fragments and templates; the errors above stop it from being written.
    let latestMonth = observations.map(\.period).max()
    let fallbackDay =
      latestMonth.flatMap { Day(year: $0.year, month: $0.month, day: Day.days(in: $0)) }
      ?? Day(year: 2000, month: 1, day: 1)
    guard let day = asOf ?? fallbackDay else { return nil }
    var edition = Edition(
      id: folder.lastPathComponent, folder: folder, displayPath: displayPath, area: area ?? "",
      title: title ?? "",
      asOf: day,
      webURL: webURL, introduction: introduction, definitions: definitions, observations: observations,
      fragments: fragments, glossary: glossary, actionPlan: actionPlan, previousActionPlan: previousActionPlan
    )
    edition.packIntroduction = packIntroduction
    edition.period = period
    edition.readingAge = readingAge
    edition.isAsOfKnown = asOf != nil
    edition.areObservationsKnown = !metricsUnusable
    return edition
  }

  /// Whether `url` is an `http://` or `https://` address with a host name (letters, digits, dots and
  /// hyphens, not starting or ending with a dot) and no spaces.
  static func isWebAddress(_ url: String) -> Bool {
    let rest: Substring
    if url.hasPrefix("https://") {
      rest = url.dropFirst(8)
    } else if url.hasPrefix("http://") {
      rest = url.dropFirst(7)
    } else {
      return false
    }
    guard !url.contains(where: { $0 == " " || $0.isNewline }) else { return false }
    var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
    if let colon = host.lastIndex(of: ":") {
      guard host[host.index(after: colon)...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
      host = host[..<colon]
    }
    return !host.isEmpty && !host.hasPrefix(".") && !host.hasSuffix(".")
      && host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
  }

  /// Reads edition.md's optional `period`: `2024-04 to 2024-06`, or one month `2024-06`. It must not
  /// end after the month of `as_of`.
  static func readPeriod(
    _ text: String, asOf: Day?, at location: SourceLocation, diagnostics: inout Diagnostics
  )
    -> ClosedRange<Month>?
  {
    let parts = text.components(separatedBy: " to ").map(\.trimmingSpaces)
    let months = parts.map { Month(iso: $0) }
    guard (1...2).contains(parts.count), let first = months.first ?? nil, let last = months.last ?? nil else {
      diagnostics.error(
        "period '\(text)' is not a month or two months written as YYYY-MM to YYYY-MM", at: location,
        hint: "for example 2024-04 to 2024-06, or leave it out to report on the three months before as_of")
      return nil
    }
    guard first <= last else {
      diagnostics.error(
        "period '\(text)' ends before it starts", at: location, hint: "write the earlier month first")
      return nil
    }
    if let asOf, last > asOf.monthValue {
      diagnostics.error(
        "period '\(text)' ends after as_of (\(asOf.long)), the date the figures are as at", at: location)
      return nil
    }
    return first...last
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

  /// Opens `name` beneath the edition folder once and reads and decodes what was opened. Nil when it
  /// was not read, with the problem recorded in `diagnostics` (for a missing file, as `ifMissing` says).
  static func read(
    _ name: String, in folder: EditionFolder, displayPath: String,
    ifMissing: SourceText.MissingFile = .unreadable, diagnostics: inout Diagnostics
  ) -> SourceText? {
    SourceText.bytes(
      name, in: folder, displayPath: displayPath, ifMissing: ifMissing, diagnostics: &diagnostics
    )
    .flatMap { SourceText.decode(Data($0), path: displayPath, diagnostics: &diagnostics) }
  }

  /// Reads `narrative/*.md` in file-name order; `order` in front matter sorts them first.
  static func readFragments(
    folder: URL, opened: EditionFolder, displayPath: String, diagnostics: inout Diagnostics
  ) -> [Fragment] {
    let narrative = folder.appendingPathComponent("narrative")
    guard
      let names = try? FileManager.default.contentsOfDirectory(atPath: narrative.path)
    else { return [] }
    var fragments: [Fragment] = []
    for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
      let filePath = displayPath + "/" + name
      guard
        let source = read("narrative/" + name, in: opened, displayPath: filePath, diagnostics: &diagnostics)
      else { continue }
      let before = diagnostics.items.count
      let frontMatter = FrontMatter.parse(source, diagnostics: &diagnostics)
      if frontMatter.entries.isEmpty && diagnostics.items.count == before {
        diagnostics.error(
          "a fragment needs front matter with at least a title", at: SourceLocation(file: filePath),
          hint: "start the file with three lines: '---', 'title: …', '---'")
        continue
      }
      checkKeys(frontMatter, known: fragmentKeys + [ReviewMark.key], diagnostics: &diagnostics)
      ReviewMark.check(frontMatter, diagnostics: &diagnostics)
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
          bodyLine: frontMatter.bodyLine, plainEnglishIgnore: plainEnglishIgnore(frontMatter)))
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
