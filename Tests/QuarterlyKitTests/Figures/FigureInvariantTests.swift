import Testing

@testable import QuarterlyKit

/// Every figure sentence survives a calculator: 10,000 seeded random metrics are written up, each sentence
/// is parsed back, and every style rule of the README's "What the documents say about a figure" is checked
/// against the data.
@Suite struct FigureInvariantTests {
  static let metricCount = 10_000

  @Test func everySentenceSurvivesACalculator() {
    var random = RandomMetrics(seed: 20_240_715)
    let cases = (0..<Self.metricCount).map { random.next(index: $0) }
    var definitions = "id,label,unit,better,national,target,cumulative\n"
    var rows = "metric,period,value,numerator,denominator\n"
    for item in cases {
      definitions +=
        "\(item.id),\(item.label),\(item.unit.rawValue),\(item.better),\(item.national),\(item.target),"
        + "\(item.cumulative ? "yes" : "no")\n"
      for (index, period) in ["2022-01", "2022-06"].enumerated() {
        if let count = item.counts[index] {
          rows += "\(item.id),\(period),,\(count.numerator),\(count.denominator)\n"
        } else if let value = item.values[index] {
          rows += "\(item.id),\(period),\(RandomMetrics.cell(value, decimals: item.decimals[index])),,\n"
        }
      }
    }
    let (figures, diagnostics) = TestFigures.makeMany(definitions: definitions, metrics: rows)
    #expect(diagnostics.filter { $0.contains("error") }.isEmpty)
    #expect(figures.count == cases.count)
    var failures: [String] = []
    for (item, figure) in zip(cases, figures) {
      let problems = FigureSentenceChecker(item: item).problems(in: figure.sentence)
      if !problems.isEmpty { failures.append("\(figure.sentence)\n  " + problems.joined(separator: "; ")) }
    }
    // The random metrics reach every form of sentence and every kind of figure.
    let sentences = figures.map(\.sentence)
    for form in [
      " rose from ", " fell from ", " stayed at ", ". This is ", "(less than 0.1%)", "(more than 99.9%)",
      "(100%)",
      " million", " billion", "p in ", "\u{2212}", " percentage point.", " day,", " week ", "out of",
      "By the end of June 2022", " was still ", ". It is above ", ". It is still ", ", but is still ",
      ", and is ", " in June 2022. This is ",
    ] {
      #expect(sentences.contains { $0.contains(form) }, "no sentence has '\(form)'")
    }
    #expect(
      failures.isEmpty,
      "\(failures.count) sentences break a rule:\n\(failures.prefix(15).joined(separator: "\n"))")
  }

  @Test func theCheckerCatchesBrokenSentences() {
    let item = RandomMetrics.Case(
      id: "m", unit: .gbp, better: "lower", label: "high needs deficit",
      values: [13_849_999_000_000, 13_820_000_000_000],
      decimals: [0, 0], counts: [nil, nil], national: "", target: "")
    let checker = FigureSentenceChecker(item: item)
    let broken = [
      "The high needs deficit fell from £13.8 million in January 2022 to £13.8 million in June 2022, down £29,999 (0.2%).",
      "The high needs deficit fell from £13.85 million in January 2022 to £13.82 million in June 2022, down £29,999 (0.2%).",
      "The high needs deficit fell from £13.85 million in January 2022 to £13.82 million in June 2022, down £30,000 (0%).",
      "The high needs deficit fell from £13,850 thousand in January 2022 to £13.82 million in June 2022, down £30,000 (0.2%).",
      "The high needs deficit fell from £1.385e7 in January 2022 to £13.82 million in June 2022, down £30,000 (0.2%).",
      "The high needs deficit fell from £13.85 million in January 2022 to £13.82 million in June 2022, down £30,000 (0.2%). It is lower.",
      "The high needs deficit fell from £13.85 million in January 2022 to £13.82 million in June 2022, down £30,000 (0.2%), and it is a number that is quite large.",
      "The high needs deficit fell from £13.85 million in January 2022 to £13.82 million in June 2022. Down £30,000 (0.2%).",
    ]
    for sentence in broken { #expect(!checker.problems(in: sentence).isEmpty, "\(sentence)") }
    #expect(
      checker.problems(
        in: "The high needs deficit fell from £13.85 million in January 2022 to £13.82 million in June 2022, "
          + "down £30,000 (0.2%).") == [])
  }
}
