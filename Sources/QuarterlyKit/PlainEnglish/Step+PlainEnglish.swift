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
  /// figure sentences, and the reading age of each newsletter page (added to figures.json). Warnings only.
  static let checkPlainEnglish = Step(name: "Check plain English") { build in
    guard let edition = build.edition, build.canContinue else { return }
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
    var pages: [PageReadability] = []
    for file in build.files where file.name.hasPrefix("newsletter") && file.name.hasSuffix(".html") {
      let reading = Readability.measure(VisibleText.of(html: String(decoding: file.contents, as: UTF8.self)))
      pages.append(PageReadability(page: file.name, readability: reading))
      if reading.readingAgeShown > edition.readingAge.limit && !ignoresReadingAge {
        build.diagnostics.warning(
          "\(file.name) has a reading age of \(reading.readingAgeShown.formatted1), above this edition's "
            + "\(edition.readingAge.limit.formatted1)",
          at: edition.readingAge.location ?? SourceLocation(file: edition.introduction.path),
          hint:
            "shorter sentences and everyday words bring it down (reading age is the Flesch–Kincaid grade + 5)"
        )
      }
    }
    build.readability = pages
    guard case .object(var root) = build.figuresJSON,
      let index = build.files.firstIndex(where: { $0.name == "figures.json" })
    else { return }
    root["readability"] = .list(pages.map(\.templateValue))
    build.figuresJSON = .object(root)
    build.files[index] = OutputFile(name: "figures.json", text: JSONWriter.string(build.figuresJSON))
  }
}

extension Double {
  /// The number with one decimal, "12.4" (the reading ages are rounded to one decimal already).
  fileprivate var formatted1: String {
    let tenths = Int((self * 10).rounded(.toNearestOrAwayFromZero))
    return "\(tenths / 10).\(abs(tenths % 10))"
  }
}
