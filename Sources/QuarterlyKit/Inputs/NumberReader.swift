/// Reads numbers as people type them in spreadsheets: `1,900`, `66%`, `£75.50`, `-3`, `54.5`.
public enum NumberReader {
  /// A number read from a cell, with what it was written with.
  public struct NumberReading: Sendable, Equatable {
    public var quantity: Quantity
    public var hasPercentSign: Bool
    public var hasPoundSign: Bool
  }

  /// Parses a cell's text; nil when it is not a number. Thousands separators must be in the right places.
  public static func read(_ text: String) -> NumberReading? {
    // Every character a number may hold is ASCII except the minus sign (E2 88 92) and the pound sign
    // (C2 A3), so the cell is read as bytes.
    var bytes = Array(text.trimmingSpaces.utf8)[...]
    var percent = false
    var pound = false
    var negative = false
    if bytes.last == UInt8(ascii: "%") {
      percent = true
      bytes.removeLast()
    }
    if bytes.first == UInt8(ascii: "-") {
      negative = true
      bytes.removeFirst()
    } else if bytes.starts(with: [0xE2, 0x88, 0x92]) {
      negative = true
      bytes.removeFirst(3)
    }
    if bytes.starts(with: [0xC2, 0xA3]) {
      pound = true
      bytes.removeFirst(2)
    }
    guard !bytes.isEmpty else { return nil }
    var integerDigits: [UInt8] = []
    var fractionDigits: [UInt8] = []
    var seenPoint = false
    var groupLengths: [Int] = []
    var currentGroup = 0
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if seenPoint {
          fractionDigits.append(byte)
        } else {
          integerDigits.append(byte)
          currentGroup += 1
        }
      case UInt8(ascii: ","):
        guard !seenPoint, currentGroup > 0 else { return nil }
        groupLengths.append(currentGroup)
        currentGroup = 0
      case UInt8(ascii: "."):
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
    var literal = integerDigits.isEmpty ? [UInt8(ascii: "0")] : integerDigits
    if !fractionDigits.isEmpty { literal += [UInt8(ascii: ".")] + fractionDigits }
    guard let magnitude = Double(String(decoding: literal, as: UTF8.self)), magnitude.isFinite else {
      return nil
    }
    return NumberReading(
      quantity: Quantity(negative ? -magnitude : magnitude, decimals: fractionDigits.count),
      hasPercentSign: percent, hasPoundSign: pound)
  }
}
