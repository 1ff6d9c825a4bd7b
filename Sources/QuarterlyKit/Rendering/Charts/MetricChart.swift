/// Draws a metric's series as an inline SVG chart: a line chart (a bar chart for two or three points),
/// with the baseline, national average and target as labelled lines, and for SPC the mean and process
/// limits, with signal points marked by shape as well as colour.
///
/// The chart has `role="img"`, a `<title>` stating the headline and a `<desc>` listing every value, so a
/// screen reader gets the same facts; the page follows it with the data as a table.
struct MetricChart {
  let figures: MetricFigures

  static let width = 480.0
  static let height = 300.0
  static let left = 64.0
  /// Room at the right for the labels of reference lines, when there are any.
  static let labelRoom = 130.0
  static let top = 36.0
  static let bottom = 48.0

  /// Whether the metric has enough points for a chart.
  var isDrawn: Bool { figures.series.count >= 2 }

  /// "Complaints fell from 53 to 39 between November 2021 and July 2022".
  var headline: String {
    let subject = Self.subject(figures.definition)
    guard let latest = figures.latest else { return "\(subject): no figures yet" }
    let definition = figures.definition
    guard let from = figures.from ?? figures.series.first, from.period != latest.period,
      let comparison = figures.comparison
        ?? Comparison(from: from, to: latest, definition: definition, referenceDecimals: 0)
    else {
      return
        "\(subject) was \(Comparison.text(latest.value, decimals: latest.value.decimals, definition: definition)) in \(latest.period.long)"
    }
    let between = "between \(from.period.long) and \(latest.period.long)"
    if comparison.direction == .none {
      return "\(subject) stayed at \(comparison.latestText) \(between)"
    }
    let verb = comparison.direction == .up ? "rose" : "fell"
    return "\(subject) \(verb) from \(comparison.fromText) to \(comparison.latestText) \(between)"
  }

  /// The chart's subject: "Complaints" for "number of complaints", else the label capitalised.
  static func subject(_ definition: MetricDefinition) -> String {
    var label = definition.label
    for prefix in ["number of ", "the number of "] where label.lowercased().hasPrefix(prefix) {
      label = String(label.dropFirst(prefix.count))
    }
    return GovUKNumbers.capitalisingFirst(label)
  }

  /// Every value, for `<desc>`: "Nov 2021: 53; Dec 2021: 33; Jul 2022: 39. Baseline 33."
  var description: String {
    let unit = figures.definition.unit
    var text = figures.series.map { "\($0.period.long): \(GovUKNumbers.display($0.value, unit: unit))" }
      .joined(
        separator: "; ")
    text += "."
    if let baseline = figures.baseline {
      text += " Baseline: \(GovUKNumbers.display(baseline.value, unit: unit)) in \(baseline.period.long)."
    }
    if let national = figures.definition.national {
      text += " National average: \(GovUKNumbers.display(national, unit: unit))."
    }
    if let target = figures.definition.target {
      text += " Target: \(GovUKNumbers.display(target, unit: unit))."
    }
    if figures.spc.hasSufficientData, let mean = figures.spc.mean, let lower = figures.spc.lowerLimit,
      let upper = figures.spc.upperLimit
    {
      let decimals = figures.limitDecimals
      text +=
        " Mean \(GovUKNumbers.display(mean, decimals: decimals, unit: unit)); process limits "
        + "\(GovUKNumbers.range(lower, upper, decimals: decimals, unit: unit))"
        + (figures.limitsFrom.map { ", recalculated from \($0.period.long)" } ?? "")
        + ". Latest point: \(figures.spc.variation?.rawValue ?? "common cause")."
    }
    return text
  }

  /// The SVG markup, or "" when there are fewer than two points.
  func svg() -> String {
    svg(headline: headline, description: description)
  }

