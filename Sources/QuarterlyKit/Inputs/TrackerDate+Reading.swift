/// How a tracker's date cell is read: every form people type, with or without a trailing note.
extension TrackerDate {
  /// Reads a cell; nil when the text is not blank and names no month in any form the tracker uses.
  ///
  /// Read, in any case: a month name or abbreviation (`Jun`, `Sept`, `September`) then `-`, `/`, `.`,
  /// space, `'` or nothing and a 2- or 4-digit year (`Jun-20`, `June 2020`, `Sep-2020`, `Jun20`,
  /// `30-Jun-20`); `06/2020`; `30/06/2020` (UK order, day first; a time after it is ignored); `2020-06`
  /// and `2020-06-30`; an Excel date serial (`44012`, a date cell exported as a number; 30 June 2020).
  /// Each may end with a note: `ongoing`,
  /// `onward(s)`, `and ongoing`, `& ongoing`, `(ongoing)`, `- ongoing`. Without a month: `Ongoing`,
  /// `Onwards`, `TBC`, `TBA`, `TBD`, `N/A`, `-`, or blank.
  public static func parse(_ raw: String) -> TrackerDate? {
    let text = raw.trimmingSpaces.collapsingWhitespace(.trackerCell)
    if text.isEmpty { return .blank }
    var rest = text.lowercased()
    if noMonthWords.contains(rest) { return TrackerDate(text: text, month: nil) }
    let ongoing = stripNote(&rest)
    if rest.isEmpty { return ongoing ? TrackerDate(text: text, month: nil, isOngoing: true) : nil }
    if noMonthWords.contains(rest) { return TrackerDate(text: text, month: nil, isOngoing: ongoing) }
    stripTime(&rest)
    guard let month = excelSerialMonth(rest) ?? parseMonth(rest) else { return nil }
    return TrackerDate(text: text, month: month, isOngoing: ongoing)
  }

  /// Cells that say on purpose that there is no month yet.
  static let noMonthWords: Set<String> = [
    "tbc", "tba", "tbd", "n/a", "na", "n / a", "not applicable", "-", "–", "—", "--",
  ]

  /// The words of a trailing note that work goes on after the month.
  static let noteWords = ["on-going", "ongoing", "onwards", "onward"]

  /// Removes a trailing note (`and ongoing`, `(ongoing)`, `- onwards`...) from lowercased text; true when
  /// there was one. What is left has no trailing spaces or separators.
  static func stripNote(_ text: inout String) -> Bool {
    func trimEnd(_ characters: String) {
      while let last = text.last, characters.contains(last) { text.removeLast() }
    }
    trimEnd(" ).")
    guard let word = noteWords.first(where: { text.hasSuffix($0) }) else {
      text = text.trimmingSpaces
      return false
    }
    text.removeLast(word.count)
    trimEnd(" (")
    if text.hasSuffix(" and") || text == "and" {
      text.removeLast(3)
    } else if text.hasSuffix("&") {
      text.removeLast()
    }
    trimEnd(" -–—,;:(&")
    return true
  }

  /// Removes a time Excel may add after a date (`30/06/2020 00:00`).
  static func stripTime(_ text: inout String) {
    guard let space = text.lastIndex(of: " ") else { return }
    let time = text[text.index(after: space)...]
    let parts = time.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return }
    text = String(text[..<space]).trimmingSpaces
  }

  /// The month of an Excel date serial (days since 30 December 1899, as Excel counts them), for serials
  /// from 10000 (1927) to 99999 (2173); a decimal part (the time of day) is ignored.
  static func excelSerialMonth(_ text: String) -> Month? {
    let whole = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let first = whole.first, first.count == 5, first.allSatisfy({ $0.isASCII && $0.isNumber }),
      whole.count == 1 || whole.last?.allSatisfy({ $0.isASCII && $0.isNumber }) == true,
      let serial = Int(first)
    else { return nil }
    // Days since 1970-01-01, then the civil calendar (Howard Hinnant's days-to-civil method).
    let days = serial - 25569 + 719468
    let era = (days >= 0 ? days : days - 146096) / 146097
    let dayOfEra = days - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return Month(year: year, month: month)
  }

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

  /// A month and year in one of the written forms (lowercased, without a note).
  static func parseMonth(_ text: String) -> Month? {
    let parts = text.split(whereSeparator: { "-/ '.,".contains($0) }).map(String.init)
    func year(_ s: String) -> Int? {
      guard s.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(s) else { return nil }
      if s.count == 2 { return 2000 + value }
      return s.count == 4 && value >= 1900 && value <= 2999 ? value : nil
    }
    func number(_ s: String) -> Int? {
      guard s.count <= 2, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
      return Int(s)
    }
    func valid(_ year: Int?, _ month: Int?) -> Month? {
      guard let year, let month, (1...12).contains(month) else { return nil }
      return Month(year: year, month: month)
    }
    switch parts.count {
    case 1:  // Jun20, June2020
      let name = String(text.prefix(while: { $0.isLetter }))
      guard let month = monthNames[name] else { return nil }
      return valid(year(String(text.dropFirst(name.count))), month)
    case 2:
      if let name = monthNames[parts[0]] { return valid(year(parts[1]), name) }
      if parts[0].count == 4 { return valid(year(parts[0]), number(parts[1])) }  // 2020-06
      return valid(year(parts[1]), number(parts[0]))  // 06/2020
    case 3:
      if parts[0].count == 4 { return valid(year(parts[0]), number(parts[1])) }  // 2020-06-30
      if let name = monthNames[parts[1]] { return valid(year(parts[2]), name) }  // 30-Jun-20
      guard let day = number(parts[0]), (1...31).contains(day) else { return nil }
      return valid(year(parts[2]), number(parts[1]))  // 30/06/2020 (UK order)
    default:
      return nil
    }
  }
}
