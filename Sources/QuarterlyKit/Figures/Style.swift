/// How figures are written, following the GOV.UK style guide (A to Z).
///
/// Numerals with thousands separators (1,900); a leading zero (0.8%, never .8%); "%" never "per cent";
/// money as £75, £75.50 or £13.8 million; months as "July 2022" in prose and "Jul 2022" in tables;
/// ranges as "9 to 13 weeks". Rounding is half away from zero, as people round by hand.
public enum Style {
  /// Rounds `value` to `decimals` places, half away from zero, immune to binary noise (0.125 → 0.13).
  public static func rounded(_ value: Double, decimals: Int) -> Double {
    let scale = power10(max(0, decimals))
    let scaled = value * scale
    let nudge = scaled >= 0 ? 1e-9 : -1e-9
    return (scaled + nudge * max(1, abs(scaled))).rounded(.toNearestOrAwayFromZero) / scale
  }

  /// 10ⁿ, by repeated multiplication (or division for negative `n`), so the same `n` always gives the
  /// same bits.
  static func power10(_ n: Int) -> Double {
    var result = 1.0
    if n >= 0 { for _ in 0..<n { result *= 10 } } else { for _ in 0..<(-n) { result /= 10 } }
    return result
  }

  /// A number with thousands separators and exactly `decimals` decimal places: 1,900 or 48.4.
  public static func number(_ value: Double, decimals: Int) -> String {
    let places = max(0, min(decimals, 6))
    let scale = power10(places)
    let roundedValue = rounded(value, decimals: places)
    let negative = roundedValue < 0
    let magnitude = abs(roundedValue)
    // Split into whole and fractional digits without going through a locale-dependent formatter.
    let scaled = (magnitude * scale).rounded()
    guard scaled.isFinite, scaled < 9e15 else { return String(value) }
    let whole = Int((scaled / scale).rounded(.down))
    let fraction = Int(scaled - Double(whole) * scale)
    // The digits are ASCII: the text is built as bytes, a comma before each group of three.
    let wholeDigits = Array(String(whole).utf8)
    var text: [UInt8] = []
    text.reserveCapacity(wholeDigits.count + wholeDigits.count / 3 + places + 2)
    if negative { text.append(UInt8(ascii: "-")) }
    for (position, digit) in wholeDigits.enumerated() {
      if position > 0, (wholeDigits.count - position) % 3 == 0 { text.append(UInt8(ascii: ",")) }
      text.append(digit)
    }
    if places > 0 {
      let fractionDigits = Array(String(fraction).utf8)
      text.append(UInt8(ascii: "."))
      for _ in fractionDigits.count..<max(places, fractionDigits.count) { text.append(UInt8(ascii: "0")) }
      text.append(contentsOf: fractionDigits)
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// A quantity at its own precision, without unit: `1,900`, `54.5`.
  public static func plain(_ quantity: Quantity) -> String {
    number(quantity.value, decimals: quantity.decimals)
  }

  /// Decimals for a percentage computed from a numerator and denominator: whole numbers, but one
  /// decimal where a whole number would hide the figure (0.8%, not 1%; 99.6%, not 100%).
  public static func decimalsForComputedPercent(_ value: Double) -> Int {
    let whole = rounded(value, decimals: 0)
    if value != 0 && (whole == 0 || (whole == 100 && value != 100)) { return 1 }
    if abs(value) < 1 && value != 0 { return 1 }
    return 0
  }

  /// A value in its unit: `39`, `66%`, `11 days`, `48.4 weeks`, `£75.50`, `£13.8 million`.
  public static func display(_ value: Double, decimals: Int, unit: MetricUnit) -> String {
    switch unit {
    case .count, .number:
      return number(value, decimals: decimals)
    case .percent:
      return number(value, decimals: decimals) + "%"
    case .days:
      return number(value, decimals: decimals) + (rounded(value, decimals: decimals) == 1 ? " day" : " days")
    case .weeks:
      return number(value, decimals: decimals)
        + (rounded(value, decimals: decimals) == 1 ? " week" : " weeks")
    case .gbp:
      return money(value)
    }
  }

  /// A quantity in its unit at its own precision.
  public static func display(_ quantity: Quantity, unit: MetricUnit) -> String {
    display(quantity.value, decimals: quantity.decimals, unit: unit)
  }

  /// Money as GOV.UK writes it: £75, £75.50, £1,900, £13.8 million, £2 billion.
  public static func money(_ value: Double) -> String {
    let sign = value < 0 ? "-" : ""
    let magnitude = abs(value)
    for (size, word) in [(1e9, "billion"), (1e6, "million")] where magnitude >= size {
      let scaled = rounded(magnitude / size, decimals: 1)
      let decimals = scaled == scaled.rounded() ? 0 : 1
      return "\(sign)£\(number(scaled, decimals: decimals)) \(word)"
    }
    let pence = rounded(magnitude, decimals: 2)
    let decimals = pence == pence.rounded() ? 0 : 2
    return "\(sign)£\(number(pence, decimals: decimals))"
  }

  /// A range as GOV.UK writes it: "9 to 13 weeks", "£5 to £10", "2.8 to 8.2".
  public static func range(_ low: Double, _ high: Double, decimals: Int, unit: MetricUnit) -> String {
    switch unit {
    case .gbp:
      return "\(money(low)) to \(money(high))"
    case .percent:
      return "\(number(low, decimals: decimals))% to \(number(high, decimals: decimals))%"
    case .days, .weeks:
      return "\(number(low, decimals: decimals)) to \(display(high, decimals: decimals, unit: unit))"
    case .count, .number:
      return "\(number(low, decimals: decimals)) to \(number(high, decimals: decimals))"
    }
  }

  /// "4 percentage points", "1 percentage point".
  public static func percentagePoints(_ value: Double, decimals: Int) -> String {
    let magnitude = abs(value)
    let text = number(magnitude, decimals: decimals)
    return text + (rounded(magnitude, decimals: decimals) == 1 ? " percentage point" : " percentage points")
  }

  /// Capitalises the first letter of a sentence ("the number" → "The number").
  public static func capitalisingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
