/// Rounds numbers as people do by hand: on the shortest decimal that stands for the stored number.
///
/// 1.005 is stored as 1.00499999999999989…, but it was typed as 1.005 and prints as 1.005, so it rounds
/// to 1.01. Working on the decimal digits (rather than nudging the binary value) is right at every size:
/// 961,023,453,812.000 stays exactly that.
enum DecimalRounding {
  /// `value` ÷ 10^`exponent`, rounded half away from zero to a whole number.
  static func steps(_ value: Double, exponent: Int) -> Double {
    guard value.isFinite, value != 0 else { return value.isFinite ? 0 : value }
    // A whole number to a whole number of steps no larger than 2⁵³ is exact in binary: no digits needed.
    if exponent <= 0, value == value.rounded(.towardZero), abs(value) * GovUKNumbers.power10(-exponent) < 9e15
    {
      return value * GovUKNumbers.power10(-exponent)
    }
    guard let (significand, point, count) = digits(abs(value)) else { return value }
    // value = significand × 10^(point − count); the steps are that ÷ 10^exponent.
    let shift = point - count - exponent
    let whole: Double
    if shift >= 0 {
      whole = Double(significand) * GovUKNumbers.power10(shift)
    } else if -shift > 18 {
      whole = 0
    } else {
      let kept = significand / PrintedAmount.power10(-shift)
      let firstDropped = (significand / PrintedAmount.power10(-shift - 1)) % 10
      whole = Double(kept + (firstDropped >= 5 ? 1 : 0))
    }
    return value < 0 ? -whole : whole
  }

  /// The shortest decimal digits of a positive finite number, as `significand × 10^(point − count)`
  /// where `count` is the number of digits in `significand` (leading zeros dropped).
  static func digits(_ value: Double) -> (significand: Int, point: Int, count: Int)? {
    var significand = 0
    var count = 0
    var point: Int?
    var leadingZeros = 0
    var bytes = Array(value.description.utf8)[...]
    var exponent = 0
    if let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
      var rest = String(decoding: bytes[(e + 1)...], as: UTF8.self)
      if rest.hasPrefix("+") { rest.removeFirst() }
      guard let parsed = Int(rest) else { return nil }
      exponent = parsed
      bytes = bytes[..<e]
    }
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let digit = Int(byte - UInt8(ascii: "0"))
        if count == 0 && digit == 0 {
          leadingZeros += 1
          continue
        }
        guard count < 18 else { return nil }
        significand = significand * 10 + digit
        count += 1
      case UInt8(ascii: "."):
        point = count + leadingZeros
      default:
        return nil
      }
    }
    // Leading zeros carry no value: dropping them moves the point left as many places.
    return (significand, (point ?? count + leadingZeros) - leadingZeros + exponent, count)
  }
}
