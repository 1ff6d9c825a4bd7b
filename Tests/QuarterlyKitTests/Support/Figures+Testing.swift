import Foundation

@testable import QuarterlyKit

/// Builds figures from small CSV texts, for tests.
enum TestFigures {
  /// Reads definitions and metrics written as CSV text and returns each metric's figures with the diagnostics.
  static func make(
    definitions: String, metrics: String, quarterStart: Month? = nil
  ) -> (figures: [MetricFigures], diagnostics: [String]) {
    var diagnostics = Diagnostics()
    let definitionSource = SourceText(path: "metric-definitions.csv", text: definitions)
    let metricSource = SourceText(path: "metrics.csv", text: metrics)
    let parsed = MetricDefinitionsReader.read(definitionSource, diagnostics: &diagnostics)
    let observations = MetricsReader.read(metricSource, definitions: parsed, diagnostics: &diagnostics)
    let start = quarterStart ?? Month(year: 1900, month: 1)
    let figures = parsed.map { definition in
      MetricFigures(
        definition: definition, observations: observations.filter { $0.metric == definition.id },
        quarterStart: start ?? Month(index: 0), diagnostics: &diagnostics)
    }
    return (figures, diagnostics.sorted.map(\.description))
  }

  /// Like `make`, for thousands of metrics at once: observations are grouped by metric first.
  static func makeMany(definitions: String, metrics: String) -> (
    figures: [MetricFigures], diagnostics: [String]
  ) {
    var diagnostics = Diagnostics()
    let definitionSource = SourceText(path: "metric-definitions.csv", text: definitions)
    let metricSource = SourceText(path: "metrics.csv", text: metrics)
    let parsed = MetricDefinitionsReader.read(definitionSource, diagnostics: &diagnostics)
    let observations = MetricsReader.read(metricSource, definitions: parsed, diagnostics: &diagnostics)
    let byMetric = Dictionary(grouping: observations, by: \.metric)
    let figures = parsed.map { definition in
      MetricFigures(
        definition: definition, observations: byMetric[definition.id] ?? [], quarterStart: Month(index: 0),
        diagnostics: &diagnostics)
    }
    return (figures, diagnostics.sorted.map(\.description))
  }

  /// The sentence of a one-metric edition.
  static func sentence(_ definition: String, _ rows: String) -> String {
    let header = "id,label,unit,better,compare,baseline,national,target,count_noun\n"
    let (figures, diagnostics) = make(
      definitions: header + definition, metrics: "metric,period,value,numerator,denominator\n" + rows)
    guard diagnostics.isEmpty else { return diagnostics.joined(separator: "\n") }
    return figures.first?.sentence ?? "(no figures)"
  }
}
