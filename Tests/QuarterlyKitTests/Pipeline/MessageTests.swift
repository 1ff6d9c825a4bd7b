import Foundation
import Testing

@testable import QuarterlyKit

/// Messages that said too little, or said it in the wrong place (issue 15, item 19), and the rows with
/// more cells than headings (item 4) in the tracker.
@Suite struct MessageTests {
  @Test func aSymbolicLinkLoopIsNamedAsOne() throws {
    let setup = try PathSafetyTests.Setup()
    defer { setup.remove() }
    let metrics = setup.edition.appendingPathComponent("metrics.csv")
    try FileManager.default.removeItem(at: metrics)
    try FileManager.default.createSymbolicLink(atPath: metrics.path, withDestinationPath: "metrics.csv")
    let fragment = setup.edition.appendingPathComponent("narrative/02-loop.md")
    try FileManager.default.createSymbolicLink(atPath: fragment.path, withDestinationPath: "02-loop.md")
    let (status, stderr, _) = setup.run("check")
    #expect(status == .inputErrors)
    let loop =
      "error: the file is a symbolic link that leads round in a loop, so it cannot be read; "
      + "replace the link with the file itself"
    #expect(
      stderr
        == "edition/metrics.csv:1:1: \(loop)\nedition/narrative/02-loop.md:1:1: \(loop)\n")
  }

  @Test func aLineBreakInAnEditionNameIsEscaped() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let edition = root.appendingPathComponent("spring\nfailed other: 9 errors")
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: edition)
    try Data("metric,period,value\ncomplaints,2022-13,1\n".utf8).write(
      to: edition.appendingPathComponent("metrics.csv"))
    let console = CapturedConsole()
    let status = CommandLineTool.run(
      ["check", edition.path, "--templates", Repository.templates.path], console: console.console)
    #expect(status == .inputErrors)
    #expect(console.stdout == "failed spring\\nfailed other: 9 errors: 1 error\n")
    let lines = console.stderr.replacingOccurrences(of: root.path + "/", with: "").split(separator: "\n")
    #expect(lines.count == 1)
    #expect(
      lines.first.map(String.init)
        == "spring\\nfailed other: 9 errors/metrics.csv:2:12: error: the period '2022-13' is not a real month: "
        + "there is no month 13; months run from 01 to 12")
  }

  @Test func aRefusedTemplateNameSaysWhichFile() throws {
    let folder = try TemplateFolder(files: ["news..html.mustache": "x"])
    var diagnostics = Diagnostics()
    let found = TemplateLibrary(folders: [folder.url]).template(
      named: "news..html", diagnostics: &diagnostics)
    #expect(found == nil)
    #expect(
      diagnostics.items.map(\.description) == [
        "\(folder.url.relativePath)/news..html.mustache:1:1: error: template name 'news..html' refused: "
          + "it contains '..'; rename the template file or move it into the templates folder"
      ])
  }

  @Test func aYearOutOfRangeIsNamedNotCalledABadMonth() {
    #expect(Month.yearOutOfRange(in: "1899-07") == 1899)
    #expect(Month.yearOutOfRange(in: "0999-01-31") == 999)
    #expect(Month.yearOutOfRange(in: "1899-13") == nil)
    #expect(Month.yearOutOfRange(in: "2022-07") == nil)
    #expect(Month.yearOutOfRange(in: "June 1899") == nil)
  }

  @Test func aTitleWhoseFirstWordIsLongKeepsItsStart() {
    let path = "\\\\server\\share\\" + String(repeating: "Audit", count: 20) + " report"
    let short = ActionPlanReport.shortTitle(path)
    #expect(short == String(path.prefix(79)) + "…")
    #expect(ActionPlanReport.shortTitle("Short title. More") == "Short title")
  }

  @Test func aTrackerRowWithMoreCellsThanHeadingsIsAnError() {
    let (_, diagnostics) = TrackerFixture.read([
      "1,,\"AREA OF WEAKNESS: one\",,,,,,,,,",
      "1.1,,\"AREA FOR DEVELOPMENT: two\",,,,,,,,,",
      "1.1a,Response,RESPONSE: three,,Jan-22,Feb-22,,3. In Progress,R,50%,,,late, see note",
    ])
    #expect(
      diagnostics == [
        "action-plan.csv:4:70: error: this row has 14 cells but the header has 12 headings: these 2 cells "
          + "are not read; put a cell that holds a comma in double quotes (\"one, two\"), or add a heading for "
          + "the column"
      ])
  }
}
