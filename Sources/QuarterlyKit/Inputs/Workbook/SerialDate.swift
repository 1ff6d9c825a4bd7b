/// Spreadsheet date serial numbers: days since the epoch of the workbook's date system.
///
/// In the 1900 system (Excel's default) 1 is 1900-01-01 and 60 is 29 February 1900, a day that never
/// was (Lotus 1-2-3 took 1900 for a leap year and Excel kept the error), so from 61 (1900-03-01) on a
/// serial is one more than the days since 1899-12-31. In the 1904 system (old Mac workbooks,
/// `<workbookPr date1904="1"/>`) 0 is 1904-01-01. The time of day (the fraction) is not kept.
enum SerialDate {
  /// A calendar date as a serial names it (29 February 1900 included).
  struct YearMonthDay: Equatable {
    var year: Int
    var month: Int
    var day: Int

    /// `YYYY-MM-DD`.
    var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
    /// `YYYY-MM`, the metrics' period.
    var isoMonth: String { "\(pad(year, 4))-\(pad(month, 2))" }
    /// `Jun-20` as the tracker writes months (`Jun-1999` outside 2000–2099, which a two-digit year
    /// cannot name).
    var trackerMonth: String {
      let name = Month.trackerNames.indices.contains(month - 1) ? Month.trackerNames[month - 1] : "?"
      return (2000...2099).contains(year) ? "\(name)-\(pad(year % 100, 2))" : "\(name)-\(year)"
    }

    /// `value` with leading zeros to `width` digits.
    private func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
  }

  /// The largest serial a spreadsheet shows as a date (9999-12-31 in the 1900 system).
  static let maximum = 2_958_465.0

  /// The date of `serial`; nil when it is before the system's first day or after 9999.
  static func date(_ serial: Double, is1904: Bool) -> YearMonthDay? {
    guard serial.isFinite, serial < maximum + 1 else { return nil }
    let days = Int(serial.rounded(.down))
    if is1904 {
      guard days >= 0 else { return nil }
      return civil(daysSinceEpoch: days + daysFrom1970(to1904: true))
    }
    guard days >= 1 else { return nil }
    if days == 60 { return YearMonthDay(year: 1900, month: 2, day: 29) }
    // 1899-12-31 plus days, one less from 1900-03-01 on.
    return civil(daysSinceEpoch: daysFrom1970(to1904: false) + days - (days > 60 ? 1 : 0))
  }

  /// Days from 1970-01-01 to 1904-01-01 or to 1899-12-31 (both negative).
  private static func daysFrom1970(to1904: Bool) -> Int { to1904 ? -24_107 : -25_568 }

  /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
  static func civil(daysSinceEpoch days: Int) -> YearMonthDay {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return YearMonthDay(year: year, month: month, day: day)
  }
}
