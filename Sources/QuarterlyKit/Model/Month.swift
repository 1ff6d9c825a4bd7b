/// A calendar month, as metrics are reported (`2022-07`).
public struct Month: Hashable, Comparable, Sendable {
  public var year: Int
  public var month: Int

  public init?(year: Int, month: Int) {
    guard (1...12).contains(month), (1900...9999).contains(year) else { return nil }
    self.year = year
    self.month = month
  }

  /// Parses `YYYY-MM` exactly (four-digit year, two-digit month from 01 to 12).
  public init?(iso text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
      let year = Self.digits(bytes[0..<4]), let month = Self.digits(bytes[5..<7])
    else { return nil }
    self.init(year: year, month: month)
  }

  /// The year of a date written `YYYY-MM` or `YYYY-MM-DD` with a month from 01 to 12 but a year
  /// outside 1900 to 9999 (`1899-07`), for a message that names the year rather than the month; nil
  /// for any other text.
  public static func yearOutOfRange(in text: String) -> Int? {
    let bytes = Array(text.utf8)
    guard bytes.count == 7 || bytes.count == 10, bytes[4] == UInt8(ascii: "-"),
      bytes.count == 7 || bytes[7] == UInt8(ascii: "-"),
      let year = digits(bytes[0..<4]), let month = digits(bytes[5..<7]), (1...12).contains(month),
      !(1900...9999).contains(year)
    else { return nil }
    return year
  }

  /// The message for a date in a year outside 1900 to 9999.
  static func yearMessage(_ year: Int) -> String {
    "the year \(year) is outside the years a figure can be reported for (1900 to 9999)"
  }

  static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return bytes.isEmpty ? nil : value
  }

  /// A number that increases by one each month, for differences and ordering.
  public var index: Int { year * 12 + (month - 1) }

  public init(index: Int) {
    year = index / 12
    month = index % 12 + 1
  }

  /// The month `count` months later (earlier when negative).
  public func adding(months count: Int) -> Month { Month(index: index + count) }

  /// Whole months from `self` to `other` (positive when `other` is later).
  public func months(to other: Month) -> Int { other.index - index }

  public static func < (a: Month, b: Month) -> Bool { a.index < b.index }

  /// `2022-07`, as in the inputs and figures.json.
  public var iso: String {
    let y = String(year)
    return y + (month < 10 ? "-0" : "-") + String(month)
  }

  public static let names = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// Month names as GOV.UK shortens them in tables.
  public static let shortNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
  ]

  /// "July 2022", for prose.
  public var long: String { "\(Self.names[month - 1]) \(year)" }

  /// "Jul 2022", for tables and chart axes.
  public var short: String { "\(Self.shortNames[month - 1]) \(year)" }

  /// Month names as the action-plan tracker shortens them: three letters, so "Sep" where GOV.UK's
  /// `shortNames` say "Sept".
  static let trackerNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `Sep-20`, the tracker's own style.
  public var trackerStyle: String {
    let name = Self.trackerNames.indices.contains(month - 1) ? Self.trackerNames[month - 1] : "?"
    let yy = year % 100
    return "\(name)-\(yy < 10 ? "0" : "")\(yy)"
  }
}

/// A calendar day (`2022-10-31`), used for an edition's as-of date.
public struct Day: Hashable, Comparable, Sendable {
  public var year: Int
  public var month: Int
  public var day: Int

  /// Parses `YYYY-MM-DD`; nil when malformed or when the day does not exist (2022-02-30).
  public init?(iso text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = Month.digits(bytes[0..<4]), let month = Month.digits(bytes[5..<7]),
      let day = Month.digits(bytes[8..<10])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public init?(year: Int, month: Int, day: Int) {
    guard let m = Month(year: year, month: month), day >= 1, day <= Day.days(in: m) else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The number of days in a month, leap years included.
  public static func days(in month: Month) -> Int {
    switch month.month {
    case 2:
      let y = month.year
      return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public var monthValue: Month { Month(index: year * 12 + month - 1) }

  public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

  public var iso: String { monthValue.iso + (day < 10 ? "-0" : "-") + String(day) }

  /// "31 October 2022", as GOV.UK writes dates.
  public var long: String { "\(day) \(monthValue.long)" }
}
