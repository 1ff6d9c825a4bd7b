import Foundation
import Testing

@testable import QuarterlyKit

/// `quarterly new` run as the real executable on a copy of the October 2020 sample: the new edition's
/// files, the warnings on texts not yet reviewed, and the refusals that leave nothing half made.
@Suite(.serialized, .enabled(if: QuarterlyProcess.executable != nil, "build the quarterly executable first"))
struct NewEditionTests {
  /// A work folder holding `Inputs/birmingham-2020-10` and the templates.
  struct Workspace {
    let root: URL
    var inputs: URL { root.appendingPathComponent("Inputs") }

    init() throws {
      root = try Repository.temporaryFolder()
      try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: Repository.edition("birmingham-2020-10"), to: inputs.appendingPathComponent("birmingham-2020-10"))
      try FileManager.default.copyItem(at: Repository.templates, to: root.appendingPathComponent("Templates"))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func run(_ arguments: [String]) throws -> QuarterlyProcess.Finished {
      try QuarterlyProcess.run(arguments, in: root)
    }

    func text(_ path: String) throws -> String {
      try String(contentsOf: inputs.appendingPathComponent(path), encoding: .utf8)
    }

    func data(_ path: String) throws -> Data { try Data(contentsOf: inputs.appendingPathComponent(path)) }

    func exists(_ path: String) -> Bool { SourceText.entryExists(inputs.appendingPathComponent(path).path) }

