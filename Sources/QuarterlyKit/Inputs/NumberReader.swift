/// Reads numbers as people type them in spreadsheets: `1,900`, `66%`, `£75.50`, `-3`, `54.5`.
public enum NumberReader {
  /// A number read from a cell, with what it was written with.
  public struct Reading: Sendable, Equatable {
    public var quantity: Quantity
    public var hasPercentSign: Bool
    public var hasPoundSign: Bool
  }

  /// Parses a cell's text; nil when it is not a number. Thousands separators must be in the right places.
  public static func read(_ text: String) -> Reading? {
    var scalars = Array(text.trimmingSpaces.unicodeScalars)
    var percent = false
    var pound = false
    var negative = false
    if scalars.last == "%" {
      percent = true
      scalars.removeLast()
    }
    if scalars.first == "-" || scalars.first == "\u{2212}" {
      negative = true
      scalars.removeFirst()
    }
    if scalars.first == "£" {
      pound = true
      scalars.removeFirst()
    }
    guard !scalars.isEmpty else { return nil }
    var integerDigits: [Unicode.Scalar] = []
    var fractionDigits: [Unicode.Scalar] = []
    var seenPoint = false
    var groupLengths: [Int] = []
    var currentGroup = 0
    for scalar in scalars {
      switch scalar {
      case "0"..."9":
        if seenPoint {
          fractionDigits.append(scalar)
        } else {
          integerDigits.append(scalar)
          currentGroup += 1
        }
      case ",":
        guard !seenPoint, currentGroup > 0 else { return nil }
        groupLengths.append(currentGroup)
        currentGroup = 0
      case ".":
        guard !seenPoint else { return nil }
        seenPoint = true
      default:
        return nil
      }
    }
    if !groupLengths.isEmpty {
      // 1,900 and 12,345,678: the first group 1–3 digits, the others exactly 3.
      guard let firstGroup = groupLengths.first, (1...3).contains(firstGroup),
        groupLengths.dropFirst().allSatisfy({ $0 == 3 }), currentGroup == 3
      else { return nil }
    }
    guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
    guard !(seenPoint && fractionDigits.isEmpty) else { return nil }
    let literal =
      (integerDigits.isEmpty ? "0" : String(String.UnicodeScalarView(integerDigits)))
      + (fractionDigits.isEmpty ? "" : "." + String(String.UnicodeScalarView(fractionDigits)))
    guard let magnitude = Double(literal), magnitude.isFinite else { return nil }
    return Reading(
      quantity: Quantity(negative ? -magnitude : magnitude, decimals: fractionDigits.count),
      hasPercentSign: percent, hasPoundSign: pound)
  }
}