  /// The SVG markup with its title and description already written (the template data carries them
  /// too, so they are made once).
  func svg(headline: String, description: String) -> String {
    guard isDrawn else { return "" }
    let series = figures.series
    let unit = figures.definition.unit
    let id = "chart-" + figures.definition.id
    var references: [(label: String, value: Double, className: String)] = []
    if let baseline = figures.baseline {
      references.append(
        ("Baseline \(GovUKNumbers.display(baseline.value, unit: unit))", baseline.value.value, "ref-baseline")
      )
    }
    if let national = figures.definition.national {
      references.append(
        ("National \(GovUKNumbers.display(national, unit: unit))", national.value, "ref-national"))
    }
    if let target = figures.definition.target {
      references.append(("Target \(GovUKNumbers.display(target, unit: unit))", target.value, "ref-target"))
    }
    let spc = figures.spc
    var limits: [(label: String, value: Double, className: String)] = []
    if spc.hasSufficientData, let mean = spc.mean, let lower = spc.lowerLimit, let upper = spc.upperLimit {
      let decimals = figures.limitDecimals
      limits = [
        ("Mean \(GovUKNumbers.number(mean, decimals: decimals))", mean, "spc-mean"),
        ("Upper limit \(GovUKNumbers.number(upper, decimals: decimals))", upper, "spc-limit"),
        ("Lower limit \(GovUKNumbers.number(lower, decimals: decimals))", lower, "spc-limit"),
      ]
    }
    let values = series.map(\.value.value) + references.map(\.value) + limits.map(\.value)
    let scale = ChartScale(covering: values)
    let plotTop = Self.top
    let plotBottom = Self.height - Self.bottom
    let plotLeft = Self.left
    let plotRight = Self.width - (references.isEmpty && limits.isEmpty ? 24 : Self.labelRoom)
    let useBars = series.count <= 3
    let firstIndex = series.first?.period.index ?? 0
    let lastIndex = series.last?.period.index ?? 0
    let span = Double(max(1, lastIndex - firstIndex))
    func x(_ position: Int, _ observation: Observation) -> Double {
      if useBars {
        let slot = (plotRight - plotLeft) / Double(series.count)
        return plotLeft + slot * (Double(position) + 0.5)
      }
      return plotLeft + Double(observation.period.index - firstIndex) / span * (plotRight - plotLeft)
    }
    func y(_ value: Double) -> Double { scale.y(value, top: plotTop, bottom: plotBottom) }

    var out = ""
    out.reserveCapacity(4096)
    out += "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(SVG.n(Self.width)) \(SVG.n(Self.height))\" "
    out += "aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
    out += "<title id=\"\(id)-title\">\(Escaping.html(headline))</title>"
    out += "<desc id=\"\(id)-desc\">\(Escaping.html(description))</desc>"
    // Grid and y-axis labels.
    for tick in scale.ticks {
      let ty = y(tick)
      out += SVG.line(plotLeft, ty, plotRight, ty, className: tick == scale.low ? "axis" : "grid")
      let label = GovUKNumbers.number(tick, decimals: scale.decimals) + (unit.isPercentage ? "%" : "")
      out += SVG.text(label, x: plotLeft - 8, y: ty + 5, anchor: "end")
    }
    out += SVG.text(unit.axisTitle, x: 0, y: 14, className: "axis-title")
    // X-axis labels: as many as fit at about 90 units apart, always the first and the last.
    let labelled = Self.labelledPositions(
      series.map(\.period.index), bars: useBars, slots: max(2, Int((plotRight - plotLeft) / 90)))
    for (position, observation) in series.enumerated() where labelled.contains(position) {
      let anchor =
        useBars ? "middle" : position == 0 ? "start" : position == series.count - 1 ? "end" : "middle"
      out += SVG.text(
        observation.period.short, x: x(position, observation), y: plotBottom + 22, anchor: anchor)
    }
    // Reference and SPC lines, labelled at the right, labels spread so they never overlap.
    // After a rebase the limits start at the month they were recalculated from, marked by a line.
    var limitsLeft = plotLeft
    if !limits.isEmpty, let start = spc.limitsStart, series.indices.contains(start) {
      limitsLeft = x(start, series[start])
      out += SVG.line(limitsLeft, plotTop, limitsLeft, plotBottom, className: "spc-rebase")
      out += SVG.text(
        "Limits from \(series[start].period.short)", x: limitsLeft + 4, y: plotTop - 6, className: "ref-label"
      )
    }
    let lines = limits + references
    let labelYs = Self.spread(lines.map { y($0.value) + 5 }, gap: 17, top: 12, bottom: Self.height - 4)
    for (number, (line, labelY)) in zip(lines, labelYs).enumerated() {
      let ly = y(line.value)
      out += SVG.line(
        number < limits.count ? limitsLeft : plotLeft, ly, plotRight, ly, className: line.className)
      out += SVG.text(line.label, x: plotRight + 6, y: labelY, className: "ref-label")
    }
    // The data.
    let signals = Dictionary(spc.signals.map { ($0.index, $0.variation) }, uniquingKeysWith: { a, _ in a })
    if useBars {
      let slot = (plotRight - plotLeft) / Double(series.count)
      let barWidth = min(72, slot * 0.6)
      for (position, observation) in series.enumerated() {
        let cx = x(position, observation)
        let top = y(max(0, observation.value.value))
        let base = y(min(0, observation.value.value))
        out +=
          "<rect class=\"bar\" x=\"\(SVG.n(cx - barWidth / 2))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(barWidth))\" "
        out += "height=\"\(SVG.n(max(1, base - top)))\"/>"
        // A white halo first, so that a reference line crossing the label does not strike it through.
        let label = GovUKNumbers.display(observation.value, unit: unit)
        out += SVG.text(label, x: cx, y: top - 6, anchor: "middle", className: "halo")
        out += SVG.text(label, x: cx, y: top - 6, anchor: "middle", className: "value")
      }
    } else {
      let points = series.enumerated().map { (x($0.offset, $0.element), y($0.element.value.value)) }
      out += "<polyline class=\"series\" points=\""
      out += points.map { "\(SVG.n($0.0)),\(SVG.n($0.1))" }.joined(separator: " ")
      out += "\"/>"
      for (position, point) in points.enumerated() {
        switch signals[position] {
        case .improvement?:
          out +=
            "<rect class=\"signal-improvement\" x=\"\(SVG.n(point.0 - 6))\" y=\"\(SVG.n(point.1 - 6))\" width=\"12\" height=\"12\"/>"
        case .concern?:
          out +=
            "<path class=\"signal-concern\" d=\"M\(SVG.n(point.0)) \(SVG.n(point.1 - 8))L\(SVG.n(point.0 + 7)) \(SVG.n(point.1 + 5))L\(SVG.n(point.0 - 7)) \(SVG.n(point.1 + 5))Z\"/>"
        case .neither?:
          out +=
            "<path class=\"signal-neither\" d=\"M\(SVG.n(point.0)) \(SVG.n(point.1 - 7))L\(SVG.n(point.0 + 7)) \(SVG.n(point.1))L\(SVG.n(point.0)) \(SVG.n(point.1 + 7))L\(SVG.n(point.0 - 7)) \(SVG.n(point.1))Z\"/>"
        default:
          out += "<circle class=\"point\" cx=\"\(SVG.n(point.0))\" cy=\"\(SVG.n(point.1))\" r=\"4\"/>"
        }
      }
      if let last = points.last, let latest = series.last {
        let label = GovUKNumbers.display(latest.value, unit: unit)
        out += SVG.text(label, x: last.0, y: last.1 - 12, anchor: "end", className: "halo")
        out += SVG.text(label, x: last.0, y: last.1 - 12, anchor: "end", className: "value")
      }
    }
    out += "</svg>"
    return out
  }

