import Foundation

/// Random metrics for the figure invariants: every unit and direction, decimals 0 to 3, magnitudes from
/// 0.001 to just under 10¹², negative, zero, equal and near-equal pairs, and computed percentages.
///
/// Each metric has two data points; their exact values are kept (as whole millionths) so the checker
/// never relies on the code under test to know what the data said.
struct RandomMetrics {
  /// One generated metric: its definition row, its two metric rows and what they hold exactly.
  struct Case {
    var id: String
    var unit: MetricUnitName
    var better: String
    var label: String
    /// Exact values in millionths (for computed percentages, nil: see `counts`).
    var values: [Int?]
    var decimals: [Int]
    /// Numerator and denominator of computed percentages.
    var counts: [(numerator: Int, denominator: Int)?]
    var national: String
    var target: String
    /// A running total, whose sentence says "By the end of …".
    var cumulative = false
  }

  /// SplitMix64: small, fast and the same on every machine.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let labels: [MetricUnitName: [String]] = [
    .count: [
      "complaints", "number of complaints", "change in the number of EHC plans", "total of new requests",
      "the number of appeals", "children seen since the contract started",
    ],
    .number: [
      "children in care with an EHC plan", "average number of days to issue a plan",
      "ratio of staff to children",
      "pupils per teacher",
    ],
    .days: [
      "average wait for an assessment", "days to issue a plan", "average number of days to issue a plan",
    ],
    .weeks: [
      "average wait for physiotherapy", "weeks waited for speech therapy", "time to a first appointment",
    ],
    .percent: [
      "plans issued within 20 weeks", "percentage of appeals upheld", "proportion of reviews on time",
    ],
    .gbp: [
      "high needs deficit", "local schools budget", "average cost of a short break", "cost of transport",
    ],
  ]

  /// The largest magnitude the generator writes for a unit (inside the tool's sane range).
  static func largest(_ unit: MetricUnitName) -> Double {
    switch unit {
    case .percent: return 100
    case .days: return 36_500
    case .weeks: return 5_200
    default: return 999_999_999_999
    }
  }

  var generator: Generator

  init(seed: UInt64) { generator = Generator(state: seed) }

  /// A value in exact millionths at `decimals` places, of a random magnitude.
  /// Spreadsheets hold 15 significant digits, and so does the tool: `decimals` shrinks to fit.
  mutating func magnitude(_ unit: MetricUnitName, decimals: inout Int) -> Int {
    let exponent = Double.random(in: -3...12, using: &generator)
    var value = min(pow10(exponent), Self.largest(unit))
    if unit != .percent, Int.random(in: 0..<7, using: &generator) == 0 { value = -value }
    while decimals > 0, abs(value) * pow10(Double(decimals)) >= 1e15 { decimals -= 1 }
    let step = PrintedFigureParser.power10(6 - decimals)
    return Int((value * pow10(Double(decimals))).rounded()) * step
  }

  func pow10(_ exponent: Double) -> Double { Foundation.pow(10, exponent) }

  /// The next random metric.
  mutating func next(index: Int) -> Case {
    let unit = MetricUnitName.allCases.randomElement(using: &generator) ?? .count
    let better = ["lower", "higher", "neutral"].randomElement(using: &generator) ?? "neutral"
    let label = Self.labels[unit]?.randomElement(using: &generator) ?? "complaints"
    let maxDecimals = unit == .gbp ? 2 : 3
    var decimals = (0..<2).map { _ in Int.random(in: 0...maxDecimals, using: &generator) }
    if Bool.random(using: &generator) { decimals[1] = decimals[0] }
    if unit == .gbp, decimals[0] == 1 { decimals[0] = 2 }
    let first = magnitude(unit, decimals: &decimals[0])
    let step1 = PrintedFigureParser.power10(6 - decimals[1])
    var second: Int
    switch Int.random(in: 0..<6, using: &generator) {
    case 0: second = (first / step1) * step1  // equal (or equal at the coarser precision)
    case 1:  // one last place apart
      second = (first / step1 + (Bool.random(using: &generator) ? 1 : -1)) * step1
    case 2:  // near-equal: a relative change of 10⁻⁶ to 10⁻²
      let factor =
        1 + Double.random(in: -0.01...0.01, using: &generator)
        * pow10(Double(Int.random(in: 0...4, using: &generator))) / 10_000
      second = Int((Double(first) * factor / Double(step1)).rounded()) * step1
    case 3: second = 0
    default: second = magnitude(unit, decimals: &decimals[1])
    }
    if unit == .percent { second = min(max(second, 0), 100_000_000) }
    let limit = Int(Self.largest(unit) * 1e6)
    second = min(max(second, -limit), limit)
    while decimals[1] > 0, Double(abs(second)) / 1e6 * pow10(Double(decimals[1])) >= 1e15 {
      decimals[1] -= 1
      let step = PrintedFigureParser.power10(6 - decimals[1])
      second = (second / step) * step
    }
    var counts: [(numerator: Int, denominator: Int)?] = [nil, nil]
    var values: [Int?] = [first, second]
    if unit == .percent, Int.random(in: 0..<3, using: &generator) == 0 {
      let denominator = Int.random(in: 1...1_000_000, using: &generator)
      let numerator = Int.random(in: 0...denominator, using: &generator)
      let nearby = Int.random(in: 0..<3, using: &generator)
      let d2 = nearby == 0 ? denominator * 10 : Int.random(in: 1...1_000_000, using: &generator)
      let n2 =
        nearby == 0
        ? numerator * 10 + Int.random(in: -3...3, using: &generator)
        : Int.random(in: 0...d2, using: &generator)
      counts = [(numerator, denominator), (min(max(n2, 0), d2), d2)]
      values = [nil, nil]
    }
    let reference =
      unit == .percent
      ? "\(Int.random(in: 0...100, using: &generator))" : "\(Int.random(in: 1...999, using: &generator))"
    let hasNational = Int.random(in: 0..<4, using: &generator) == 0
    let hasTarget = better != "neutral" && Int.random(in: 0..<4, using: &generator) == 0
    return Case(
      id: "m\(index)", unit: unit, better: better, label: label, values: values, decimals: decimals,
      counts: counts,
      national: hasNational ? reference : "", target: hasTarget ? reference : "",
      cumulative: unit != .percent && Int.random(in: 0..<8, using: &generator) == 0)
  }

  /// Millionths written as a metrics.csv cell at `decimals` places ("-12.50").
  static func cell(_ millionths: Int, decimals: Int) -> String {
    let sign = millionths < 0 ? "-" : ""
    let whole = abs(millionths) / 1_000_000
    let fraction = abs(millionths) % 1_000_000
    guard decimals > 0 else { return sign + String(whole) }
    let digits = String(fraction)
    let padded = String(repeating: "0", count: 6 - digits.count) + digits
    return sign + String(whole) + "." + padded.prefix(decimals)
  }
}
