/// Money as GOV.UK writes it: 45p, £75, £75.50, £1,900, £13.8 million, £1 billion, £1.25 billion.
///
/// A value is first rounded to a step that suits its size (a tenth of a million or of a billion for large
/// sums, a pound or a penny below a million), then written exactly. Finer `level`s give more precision
/// where the usual rounding would hide a change: level 1 shows hundredths of a million or billion, level
/// 2 every pound (or penny).
enum Money {
  /// The finest level: whole pounds, or pence where the value has them.
  static let finestLevel = 2

  /// The power of ten a value is rounded to at a level: 5 for tenths of a million, −2 for pence.
  static func exponent(for value: Double, level: Int) -> Int {
    let pence = GovUKNumbers.rounded(abs(value), decimals: 2)
    let fine = pence == pence.rounded(.down) ? 0 : -2
    guard level < finestLevel, pence >= 1e6 else { return fine }
    let millions = GovUKNumbers.rounded(pence / 1e6, decimals: 1)
    return (millions >= 1000 ? 8 : 5) - max(0, level)
  }

  /// `value` rounded for `level`, as a printed amount; nil beyond what can be held.
  static func amount(_ value: Double, level: Int) -> PrintedAmount? {
    PrintedAmount(value, exponent: exponent(for: value, level: level))
  }

  /// `value` rounded for `level` and written out.
  static func text(_ value: Double, level: Int) -> String {
    guard let amount = amount(value, level: level) else {
      return (value < 0 ? "\u{2212}" : "") + "£" + GovUKNumbers.number(abs(value), decimals: 0)
    }
    return text(amount)
  }

  /// An exact amount written out: billions or millions (under 1,000) when it is a whole number of
  /// hundredths of one,
  /// pence below £1, else pounds (with pence when there are any). Negative amounts take the minus sign.
  static func text(_ amount: PrintedAmount) -> String {
    let sign = amount.millionths < 0 ? "\u{2212}" : ""
    let size = amount.magnitude
    let pound = PrintedAmount.perUnit
    if size.millionths >= 1_000_000_000 * pound, size.isMultiple(ofPower: 7) {
      let billions = PrintedAmount(millionths: size.millionths / 1_000_000_000)
      return "\(sign)£\(billions.text(decimals: 0, trimmed: true)) billion"
    }
    if size.millionths >= 1_000_000 * pound, size.millionths < 1_000_000_000 * pound,
      size.isMultiple(ofPower: 4)
    {
      let millions = PrintedAmount(millionths: size.millionths / 1_000_000)
      return "\(sign)£\(millions.text(decimals: 0, trimmed: true)) million"
    }
    if size.millionths == 0 { return "£0" }
    if size.millionths < pound, size.isMultiple(ofPower: -2) {
      return "\(sign)\(size.millionths / 10_000)p"
    }
    if size.isMultiple(ofPower: 0) { return "\(sign)£\(size.text(decimals: 0))" }
    if size.isMultiple(ofPower: -2) { return "\(sign)£\(size.text(decimals: 2))" }
    return "\(sign)£\(size.text(decimals: 0, trimmed: true))"
  }
}
