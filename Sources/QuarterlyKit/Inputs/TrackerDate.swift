/// A calendar month, the precision of every date in the action-plan tracker (`Jun-18`).
public struct MonthYear: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  /// 1 to 12.
  public var month: Int

  public init(year: Int, month: Int) {
    self.year = year
    self.month = month
  }

  /// Months from `self` to `other` (positive when `other` is later).
  public func months(to other: MonthYear) -> Int {
    (other.year - year) * 12 + (other.month - month)
  }

  public static func < (lhs: MonthYear, rhs: MonthYear) -> Bool {
    (lhs.year, lhs.month) < (rhs.year, rhs.month)
  }

  static let abbreviations = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `Jun-20`, the tracker's own style.
  public var description: String {
    let name = Self.abbreviations.indices.contains(month - 1) ? Self.abbreviations[month - 1] : "?"
    let yy = year % 100
    return "\(name)-\(yy < 10 ? "0" : "")\(yy)"
  }
}

/// A date cell of the tracker, as people type them: `Jun-18`, `Sept-20`, `Sept-20 ongoing`,
/// `Dec-20 ongoing`, `Ongoing`, `Onwards`, or blank.
///
/// `Sept-20 ongoing` is the month Sep-20 with work continuing after it: for due dates, slippage and the
/// audit it counts as Sep-20. `Ongoing` and `Onwards` alone have no month: a due date like that never
/// passes, and an expected end like that is open-ended (slippage then runs to the as-of date).
public struct TrackerDate: Hashable, Sendable {
  /// The cell's text as written (trimmed).
  public var text: String
  /// The month, when the cell names one.
  public var month: MonthYear?
  /// Whether the cell says `ongoing` or `onwards` (alone or after a month).
  public var isOngoing: Bool
  /// Whether the cell could not be read (the reader reports it; the audit lists it).
  public var isUnreadable: Bool

  public init(text: String, month: MonthYear?, isOngoing: Bool = false, isUnreadable: Bool = false) {
    self.text = text
    self.month = month
    self.isOngoing = isOngoing
    self.isUnreadable = isUnreadable
  }

  public static let blank = TrackerDate(text: "", month: nil)

  public var isBlank: Bool { text.isEmpty }

  /// Same meaning (ignores spelling: `Sep-20` equals `Sept-20`).
  public func means(_ other: TrackerDate) -> Bool {
    month == other.month && isOngoing == other.isOngoing && isUnreadable == other.isUnreadable
      && (!isUnreadable || text == other.text)
  }

  /// Reads a cell; nil when the text is not blank and is not a month-year date the tracker uses.
  ///
  /// Accepted: a month name or abbreviation (`Sep`, `Sept`, `September`) then `-`, `/`, space or `'`
  /// and a 2- or 4-digit year; `MM/YYYY`; `DD/MM/YYYY`; `YYYY-MM` or `YYYY-MM-DD`; each optionally
  /// followed by `ongoing` or `onwards`; or `Ongoing` / `Onwards` alone.
  public static func parse(_ raw: String) -> TrackerDate? {
    let text = raw.trimmingSpaces
    if text.isEmpty { return .blank }
    var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(
      String.init)
    var ongoing = false
    if let last = words.last, ongoingWords.contains(last) {
      ongoing = true
      words.removeLast()
    }
    if words.isEmpty { return ongoing ? TrackerDate(text: text, month: nil, isOngoing: true) : nil }
    guard let month = parseMonth(words.joined(separator: " ")) else { return nil }
    return TrackerDate(text: text, month: month, isOngoing: ongoing)
  }

  static let ongoingWords: Set<String> = ["ongoing", "onwards", "onward", "(ongoing)", "-ongoing"]

  private static let monthNames: [String: Int] = {
    var names: [String: Int] = [:]
    let full = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ]
    for (index, name) in full.enumerated() {
      names[name] = index + 1
      names[String(name.prefix(3))] = index + 1
    }
    names["sept"] = 9
    return names
  }()

  private static func parseMonth(_ text: String) -> MonthYear? {
    let parts = text.split(whereSeparator: { "-/ '.".contains($0) }).map(String.init)
    func year(_ s: String) -> Int? {
      guard s.allSatisfy(\.isASCII), let value = Int(s) else { return nil }
      if s.count == 2 { return 2000 + value }
      return s.count == 4 && value >= 1900 && value <= 2999 ? value : nil
    }
    func valid(_ year: Int?, _ month: Int?) -> MonthYear? {
      guard let year, let month, (1...12).contains(month) else { return nil }
      return MonthYear(year: year, month: month)
    }
    switch parts.count {
    case 2:
      if let name = monthNames[parts[0]] { return valid(year(parts[1]), name) }
      if parts[0].count == 4 { return valid(year(parts[0]), Int(parts[1])) }  // 2020-06
      return valid(year(parts[1]), Int(parts[0]))  // 06/2020
    case 3:
      if parts[0].count == 4 { return valid(year(parts[0]), Int(parts[1])) }  // 2020-06-30
      if let name = monthNames[parts[1]] { return valid(year(parts[2]), name) }  // 30-Jun-20
      guard let day = Int(parts[0]), (1...31).contains(day) else { return nil }
      return valid(year(parts[2]), Int(parts[1]))  // 30/06/2020 (UK order)
    default:
      return nil
    }
  }
}

/// The edition's as-of date, as the tracker's rules use it.
extension Day {
  /// The as-of month, in the tracker's month type.
  public var monthYear: MonthYear { MonthYear(year: year, month: month) }

  /// Whether a month has ended before this day: the due month is over only from the 1st of the next
  /// month, so `Oct-20` has not passed on 2020-10-31 and `Sep-20` has passed on 2020-10-01.
  public func hasPassed(_ month: MonthYear) -> Bool { month < monthYear }
}