  /// Which points get an x-axis label: all bars; on a line chart at most `slots` labels spread evenly
  /// over time, always the first and the last.
  static func labelledPositions(_ months: [Int], bars: Bool, slots: Int) -> Set<Int> {
    guard let first = months.first, let last = months.last, months.count > 2, !bars else {
      return Set(months.indices)
    }
    var positions: Set<Int> = [0, months.count - 1]
    guard slots > 2, last > first else { return positions }
    let span = Double(last - first)
    for slot in 1..<(slots - 1) {
      let wanted = Double(first) + span * Double(slot) / Double(slots - 1)
      if let nearest = months.indices.min(by: {
        abs(Double(months[$0]) - wanted) < abs(Double(months[$1]) - wanted)
      }) {
        positions.insert(nearest)
      }
    }
    return positions
  }

  /// Moves label positions apart to at least `gap`, keeping their order and staying within the bounds.
  static func spread(_ wanted: [Double], gap: Double, top: Double, bottom: Double) -> [Double] {
    let order = wanted.indices.sorted { wanted[$0] < wanted[$1] }
    var placed = Array(repeating: 0.0, count: wanted.count)
    var previous = -Double.infinity
    for index in order {
      let y = max(wanted[index], previous + gap, top)
      placed[index] = y
      previous = y
    }
    // If the last label ran off the bottom, shift the crowded run up.
    var overflow = (order.last.map { placed[$0] } ?? 0) - bottom
    for index in order.reversed() where overflow > 0 {
      placed[index] -= overflow
      let before = order.firstIndex(of: index).flatMap { $0 > 0 ? order[$0 - 1] : nil }
      if let before, placed[index] - placed[before] >= gap { break }
      overflow = before.map { placed[$0] - (placed[index] - gap) } ?? 0
    }
    return placed
  }
}
