import Foundation

/// A linear scale from data values to chart coordinates, with "nice" tick values (1, 2 or 5 × 10ⁿ).
struct ChartScale {
  var low: Double
  var high: Double
  var ticks: [Double]
  var step: Double

  /// A scale that covers every value, starting at zero unless values are negative.
  init(covering values: [Double], tickCount: Int = 5) {
    let finite = values.filter(\.isFinite)
    var minimum = min(0, finite.min() ?? 0)
    var maximum = max(finite.max() ?? 1, minimum + 1)
    if maximum == minimum { maximum = minimum + 1 }
    let rough = (maximum - minimum) / Double(max(1, tickCount))
    let magnitude = GovUKNumbers.power10(Int(floor(log10(rough))))
    let residual = rough / magnitude
    let niceStep = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude
    minimum = floor(minimum / niceStep) * niceStep
    maximum = ceil(maximum / niceStep) * niceStep
    step = niceStep
    low = minimum
    high = maximum
    var values: [Double] = []
    var tick = minimum
    var guardCount = 0
    while tick <= maximum + niceStep / 2, guardCount < 50 {
      values.append(abs(tick) < niceStep / 1e6 ? 0 : tick)
      tick += niceStep
      guardCount += 1
    }
    ticks = values
  }

  /// Decimals the tick labels need (0 for whole steps).
  var decimals: Int {
    var places = 0
    var scaled = step
    while scaled != scaled.rounded() && places < 4 {
      scaled *= 10
      places += 1
    }
    return places
  }

  /// Where `value` falls between `top` (at `high`) and `bottom` (at `low`).
  func y(_ value: Double, top: Double, bottom: Double) -> Double {
    guard high > low else { return bottom }
    return bottom - (value - low) / (high - low) * (bottom - top)
  }
}
