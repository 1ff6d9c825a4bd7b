/// Which metrics the fragments of a document quote, so that a figure is said once per page.
///
/// A fragment quotes a metric with a tag such as `{{metrics.complaints.sentence}}`. The document's key
/// figures then give a quoted metric as a short summary ("Number of complaints: 39 in July 2022")
/// instead of repeating its sentence word for word. A metric for the monitoring pack only, quoted in a
/// fragment parents read, is a warning at the tag.
enum FigureQuotes {
  /// Where each `metrics.<id>` tag of a fragment is: the metric id and the tag's location.
  static func tags(in fragment: Fragment, ids: Set<String>) -> [(id: String, location: SourceLocation)] {
    var found: [(id: String, location: SourceLocation)] = []
    let lines = fragment.body.split(separator: "\n", omittingEmptySubsequences: false)
    for (offset, line) in lines.enumerated() {
      var searchFrom = line.startIndex
      while let match = line[searchFrom...].firstRange(of: "metrics.") {
        let rest = line[match.upperBound...]
        let id = rest.prefix { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
        searchFrom = match.upperBound
        guard ids.contains(String(id)),
          rest.dropFirst(id.count).first.map({ $0 == "." || $0 == "}" || $0 == " " }) ?? true
        else { continue }
        let column = line.distance(from: line.startIndex, to: match.lowerBound) + 1
        found.append(
          (String(id), SourceLocation(file: fragment.path, line: fragment.bodyLine + offset, column: column)))
      }
    }
    return found
  }

  /// The ids of the metrics whose sentence the fragments (and introduction) of a document quote.
  static func quoted(in fragments: [Fragment], definitions: [MetricDefinition]) -> Set<String> {
    let ids = Set(definitions.map(\.id))
    var quoted: Set<String> = []
    for fragment in fragments {
      for id in ids where fragment.body.firstRange(of: "metrics.\(id).sentence") != nil { quoted.insert(id) }
    }
    return quoted
  }

  /// Warns about every monitoring-only metric quoted in a fragment that parents read.
  static func checkAudiences(
    _ fragments: [Fragment], definitions: [MetricDefinition], diagnostics: inout Diagnostics
  ) {
    let monitoringOnly = Set(definitions.filter { $0.audience == .monitoring }.map(\.id))
    guard !monitoringOnly.isEmpty else { return }
    for fragment in fragments where fragment.audience.includes(.parents) {
      for tag in tags(in: fragment, ids: monitoringOnly) {
        diagnostics.warning(
          "the fragment quotes \(tag.id), a figure for the monitoring pack only, in a page parents read",
          at: tag.location,
          hint:
            "set audience to both for \(tag.id) in metric-definitions.csv, or move the text to a fragment "
            + "with audience: monitoring")
      }
    }
  }
}
