/// The figures of a whole edition: every metric, in the order of `metric-definitions.csv`.
public struct EditionFigures: Sendable {
  public var metrics: [MetricFigures]

  /// Computes every metric's figures; warns about metrics with no data in the edition's quarter.
  public init(edition: Edition, diagnostics: inout Diagnostics) {
    let byMetric = Dictionary(grouping: edition.observations, by: \.metric)
    let quarter = edition.quarter
    let span = edition.quarterDisplay
    metrics = edition.definitions.map { definition in
      let figures = MetricFigures(
        definition: definition, observations: byMetric[definition.id] ?? [], quarterStart: quarter.lowerBound,
        diagnostics: &diagnostics)
      if !edition.isAsOfKnown || !edition.areObservationsKnown {
        // No quarter to judge staleness against, or no readable metrics.csv to judge it by.
      } else if let latest = figures.latest {
        if latest.period < quarter.lowerBound {
          diagnostics.warning(
            "\(definition.id) has no data for \(span); the latest is \(latest.period.long), and the documents say so",
            at: definition.location)
        }
      } else {
        diagnostics.warning(
          "\(definition.id) has no data in metrics.csv; the documents will say there are no figures yet",
          at: definition.location)
      }
      return figures
    }
  }

  /// The figures of one metric, by id.
  public subscript(id: String) -> MetricFigures? { metrics.first { $0.definition.id == id } }
}
