/// Reads printed figures back, as a reader with a calculator would: "1,900", "−£2.5 million", "45p",
/// "33.4%", "6.1 weeks". Values come back exactly, as whole millionths, with what the text showed.
///
/// The parser is strict: a number must group its thousands with commas, take U+2212 for minus, and never
/// use exponent notation; money must follow GOV.UK style. Anything else is nil.
enum PrintedFigureParser {
  /// A value read back: its exact amount, the decimals written, and half the step it was rounded to.
  struct Reading: Equatable {
    var millionths: Int
    var decimals: Int
    /// Half of the last place shown, in millionths: how far the value may be from the data.
    var halfStep: Int
    /// The words after the number ("days", "percentage points"), if any.
    var unitWords: String
  }

  /// Parses "1,234.5" (no sign) into millionths and decimals.
  static func number(_ text: Substring) -> (millionths: Int, decimals: Int)? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let wholeText = parts.first, !wholeText.isEmpty else { return nil }
    let groups = wholeText.split(separator: ",", omittingEmptySubsequences: false)
    guard let first = groups.first, (1...3).contains(first.count),
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return nil }
    let digits = groups.joined()
    guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits.count <= 13,
      let whole = Int(digits)
    else { return nil }
    guard !(digits.count > 1 && digits.first == "0") else { return nil }
    var fraction = 0
    var decimals = 0
    if parts.count == 2 {
      let fractionText = parts[1]
      guard (1...6).contains(fractionText.count), fractionText.allSatisfy(\.isASCII),
        fractionText.allSatisfy(\.isNumber), let value = Int(fractionText)
      else { return nil }
      decimals = fractionText.count
      fraction = value * power10(6 - decimals)
    }
    return (whole * 1_000_000 + fraction, decimals)
  }

  static func power10(_ n: Int) -> Int { (0..<max(0, n)).reduce(1) { result, _ in result * 10 } }

  /// Parses a value printed in `unit`; `unitless` when the label names the unit ("37", not "37 days").
  static func value(_ text: Substring, unit: MetricUnitName, unitless: Bool = false) -> Reading? {
    var rest = text
    var negative = false
    if rest.hasPrefix("\u{2212}") {
      negative = true
      rest = rest.dropFirst()
    }
    func signed(_ reading: Reading) -> Reading {
      var copy = reading
      if negative { copy.millionths = -copy.millionths }
      return copy
    }
    switch unit {
    case .gbp:
      return money(rest).map(signed)
    case .percent:
      guard rest.hasSuffix("%"), let (m, d) = number(rest.dropLast()) else { return nil }
      return signed(Reading(millionths: m, decimals: d, halfStep: 5 * power10(5 - d), unitWords: "%"))
    case .count, .number:
      guard let (m, d) = number(rest) else { return nil }
      return signed(Reading(millionths: m, decimals: d, halfStep: 5 * power10(5 - d), unitWords: ""))
    case .days, .weeks:
      let pieces = rest.split(separator: " ", maxSplits: 1)
      guard let first = pieces.first, let (m, d) = number(first) else { return nil }
      let words = pieces.count == 2 ? String(pieces[1]) : ""
      if unitless {
        guard words.isEmpty else { return nil }
      } else {
        let noun = unit == .days ? "day" : "week"
        guard words == (m == 1_000_000 ? noun : noun + "s") else { return nil }
      }
      return signed(Reading(millionths: m, decimals: d, halfStep: 5 * power10(5 - d), unitWords: words))
    }
  }

  /// GOV.UK money: 45p, £75, £75.50, £1,900, £13.8 million, £1.25 billion (never £1,000 million, £0.45,
  /// £75.00 or £75.5).
  static func money(_ text: Substring) -> Reading? {
    if text.hasSuffix("p"), !text.hasPrefix("£") {
      guard let pence = Int(text.dropLast()), (1...99).contains(pence), String(pence) == text.dropLast()
      else {
        return nil
      }
      return Reading(millionths: pence * 10_000, decimals: 2, halfStep: 5_000, unitWords: "p")
    }
    guard text.hasPrefix("£") else { return nil }
    let body = text.dropFirst()
    for (word, size) in [(" billion", 9), (" million", 6)] where body.hasSuffix(word) {
      guard let (m, d) = number(body.dropLast(word.count)), d <= 2, m >= 1_000_000, m < 1_000_000_000
      else { return nil }
      guard d == 0 || m % power10(6 - d + 1) != 0 else { return nil }  // no trailing zero
      let scaled = m * power10(size)
      return Reading(millionths: scaled, decimals: d, halfStep: 5 * power10(size + 5 - d), unitWords: word)
    }
    guard let (m, d) = number(body), d == 0 || d == 2 else { return nil }
    if d == 2 { guard m % 1_000_000 != 0, m >= 1_000_000 else { return nil } }
    return Reading(millionths: m, decimals: d, halfStep: d == 0 ? 500_000 : 5_000, unitWords: "")
  }
}

/// The units, as the parser knows them (kept apart from the code under test).
enum MetricUnitName: String, CaseIterable {
  case count, percent, days, weeks, number, gbp
}
