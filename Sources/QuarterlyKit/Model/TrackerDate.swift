/// A date cell of the tracker, as people type them: `Jun-18`, `Sept-20 ongoing`, `30/06/2020`, `43983`
/// (an Excel date serial), `Jun-19 and ongoing`, `Ongoing`, `TBC`, or blank.
///
/// `Sept-20 ongoing` is the month Sep-20 with work continuing after it: for due dates, lateness and the
/// audit it counts as Sep-20. `Ongoing`, `Onwards`, `TBC`, `TBA`, `N/A` and `-` alone have no month: a due
/// date like that never passes, and an expected end like that gives no forecast. The reading rules are in
/// `TrackerDate+Reading.swift`.
public struct TrackerDate: Hashable, Sendable {
  /// The cell's text as written (trimmed, line breaks and runs of spaces collapsed).
  public var text: String
  /// The month, when the cell names one.
  public var month: Month?
  /// Whether the cell says `ongoing` or `onwards` (alone or after a month).
  public var isOngoing: Bool
  /// Whether the cell could not be read (the reader warns about it; the audit lists it).
  public var isUnreadable: Bool

  public init(text: String, month: Month?, isOngoing: Bool = false, isUnreadable: Bool = false) {
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
}

/// The edition's as-of date, as the tracker's rules use it.
extension Day {
  /// The as-of month.
  public var calendarMonth: Month { Month(index: year * 12 + (month - 1)) }

  /// Whether a month has ended before this day: the due month is over only from the 1st of the next
  /// month, so `Oct-20` has not passed on 2020-10-31 and `Sep-20` has passed on 2020-10-01.
  public func hasPassed(_ month: Month) -> Bool { month < calendarMonth }
}
