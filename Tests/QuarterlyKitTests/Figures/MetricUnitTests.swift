import Testing

@testable import QuarterlyKit

/// Every unit has all its facts, and every path that reads, prints, words, charts or checks a value
/// handles it, checked against the tests' own parser (`PrintedFigureParser`), which knows the units apart
/// from the code under test.
@Suite struct MetricUnitTests {
  @Test(arguments: MetricUnit.allCases) func hasEveryFact(unit: MetricUnit) {
    let facts = unit.facts
    #expect(!facts.axisTitle.isEmpty)
    #expect(facts.largest >= 100)
    #expect(unit.isPercentage == (facts.printing == .percentage))
    #expect(unit.isMoney == (facts.printing == .money))
    if let noun = unit.noun {
      #expect(!noun.singular.isEmpty && noun.singular != noun.plural)
    }
    #expect(MetricUnit(rawValue: unit.rawValue) == unit, "the definitions reader names it by its case")
    #expect(
      MetricUnitName(rawValue: unit.rawValue) != nil,
      "teach the tests' PrintedFigureParser and RandomMetrics the new unit")
  }

  @Test(arguments: MetricUnit.allCases) func printsValuesAReaderCanReadBack(unit: MetricUnit) throws {
    let name = try #require(MetricUnitName(rawValue: unit.rawValue))
    for (value, decimals, millionths) in [(1.0, 0, 1_000_000), (2.0, 0, 2_000_000), (48.5, 1, 48_500_000)] {
      let text = GovUKNumbers.display(value, decimals: decimals, unit: unit)
      #expect(PrintedFigureParser.value(text[...], unit: name)?.millionths == millionths, "\(text)")
    }
    let range = GovUKNumbers.range(9, 13, decimals: 0, unit: unit)
    let high = try #require(range.firstRange(of: " to ")).upperBound
    #expect(PrintedFigureParser.value(range[high...], unit: name)?.millionths == 13_000_000, "\(range)")
  }

  @Test(arguments: MetricUnit.allCases) func wordsAndChartsEveryUnit(unit: MetricUnit) throws {
    let name = try #require(MetricUnitName(rawValue: unit.rawValue))
    let label = try #require(RandomMetrics.labels[name]?.first)
    let item = RandomMetrics.Case(
      id: "m", unit: name, better: "lower", label: label, values: [12_000_000, 10_000_000],
      decimals: [0, 0], counts: [nil, nil], national: "", target: "")
    let (figures, diagnostics) = TestFigures.make(
      definitions: "id,label,unit,better\nm,\(label),\(unit.rawValue),lower\n",
      metrics: "metric,period,value\nm,2022-01,12\nm,2022-06,10\n")
    #expect(diagnostics == [])
    let figure = try #require(figures.first)
    #expect(figure.sentence.contains(" fell from "), "\(figure.sentence)")
    #expect(FigureSentenceChecker(item: item).problems(in: figure.sentence) == [], "\(figure.sentence)")
    #expect(figure.change?.percentagePoints == (unit.isPercentage ? -2 : nil))
    #expect(MetricChart(figures: figure).svg().contains(">\(Escaping.html(unit.axisTitle))</text>"))
  }

  @Test(arguments: MetricUnit.allCases) func readsUpToTheLargestSaneValue(unit: MetricUnit) {
    let largest = String(Int(unit.largest))
    let (_, diagnostics) = TestFigures.make(
      definitions: "id,label,unit,better\nm,complaints,\(unit.rawValue),lower\n",
      metrics: "metric,period,value\nm,2022-01,\(largest)\nm,2022-06,\(largest)0\n")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.hasPrefix("metrics.csv:3:") == true, "\(diagnostics)")
  }
}
