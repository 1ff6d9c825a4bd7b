/// Draws the RAG summary as one stacked bar per area of weakness: red, amber, green, blue (complete),
/// archived and unrated responses, each segment labelled with its count (white text, at least 4.5:1 on
/// every segment colour) and separated by a white gap,
/// so no segment relies on colour alone; the summary table beside it has the same numbers.
struct RAGChart {
  let summary: ActionPlanSummary

  static var segments: [(name: String, className: String, count: (RAGCounts) -> Int)] {
    [
      ("red (overdue)", "rag-red", { $0.red }),
      ("amber (at risk)", "rag-amber", { $0.amber }),
      ("green (on track)", "rag-green", { $0.green }),
      ("blue (complete)", "rag-blue", { $0.blue }),
      ("archived", "rag-archived", { $0.archived }),
      (
        "not rated", "rag-none",
        { max(0, $0.responses - $0.red - $0.amber - $0.green - $0.blue - $0.archived) }
      ),
    ]
  }

  /// "Area 1: 20 responses: 3 red (overdue), 2 green (on track), 13 blue (complete), 2 archived".
  static func describe(_ label: String, _ counts: RAGCounts) -> String {
    let parts = segments.compactMap { segment -> String? in
      let count = segment.count(counts)
      return count > 0 ? "\(count) \(segment.name)" : nil
    }
    return "\(label): \(counts.responses) responses: " + parts.joined(separator: ", ")
  }

  /// The chart as SVG; `idPrefix` names its title and description, so that a page may hold it twice.
  func svg(idPrefix: String = "rag-chart") -> String {
    let rows = summary.areas
    guard !rows.isEmpty else { return "" }
    let width = 560.0
    let labelWidth = 90.0
    let barHeight = 28.0
    let gap = 14.0
    let legendHeight = 56.0
    let height = Double(rows.count) * (barHeight + gap) + legendHeight
    let maximum = Double(max(1, rows.map(\.counts.responses).max() ?? 1))
    let plotWidth = width - labelWidth - 40
    var out = "<svg class=\"chart rag-chart\" role=\"img\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" "
    out += "aria-labelledby=\"\(idPrefix)-title \(idPrefix)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
    out += "<title id=\"\(idPrefix)-title\">RAG status of the responses in each area of weakness</title>"
    let description = rows.map { Self.describe("Area \($0.ref)", $0.counts) }.joined(separator: ". ") + "."
    out += "<desc id=\"\(idPrefix)-desc\">\(Escaping.html(description))</desc>"
    for (index, row) in rows.enumerated() {
      let y = Double(index) * (barHeight + gap)
      out += SVG.text("Area \(row.ref)", x: 0, y: y + barHeight / 2 + 5)
      var x = labelWidth
      for segment in Self.segments {
        let count = segment.count(row.counts)
        guard count > 0 else { continue }
        let segmentWidth = Double(count) / maximum * plotWidth
        out += "<rect class=\"\(segment.className)\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" "
        out += "width=\"\(SVG.n(max(1, segmentWidth - 2)))\" height=\"\(SVG.n(barHeight))\"/>"
        if segmentWidth >= 22 {
          out += SVG.text(
            String(count), x: x + (segmentWidth - 2) / 2, y: y + barHeight / 2 + 5, anchor: "middle",
            className: "on-dark")
        }
        x += segmentWidth
      }
      out += SVG.text("\(row.counts.responses)", x: x + 6, y: y + barHeight / 2 + 5)
    }
    // Legend: only the kinds that appear, three to a row.
    let legendY = Double(rows.count) * (barHeight + gap) + 10
    let shown = Self.segments.filter { segment in rows.contains { segment.count($0.counts) > 0 } }
    for (index, segment) in shown.enumerated() {
      let x = Double(index % 3) * 180
      let y = legendY + Double(index / 3) * 24
      out +=
        "<rect class=\"\(segment.className)\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"14\" height=\"14\"/>"
      out += SVG.text(GovUKNumbers.capitalisingFirst(segment.name), x: x + 20, y: y + 12)
    }
    out += "</svg>"
    return out
  }
}