    /// The names in `Inputs/`, hidden ones (a staging folder left behind) included.
    func names() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: inputs.path)) ?? []).sorted()
    }

    /// The warnings about texts not yet reviewed in a run's standard error.
    static func reviewWarnings(_ stderr: String) -> [String] {
      stderr.split(separator: "\n").map(String.init).filter { $0.contains("has not been reviewed") }
    }
  }

  static let warning =
    "warning: this text is last quarter's and has not been reviewed, so it may say what is no longer true; "
    + "bring it up to date and remove this 'reviewed' line"

  @Test func makesNextQuartersEdition() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let old = "birmingham-2020-10"
    let made = try workspace.run(["new", "Inputs/birmingham-2021-01", "--from", "Inputs/\(old)"])
    #expect(made.status == 0)
    #expect(made.stderr.isEmpty)
    #expect(
      made.stdout == """
        made Inputs/birmingham-2021-01 from Inputs/birmingham-2020-10, for October to December 2020:
          edition.md: as_of 2020-10-13 → 2020-12-31
          edition.md: title now reads 'SEND improvement progress, December 2020'
          edition.md: the introduction is marked 'reviewed: no'
          action-plan-previous.csv: the quarter before last's tracker removed
          action-plan.csv → action-plan-previous.csv: last quarter's tracker, for the changes since then
          pack-introduction.md: marked 'reviewed: no'
          narrative/01-about-the-tracker.md: marked 'reviewed: no'
          metric-definitions and metrics: kept as they were (the metric history)
        next:
          1. add the figures up to December 2020 to Inputs/birmingham-2021-01/metrics.csv (or .xlsx)
          2. save this quarter's tracker as Inputs/birmingham-2021-01/action-plan.csv (or .xlsx)
          3. rewrite each text marked 'reviewed: no', then remove its 'reviewed' line
          4. quarterly check Inputs/birmingham-2021-01   (it warns about every text not yet reviewed)

        """)
    #expect(workspace.names() == [old, "birmingham-2021-01"])

    // edition.md: as_of and the month in the title moved on, the introduction marked, the body unchanged.
    let edition = try workspace.text("birmingham-2021-01/edition.md")
    let before = try workspace.text("\(old)/edition.md")
    let mark = "reviewed: no (copied from \(old); fingerprint "
    #expect(
      edition.hasPrefix(
        "---\narea: Birmingham\ntitle: SEND improvement progress, December 2020\nas_of: 2020-12-31\n"
          + "reading_age: 12\n\(mark)"))
    #expect(edition.components(separatedBy: "\n---\n").last == before.components(separatedBy: "\n---\n").last)

    // The tracker moved to action-plan-previous as it was; the metric history and glossary kept as they were.
    #expect(!workspace.exists("birmingham-2021-01/action-plan.csv"))
    #expect(
      try workspace.data("birmingham-2021-01/action-plan-previous.csv")
        == workspace.data("\(old)/action-plan.csv"))
    for name in ["metrics.csv", "metric-definitions.csv", "glossary.csv"] {
      #expect(try workspace.data("birmingham-2021-01/\(name)") == workspace.data("\(old)/\(name)"), "\(name)")
    }

    // pack-introduction.md gets a front matter block holding the mark alone; a fragment, one more line.
    let intro = try workspace.text("birmingham-2021-01/pack-introduction.md")
    #expect(intro.hasPrefix("---\n\(mark)"))
    #expect(intro.hasSuffix("---\n" + (try workspace.text("\(old)/pack-introduction.md"))))
    let fragment = try workspace.text("birmingham-2021-01/narrative/01-about-the-tracker.md")
    #expect(fragment.hasPrefix("---\ntitle: About the action plan\naudience: monitoring\n\(mark)"))

    // check and build warn about each text at its mark, and still build.
    let check = try workspace.run(["check", "Inputs/birmingham-2021-01"])
    #expect(check.status == 0)
    let expected = [
      "Inputs/birmingham-2021-01/edition.md:6:11: \(Self.warning)",
      "Inputs/birmingham-2021-01/narrative/01-about-the-tracker.md:4:11: \(Self.warning)",
      "Inputs/birmingham-2021-01/pack-introduction.md:2:11: \(Self.warning)",
    ]
    #expect(Workspace.reviewWarnings(check.stderr) == expected)
    let build = try workspace.run(["build", "Inputs/birmingham-2021-01"])
    #expect(build.status == 0)
    #expect(Workspace.reviewWarnings(build.stderr) == expected)

    // Editing a text ends its warning; so does removing the mark; a bare 'reviewed: no' warns until removed.
    let fragmentURL = workspace.inputs.appendingPathComponent(
      "birmingham-2021-01/narrative/01-about-the-tracker.md")
    try (fragment + "This quarter the tracker was reviewed again.\n").write(
      to: fragmentURL, atomically: false, encoding: .utf8)
    let introURL = workspace.inputs.appendingPathComponent("birmingham-2021-01/pack-introduction.md")
    try "---\nreviewed: no\n---\nA new introduction.\n".write(
      to: introURL, atomically: false, encoding: .utf8)
    let editionURL = workspace.inputs.appendingPathComponent("birmingham-2021-01/edition.md")
    try edition.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("reviewed:") }
      .joined(separator: "\n").write(to: editionURL, atomically: false, encoding: .utf8)
    let edited = try workspace.run(["check", "Inputs/birmingham-2021-01"])
    #expect(edited.status == 0)
    #expect(Workspace.reviewWarnings(edited.stderr) == [expected[2]])
  }

  @Test func neverOverwritesAFolder() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let first = try workspace.run(["new", "Inputs/next", "--from", "Inputs/birmingham-2020-10"])
    #expect(first.status == 0)
    let edition = try workspace.data("next/edition.md")
    let again = try workspace.run([
      "new", "Inputs/next", "--from", "Inputs/birmingham-2020-10", "--as-of", "2021-03-31",
    ])
    #expect(again.status == 2)
    #expect(again.stdout.isEmpty)
    #expect(
      again.stderr
        == "Error: 'Inputs/next' already exists, and 'quarterly new' never overwrites a folder; "
        + "name a new folder, or remove that one first\n")
    #expect(try workspace.data("next/edition.md") == edition)
    // Not even a file, nor the edition it is copied from.
    let onSource = try workspace.run(["new", "Inputs/birmingham-2020-10", "--from", "Inputs/next"])
    #expect(onSource.status == 2)
    #expect(workspace.names() == ["birmingham-2020-10", "next"])
  }

  @Test func refusesWhatCannotBeCopiedAndLeavesNothingBehind() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let outside = workspace.root.appendingPathComponent("secret.md")
    try "---\ntitle: Secret\n---\nNot part of the edition.\n".write(
      to: outside, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      at: workspace.inputs.appendingPathComponent("birmingham-2020-10/narrative/02-secret.md"),
      withDestinationURL: outside)
    let refused = try workspace.run(["new", "Inputs/next", "--from", "Inputs/birmingham-2020-10"])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(
      refused.stderr
        == "Inputs/birmingham-2020-10/narrative/02-secret.md:1:1: error: the symbolic link leads outside the "
        + "edition folder, so it is not copied; replace the link with the file itself, then run "
        + "'quarterly new' again\n")
    #expect(workspace.names() == ["birmingham-2020-10"])
  }

  @Test func asOfGivenAndCommandLineMistakes() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let early = try workspace.run([
      "new", "Inputs/next", "--from", "Inputs/birmingham-2020-10", "--as-of", "2020-09-30",
    ])
    #expect(early.status == 2)
    #expect(
      early.stderr == "Error: --as-of 2020-09-30 is not after the previous edition's as_of (2020-10-13)\n")
    let bad = try workspace.run([
      "new", "Inputs/next", "--from", "Inputs/birmingham-2020-10", "--as-of", "2021-02-30",
    ])
    #expect(bad.status == 2)
    #expect(bad.stderr.hasPrefix("Error: --as-of '2021-02-30' is not a real date written as YYYY-MM-DD\n"))
    let noFrom = try workspace.run(["new", "Inputs/next"])
    #expect(noFrom.status == 2)
    #expect(noFrom.stderr.hasPrefix("Error: no previous edition given; name it with --from DIR\n"))
    #expect(workspace.names() == ["birmingham-2020-10"])

    let given = try workspace.run([
      "new", "Inputs/next", "--from", "Inputs/birmingham-2020-10", "--as-of", "2020-12-31",
    ])
    #expect(given.status == 0)
    #expect(
      given.stdout.hasPrefix(
        "made Inputs/next from Inputs/birmingham-2020-10, for October to December 2020:\n"))
    #expect(
      try workspace.text("next/edition.md").contains(
        "\ntitle: SEND improvement progress, December 2020\nas_of: 2020-12-31\n"))
  }

  @Test func aStatedPeriodIsRemovedAndOtherKeysKept() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let url = workspace.inputs.appendingPathComponent("birmingham-2020-10/edition.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.replacingOccurrences(
      of: "as_of: 2020-10-13\n",
      with: "as_of: 2020-10-13\nperiod: August to October 2020\nweb_url: https://example.org/oct-2020\n"
    ).write(to: url, atomically: false, encoding: .utf8)
    let made = try workspace.run(["new", "Inputs/next", "--from", "Inputs/birmingham-2020-10"])
    #expect(made.status == 0)
    #expect(
      made.stdout.contains(
        "\n  edition.md: period 'August to October 2020' removed (the quarter now follows as_of)\n"))
    #expect(
      try workspace.text("next/edition.md").hasPrefix(
        "---\narea: Birmingham\ntitle: SEND improvement progress, December 2020\nas_of: 2020-12-31\n"
          + "web_url: https://example.org/oct-2020\nreading_age: 12\nreviewed: no (copied from birmingham-2020-10; fingerprint "
      ))
  }

  @Test func aWorkbookTrackerStaysAWorkbook() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let source = workspace.inputs.appendingPathComponent("birmingham-2020-10")
    try FileManager.default.moveItem(
      at: source.appendingPathComponent("action-plan.csv"),
      to: source.appendingPathComponent("action-plan.xlsx"))
    let url = source.appendingPathComponent("edition.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.replacingOccurrences(
      of: "as_of: 2020-10-13\n", with: "as_of: 2020-10-13\naction_plan_sheet: Tracker\n"
    )
    .write(to: url, atomically: false, encoding: .utf8)
    let made = try workspace.run(["new", "Inputs/next", "--from", "Inputs/birmingham-2020-10"])
    #expect(made.status == 0)
    #expect(made.stdout.contains("\n  action-plan.xlsx → action-plan-previous.xlsx: last quarter's tracker"))
    #expect(made.stdout.contains("\n  action-plan-previous.csv: the quarter before last's tracker removed\n"))
    #expect(
      try workspace.data("next/action-plan-previous.xlsx")
        == workspace.data("birmingham-2020-10/action-plan.xlsx"))
    for name in ["action-plan.xlsx", "action-plan.csv", "action-plan-previous.csv"] {
      #expect(!workspace.exists("next/\(name)"), "\(name)")
    }
    #expect(
      try workspace.text("next/edition.md").contains(
        "\nas_of: 2020-12-31\naction_plan_sheet: Tracker\nreading_age: 12\naction_plan_previous_sheet: Tracker\nreviewed: no "
      )
    )
  }
}
