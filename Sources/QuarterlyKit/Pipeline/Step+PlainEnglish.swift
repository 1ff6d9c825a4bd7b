/// The reading age of one page parents read, for figures.json and the `--json` report.
public struct PageReadability: Sendable, Equatable {
  public var page: String
  var readability: Readability

  /// `page`, `words`, `sentences`, `syllables`, `grade` and `readingAge` (both to one decimal).
  var templateValue: TemplateValue {
    .object(
      TemplateObject([
        ("page", .string(page)), ("words", .int(readability.words)),
        ("sentences", .int(readability.sentences)), ("syllables", .int(readability.syllables)),
        ("grade", .double((readability.grade * 10).rounded(.toNearestOrAwayFromZero) / 10)),
        ("readingAge", .double(readability.readingAgeShown)),
      ]))
  }
}

extension Step {
  /// Checks what parents read for plain English: the introduction, the fragments for parents, the
  /// figure sentences, and the reading age of each newsletter page. Warnings only. Then adds figures.json
  /// to the edition's files, serialised once, with the reading ages in it.
  static let checkPlainEnglish = Step(name: "Check plain English") { build in
    guard let edition = build.edition else { return }
    if build.canContinue { checkPlainEnglish(edition, &build) }
    build.files.append(OutputFile(name: "figures.json", text: JSONWriter.string(build.figuresJSON)))
  }

  /// The checks of `checkPlainEnglish`, once the pages are finished without errors; the reading ages go
  /// into `build.readability` and under `readability` in figures.json.
  static func checkPlainEnglish(_ edition: Edition, _ build: inout EditionBuild) {
    let glossary = Set(edition.glossary.map(\.term))
    for fragment in [edition.introduction] + edition.fragments where fragment.audience.includes(.parents) {
      let check = PlainEnglishCheck(glossary: glossary, ignored: Set(fragment.plainEnglishIgnore))
      build.diagnostics.append(
        contentsOf: check.warnings(body: fragment.body, path: fragment.path, firstLine: fragment.bodyLine))
    }
    for metric in build.figures?.metrics ?? [] where metric.definition.audience.includes(.parents) {
      for sentence in ProseScanner.sentences(in: metric.sentence, firstLine: 1)
      where sentence.count > PlainEnglishCheck.longestSentence {
        build.diagnostics.warning(
          "the sentence written for \(metric.definition.id) has \(sentence.count) words; GOV.UK advises no "
            + "more than \(PlainEnglishCheck.longestSentence)",
          at: metric.definition.location,
          hint:
            "the fix belongs in the wording rules (Sources/QuarterlyKit/Figures/Wording.swift), not in the "
            + "fragments; a shorter label here helps too")
      }
    }
    let ignoresReadingAge = edition.introduction.plainEnglishIgnore.contains("reading-age")
    var hardest: String??  // worked out only when a page needs the warning
    var pages: [PageReadability] = []
    for file in build.files
    where OutputFormat.isNewsletter(file.name) && OutputFormat(fileName: file.name)?.isHTML == true {
      let reading = Readability.measure(utf8: VisibleText.utf8(ofHTML: Array(file.contents)))
      pages.append(PageReadability(page: file.name, readability: reading))
      if reading.readingAgeShown > edition.readingAge.limit && !ignoresReadingAge {
        if hardest == nil {
          hardest = Self.hardestText(in: build.data, edition: edition).map {
            "; the hardest of the texts parents read is \($0.path) (reading age \($0.age.formatted1))"
          }
        }
        build.diagnostics.warning(
          "\(file.name) has a reading age of \(reading.readingAgeShown.formatted1), above this edition's "
            + "\(edition.readingAge.limit.formatted1)",
          at: edition.readingAge.location ?? SourceLocation(file: edition.introduction.path),
          hint:
            "shorter sentences and everyday words bring it down (reading age is the Flesch–Kincaid grade + 5)"
            + ((hardest ?? nil) ?? ""))
      }
    }
    build.readability = pages
    guard case .object(var root) = build.figuresJSON else { return }
    root["readability"] = .list(pages.map(\.templateValue))
    build.figuresJSON = .object(root)
  }
}

extension Step {
  /// The introduction or parents' fragment with the highest reading age, as filled (figure sentences
  /// included), among those of at least `minimumWords` words: where rewording helps the page most.
  static func hardestText(in data: TemplateObject, edition: Edition, minimumWords: Int = 30)
    -> (path: String, age: Double)?
  {
    var texts: [(path: String, html: TemplateValue?)] = [
      (edition.introduction.path, data["introduction"]?["html"])
    ]
    if case .list(let fragments)? = data["newsletter"]?["fragments"] {
      for fragment in fragments {
        guard case .string(let id)? = fragment["id"],
          let source = edition.fragments.first(where: { $0.id == id })
        else { continue }
        texts.append((source.path, fragment["html"]))
      }
    }
    var hardest: (path: String, age: Double)?
    for (path, html) in texts {
      guard case .string(let html)? = html else { continue }
      let reading = Readability.measure(utf8: VisibleText.utf8(ofHTML: Array(html.utf8)))
      guard reading.words >= minimumWords else { continue }
      if reading.readingAgeShown > hardest?.age ?? -Double.infinity {
        hardest = (path, reading.readingAgeShown)
      }
    }
    return hardest
  }
}

extension Double {
  /// The number with one decimal, "12.4" (the reading ages are rounded to one decimal already).
  fileprivate var formatted1: String {
    let tenths = Int((self * 10).rounded(.toNearestOrAwayFromZero))
    return "\(tenths / 10).\(abs(tenths % 10))"
  }
}
