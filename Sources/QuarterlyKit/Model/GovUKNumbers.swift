/// How figures are written, following the GOV.UK style guide (A to Z).
///
/// Numerals with thousands separators (1,900); a leading zero (0.8%, never .8%); "%" never "per cent";
/// money as £75, £75.50 or £13.8 million; months as "July 2022" in prose and "Jul 2022" in tables;
/// ranges as "9 to 13 weeks". Rounding is half away from zero, as people round by hand.
public enum GovUKNumbers {
  /// Rounds `value` to `decimals` places, half away from zero, immune to binary noise (0.125 → 0.13).
  public static func rounded(_ value: Double, decimals: Int) -> Double {
    let places = max(0, decimals)
    return DecimalRounding.steps(value, exponent: -places) / power10(places)
  }

  /// 10ⁿ, by repeated multiplication (or division for negative `n`), so the same `n` always gives the
  /// same bits.
  static func power10(_ n: Int) -> Double {
    var result = 1.0
    if n >= 0 { for _ in 0..<n { result *= 10 } } else { for _ in 0..<(-n) { result /= 10 } }
    return result
  }

  /// A number with thousands separators and exactly `decimals` decimal places (at most 6): 1,900 or
  /// 48.4. Negative numbers take the minus sign (−, U+2212); there is never exponent notation.
  public static func number(_ value: Double, decimals: Int) -> String {
    var places = max(0, min(decimals, 6))
    // Fewer places for numbers too large to hold to the millionth (beyond any sane input).
    while places > 0, abs(value) * power10(places) >= 9e15 { places -= 1 }
    if let amount = PrintedAmount(value, exponent: -places) { return amount.text(decimals: places) }
    guard value.isFinite else {
      return value.isNaN ? "not a number" : (value < 0 ? "\u{2212}" : "") + "infinity"
    }
    // Beyond 9 million million: whole digits, worked out without exponent notation.
    return (value < 0 ? "\u{2212}" : "") + wholeDigits(abs(value).rounded())
  }

  /// The decimal digits of a whole, finite, non-negative Double of any size, with thousands separators.
  static func wholeDigits(_ whole: Double) -> String {
    var digits: [Int] = []
    var rest = whole
    while rest >= 1, digits.count < 400 {
      let digit = rest.truncatingRemainder(dividingBy: 10)
      digits.append(Int(digit))
      rest = ((rest - digit) / 10).rounded()
    }
    if digits.isEmpty { return "0" }
    var text = ""
    for (position, digit) in digits.reversed().enumerated() {
      if position > 0, (digits.count - position) % 3 == 0 { text += "," }
      text += String(digit)
    }
    return text
  }

  /// A quantity at its own precision, without unit: `1,900`, `54.5`.
  public static func withoutUnit(_ quantity: Quantity) -> String {
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
    switch unit.printing {
    case .bare:
      return number(value, decimals: decimals)
    case .percentage:
      return number(value, decimals: decimals) + "%"
    case .noun(let singular, let plural):
      return number(value, decimals: decimals) + " "
        + (rounded(value, decimals: decimals) == 1 ? singular : plural)
    case .money:
      return money(value)
    }
  }

  /// A quantity in its unit at its own precision.
  public static func display(_ quantity: Quantity, unit: MetricUnit) -> String {
    display(quantity.value, decimals: quantity.decimals, unit: unit)
  }

  /// Money as GOV.UK writes it: 45p, £75, £75.50, £1,900, £13.8 million, £2 billion.
  public static func money(_ value: Double) -> String {
    Money.text(value, level: 0)
  }

  /// A range as GOV.UK writes it: "9 to 13 weeks", "£5 to £10", "2.8 to 8.2".
  public static func range(_ low: Double, _ high: Double, decimals: Int, unit: MetricUnit) -> String {
    switch unit.printing {
    case .money:
      return "\(money(low)) to \(money(high))"
    case .percentage:
      return "\(number(low, decimals: decimals))% to \(number(high, decimals: decimals))%"
    case .noun:
      return "\(number(low, decimals: decimals)) to \(display(high, decimals: decimals, unit: unit))"
    case .bare:
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
