import Foundation
import Testing

@testable import QuarterlyKit

/// The two sample editions build to exactly the files pinned in `Fixtures/expected` (regenerate them
/// with `Scripts/update-expected.sh` after a deliberate change, and review the diff).
@Suite struct SampleEditionTests {
  static let editions = ["birmingham-2022-q3", "birmingham-2020-10"]
  static let files = [
    "figures.json", "monitoring-pack.html", "monitoring-pack.md", "newsletter.email.html", "newsletter.html",
    "newsletter.md", "newsletter.txt",
  ]

  static func build() throws -> (URL, [EditionResult]) {
    let output = try Repository.temporaryFolder()
    let inputs = editions.map { EditionInput(folder: Repository.edition($0), displayPath: "Inputs/\($0)") }
    return (output, Repository.build(inputs, output: output))
  }

  @Test func samplesBuildToTheExpectedFiles() throws {
    let (output, results) = try Self.build()
    defer { try? FileManager.default.removeItem(at: output) }
    for (edition, result) in zip(Self.editions, results) {
      #expect(result.errorCount == 0, "\(result.diagnostics.map(\.description))")
      #expect(result.files == Self.files)
      for file in Self.files {
        let built = try String(
          contentsOf: output.appendingPathComponent("\(edition)/\(file)"), encoding: .utf8)
        let expected = try Fixture.text("expected/\(edition)/\(file)")
        let builtLines = built.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(builtLines, expectedLines).enumerated().first {
          $0.element.0 != $0.element.1
        }
        #expect(
          built == expected,
          "\(edition)/\(file) differs at line \((firstDifference?.offset ?? min(builtLines.count, expectedLines.count)) + 1)"
        )
      }
    }
  }

  /// The samples read plainly: their only warnings are the figures with no data for the quarter, never a
  /// plain-English one (a long sentence, a word to avoid, an unexplained abbreviation, a reading age above
  /// the edition's `reading_age`).
  @Test func samplesWarnOnlyOfFiguresWithNoDataForTheQuarter() throws {
    let (output, results) = try Self.build()
    defer { try? FileManager.default.removeItem(at: output) }
    func noData(_ edition: String, _ line: Int, _ id: String, _ quarter: String, _ latest: String) -> String {
      "Inputs/\(edition)/metric-definitions.csv:\(line):1: warning: \(id) has no data for \(quarter); the latest "
        + "is \(latest), and the documents say so"
    }
    let expected = [
      [
        noData("birmingham-2022-q3", 8, "ot_caseload", "July to September 2022", "June 2022"),
        noData("birmingham-2022-q3", 9, "ot_ia_wait", "July to September 2022", "June 2022"),
        noData("birmingham-2022-q3", 10, "physio_wait", "July to September 2022", "June 2022"),
      ],
      [
        "ehc_experience_good", "senar_contact_unsatisfactory", "slt_wait_over_40_weeks",
        "ot_wait_over_40_weeks",
        "physio_wait_over_40_weeks",
      ].enumerated().map {
        noData("birmingham-2020-10", $0.offset + 2, $0.element, "July to September 2020", "October 2018")
      },
    ]
    #expect(results.map { $0.diagnostics.map(\.description) } == expected)
    #expect(
      results.map { $0.readability.map(\.readability.readingAgeShown) } == [[11.4, 11.0], [11.5, 11.2]])
  }

  @Test func theNewsletterStatesTheSampleFiguresCorrectly() throws {
    let text = try Fixture.text("expected/birmingham-2022-q3/newsletter.md")
    for phrase in [
      "0.8% (2 out of 242)", "33% (332 out of 996 reviews)",
      "rose from 62% in February 2022 to 66% in July 2022, up 4 percentage points. It is above the national average of 65%.",
      "The number of complaints fell from 53 in November 2021 to 39 in July 2022, down 14 (26%). It is still above the baseline of 33 in December 2021.",
      "The number of children getting occupational therapy fell from 827 in March 2022 to 805 in June 2022, down 22 (3%).",
      "By the end of August 2022, Healios and our school-age team had seen 1,900 children",
      "The figure for June 2022 is the latest we have.",
      "This update covers July to September 2022, with figures as at 30 September 2022.",
    ] {
      #expect(text.contains(phrase), "missing: \(phrase)")
    }
    // Each paragraph says "the latest we have" once, and no figure sentence is printed twice.
    for paragraph in text.split(separator: "\n") {
      #expect(paragraph.ranges(of: "is the latest we have").count <= 1, "\(paragraph)")
    }
    let sentences = text.split(separator: "\n").filter { $0.contains(" in July 2022, ") }
    #expect(Set(sentences).count == sentences.count)
    #expect(text.ranges(of: "fell from 53 in November 2021 to 39 in July 2022").count == 1)
  }

  @Test func figuresJSONKeepsItsContract() throws {
    let data = try Fixture.data("expected/birmingham-2022-q3/figures.json")
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let edition = try #require(json["edition"] as? [String: Any])
    #expect(Set(edition.keys).isSuperset(of: ["id", "area", "title", "asOf"]))
    let metrics = try #require(json["metrics"] as? [[String: Any]])
    #expect(metrics.count == 10)
    for metric in metrics {
      #expect(
        Set(metric.keys).isSuperset(of: [
          "id", "label", "unit", "better", "latest", "from", "change", "baseline", "national", "vsNational",
          "target",
          "targetMet", "sentence", "spc",
        ]))
    }
    let caseload = try #require(metrics.first { $0["id"] as? String == "ot_caseload" })
    let change = try #require(caseload["change"] as? [String: Any])
    #expect(change["assessment"] as? String == "not assessed")
    #expect(change["direction"] as? String == "down")
    let reviews = try #require(metrics.first { $0["id"] as? String == "annual_reviews_4_weeks" })
    let latest = try #require(reviews["latest"] as? [String: Any])
    #expect(latest["value"] as? Double == 332.0 / 996.0 * 100)
    #expect(latest["display"] as? String == "33%")
  }

  @Test func buildingTwiceGivesTheSameBytes() throws {
    let (first, _) = try Self.build()
    let (second, _) = try Self.build()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    for edition in Self.editions {
      for file in Self.files {
        let a = try Data(contentsOf: first.appendingPathComponent("\(edition)/\(file)"))
        let b = try Data(contentsOf: second.appendingPathComponent("\(edition)/\(file)"))
        #expect(a == b, "\(edition)/\(file) differs between two builds")
      }
    }
  }
}
