import Foundation
import Testing

@testable import QuarterlyKit

/// The plain-English checks (issue 17): long sentences, words to avoid, unexplained abbreviations, figure
/// sentences and the reading age, each a warning at its place in the source.
@Suite struct PlainEnglishTests {
  static let body = """
    Going forward we will deliver a robust plan with the NHS and the PCF.

    - This list item is short.
    - Words in a long item: one two three four five six seven eight nine ten eleven twelve thirteen \
    fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one.
    {{metrics.complaints.sentence}} We facilitated it, e.g. with the DfE and SEND's ADHD team.
    ```
    ROBUST CODE is not prose.
    ```
    """

  @Test func eachFindingIsAtItsWord() {
    let check = PlainEnglishCheck(glossary: ["SEND"])
    let found = check.warnings(body: Self.body, path: "n.md", firstLine: 5).map(\.description)
    #expect(
      found == [
        "n.md:5:1: warning: 'Going forward' is on GOV.UK's list of words to avoid; instead: 'from now on' or "
          + "'in future'",
        "n.md:5:23: warning: 'deliver' is on GOV.UK's list of words to avoid; instead: 'make', 'do' or 'give' "
          + "(post and services are delivered, not improvements)",
        "n.md:5:33: warning: 'robust' is on GOV.UK's list of words to avoid; instead: 'strong' or 'thorough'",
        "n.md:5:66: warning: 'PCF' is an abbreviation that parents may not know; add it to glossary.csv, or "
          + "write the words out",
        "n.md:8:3: warning: this sentence has 26 words; GOV.UK advises no more than 25; split it into shorter "
          + "sentences",
        "n.md:9:36: warning: 'facilitated' is on GOV.UK's list of words to avoid; instead: 'help' or 'make "
          + "possible', and say how",
        "n.md:9:81: warning: 'ADHD' is an abbreviation that parents may not know; add it to glossary.csv, or "
          + "write the words out",
      ])
  }

  @Test func whatTheFrontMatterSilencesIsNotReported() {
    let check = PlainEnglishCheck(
      glossary: [], ignored: ["robust", "abbreviations", "long-sentences", "going forward"])
    let found = check.warnings(body: Self.body, path: "n.md", firstLine: 5).map(\.description)
    #expect(found.map { String($0.prefix(11)) } == ["n.md:5:23: ", "n.md:9:36: "])
  }

  @Test func sentencesEndAtStopsNotInNumbersOrEG() {
    let sentences = ProseScanner.sentences(
      in: "# Heading\nIt rose to 0.8% (e.g. here). Then [a link](https://x.org/a.b) ends!\n| A | b. c |",
      firstLine: 1)
    #expect(
      sentences.map { $0.map(\.text).joined(separator: " ") } == [
        "Heading", "It rose to 0.8% e.g here", "Then a link ends", "A", "b", "c",
      ])
    #expect(sentences.dropFirst().first?.first == ProseWord(text: "It", line: 2, column: 1))
    // Columns count characters, not bytes, on a line that is not plain ASCII.
    #expect(
      ProseScanner.sentences(in: "Café’s “PCF” team.\r\n", firstLine: 3) == [
        [
          ProseWord(text: "Café’s", line: 3, column: 1), ProseWord(text: "PCF", line: 3, column: 9),
          ProseWord(text: "team", line: 3, column: 14),
        ]
      ])
  }

  @Test func abbreviationsAreCapitalsOfTwoLettersOrMore() {
    #expect(
      ["EHCPs", "SEND's", "NHS", "A", "DfE", "COVID-19", "Ofsted"].map(PlainEnglishCheck.abbreviation) == [
        "EHCP", "SEND", "NHS", nil, nil, "COVID-19", nil,
      ])
  }

  /// The good edition with a long metric label, a fragment with a word to avoid and a threshold of 5.
  func writeEdition(in root: URL, readingAge: String, ignore: String) throws -> URL {
    let edition = root.appendingPathComponent("plain")
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: edition)
    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: edition.appendingPathComponent(name))
    }
    try write("glossary.csv", "term,meaning\nSEND,special educational needs and disabilities\n")
    try write(
      "edition.md",
      "---\narea: Testshire\ntitle: SEND update\nas_of: 2022-09-30\n\(readingAge)\(ignore)---\n"
        + "We utilise every SEND service.\n")
    try write(
      "metric-definitions.csv",
      "id,label,unit,better,audience\n"
        + "complaints,number of complaints,count,lower,both\n"
        + "reviews_on_time,annual reviews of education health and care plans actioned within four weeks "
        + "of the review meeting with the family,percent,higher,parents\n")
    try write("narrative/02-pack.md", "---\ntitle: Pack\naudience: monitoring\n---\nWe leverage the PCF.\n")
    return edition
  }

  @Test func figureSentencesAndReadingAgeAreCheckedToo() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let edition = try writeEdition(in: root, readingAge: "reading_age: 6\n", ignore: "")
    let console = CapturedConsole()
    let status = CommandLineTool.run(
      ["check", edition.path, "--templates", Repository.templates.path], console: console.console)
    #expect(status == .success)
    let lines = console.stderr.replacingOccurrences(of: root.path + "/", with: "").split(separator: "\n")
    #expect(
      lines.map(String.init) == [
        "plain/edition.md:5:14: warning: newsletter.email.html has a reading age of 11.6, above this "
          + "edition's 6.0; shorter sentences and everyday words bring it down (reading age is the "
          + "Flesch–Kincaid grade + 5)",
        "plain/edition.md:5:14: warning: newsletter.html has a reading age of 10.7, above this edition's 6.0; "
          + "shorter sentences and everyday words bring it down (reading age is the Flesch–Kincaid grade + 5)",
        "plain/edition.md:7:4: warning: 'utilise' is on GOV.UK's list of words to avoid; instead: 'use'",
        "plain/metric-definitions.csv:3:1: warning: the sentence written for reviews_on_time has 31 words; "
          + "GOV.UK advises no more than 25; the fix belongs in the wording rules "
          + "(Sources/QuarterlyKit/Figures/Wording.swift), not in the fragments; a shorter label here helps too",
      ])
  }

  @Test func theEditionCanSilenceTheReadingAge() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let edition = try writeEdition(
      in: root, readingAge: "reading_age: 6\n", ignore: "plain_english_ignore: reading-age, Utilise\n")
    let results = Repository.build(
      [EditionInput(folder: edition, displayPath: "plain")], output: root.appendingPathComponent("Output"))
    let result = try #require(results.first)
    #expect(result.diagnostics.map { $0.location?.description ?? "" } == ["plain/metric-definitions.csv:3:1"])
    #expect(result.readability.map(\.page) == ["newsletter.email.html", "newsletter.html"])
    let figures = try String(
      contentsOf: root.appendingPathComponent("Output/plain/figures.json"), encoding: .utf8)
    #expect(figures.contains("\"readability\": [\n    {\n      \"page\": \"newsletter.email.html\",\n"))
  }

  @Test func theJSONReportGivesEachPagesReadingAge() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let edition = try writeEdition(in: root, readingAge: "", ignore: "")
    let console = CapturedConsole()
    let status = CommandLineTool.run(
      ["check", edition.path, "--templates", Repository.templates.path, "--json"], console: console.console)
    #expect(status == .success)
    let report = try JSONSerialization.jsonObject(with: Data(console.stdout.utf8)) as? [String: Any]
    let reported = (report?["editions"] as? [[String: Any]])?.first
    let pages = reported?["readability"] as? [[String: Any]] ?? []
    #expect(pages.compactMap { $0["page"] as? String } == ["newsletter.email.html", "newsletter.html"])
    #expect(pages.compactMap { $0["readingAge"] as? Double } == [11.6, 10.7])
    #expect(pages.compactMap { $0["words"] as? Int }.count == 2)
  }

  @Test func theHardestTextIsNamedAmongThoseLongEnoughToMeasure() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = try writeEdition(in: root, readingAge: "", ignore: "")
    var diagnostics = Diagnostics()
    let edition = try #require(
      EditionReader.read(folder: folder, displayPath: "plain", diagnostics: &diagnostics))
    let easy = String(repeating: "We met you. ", count: 12)
    let hard = String(repeating: "Occupational therapy assessments are prioritised. ", count: 6)
    func fragment(_ id: String, _ text: String) -> TemplateValue {
      .object(TemplateObject([("id", .string(id)), ("html", .string("<p>\(text)</p>"))]))
    }
    var data = TemplateObject()
    data["introduction"] = .object(TemplateObject([("html", .string("<p>\(easy)</p>"))]))
    data["newsletter"] = .object(TemplateObject([("fragments", .list([fragment("01-news", hard)]))]))
    let hardest = try #require(Step.hardestText(in: data, edition: edition))
    #expect(hardest.path == "plain/narrative/01-news.md")
    #expect(hardest.age == 26.8)
    data["newsletter"] = .object(
      TemplateObject([("fragments", .list([fragment("01-news", "Too short to say.")]))]))
    #expect(Step.hardestText(in: data, edition: edition)?.path == "plain/edition.md")
  }

  @Test func aReadingAgeThatIsNotOneIsAnError() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let edition = try writeEdition(in: root, readingAge: "reading_age: nine\n", ignore: "")
    let console = CapturedConsole()
    let status = CommandLineTool.run(
      ["check", edition.path, "--templates", Repository.templates.path], console: console.console)
    #expect(status == .inputErrors)
    #expect(
      console.stderr.replacingOccurrences(of: root.path + "/", with: "")
        == "plain/edition.md:5:14: error: reading_age 'nine' is not a reading age in years from 5 to 25; write a "
        + "number such as 'reading_age: 11' (GOV.UK aims for 9)\n")
  }
}
