/// A figure exactly as the documents print it: a decimal held as a whole number of millionths.
///
/// Printed figures are compared and subtracted as these, never as binary fractions, so the change a
/// sentence states is exactly the difference a reader works out from the values it prints.
public struct PrintedAmount: Sendable, Hashable, Comparable {
  /// Millionths in one unit.
  static let perUnit = 1_000_000
  /// The value, in millionths of the unit (£, days, percent…).
  public var millionths: Int

  public init(millionths: Int) { self.millionths = millionths }

  /// `value` rounded half away from zero to a whole number of steps of 10^`exponent` (exponent −6
  /// to 11); nil when it is not finite or too large to hold.
  public init?(_ value: Double, exponent: Int) {
    guard value.isFinite, (-6...11).contains(exponent) else { return nil }
    let steps = DecimalRounding.steps(value, exponent: exponent)
    guard abs(steps) < 9e15 else { return nil }
    let (product, overflow) = Int(steps).multipliedReportingOverflow(by: Self.power10(exponent + 6))
    guard !overflow else { return nil }
    millionths = product
  }

  /// 10ⁿ as a whole number, for 0 ≤ n ≤ 18.
  static func power10(_ n: Int) -> Int {
    var result = 1
    for _ in 0..<max(0, min(n, 18)) { result *= 10 }
    return result
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.millionths < rhs.millionths }

  public static func - (lhs: Self, rhs: Self) -> Self { Self(millionths: lhs.millionths - rhs.millionths) }

  /// The magnitude, with its sign dropped.
  public var magnitude: Self { Self(millionths: abs(millionths)) }

  /// The value as a Double (for ratios and figures.json only).
  public var value: Double { Double(millionths) / Double(Self.perUnit) }

  /// Whether the value is a whole number of steps of 10^`exponent` (exponent −6 to 18).
  func isMultiple(ofPower exponent: Int) -> Bool {
    exponent <= -6 || millionths % Self.power10(exponent + 6) == 0
  }

  /// The fewest decimals that show the value exactly (0 to 6).
  public var exactDecimals: Int {
    (0...6).first { isMultiple(ofPower: -$0) } ?? 6
  }

  /// The number with thousands separators and `decimals` places (0 to 6), or the fewest places that
  /// show it exactly when `trimmed`. Negative values take the minus sign (−, U+2212).
  public func text(decimals: Int, trimmed: Bool = false) -> String {
    let places = trimmed ? exactDecimals : max(0, min(decimals, 6))
    let whole = abs(millionths) / Self.perUnit
    var fraction = abs(millionths) % Self.perUnit
    var text: [UInt8] = millionths < 0 ? [0xE2, 0x88, 0x92] : []
    Self.appendGrouped(whole, to: &text)
    if places > 0 {
      text.append(UInt8(ascii: "."))
      var digits = [UInt8](repeating: UInt8(ascii: "0"), count: 6)
      for position in stride(from: 5, through: 0, by: -1) {
        digits[position] = UInt8(ascii: "0") + UInt8(fraction % 10)
        fraction /= 10
      }
      text.append(contentsOf: digits.prefix(places))
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Appends a whole number's digits with a comma before each group of three.
  static func appendGrouped(_ whole: Int, to text: inout [UInt8]) {
    var digits: [UInt8] = []
    var rest = whole
    repeat {
      digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    for (position, digit) in digits.reversed().enumerated() {
      if position > 0, (digits.count - position) % 3 == 0 { text.append(UInt8(ascii: ",")) }
      text.append(digit)
    }
  }

  /// A whole number with a comma before each group of three digits: 1,900.
  static func grouped(_ whole: Int) -> String {
    var text: [UInt8] = []
    appendGrouped(whole, to: &text)
    return String(decoding: text, as: UTF8.self)
  }
}
