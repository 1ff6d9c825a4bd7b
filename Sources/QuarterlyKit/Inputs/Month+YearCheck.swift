/// How every reader reports a month or date written in a year no figure can be reported for.
extension Month {
  /// Reports `text` as an error at `location` when it is a month or date (`YYYY-MM` or `YYYY-MM-DD`)
  /// in a year outside 1900 to 9999, naming it `what` ("the baseline '1899-07': the year 1899 is …");
  /// true when it did. Readers use it once `text` failed to read, before their own "not a month"
  /// message, so that a message names the year rather than the month.
  static func reportYearOutOfRange(
    in text: String, as what: String, at location: SourceLocation, diagnostics: inout Diagnostics
  ) -> Bool {
    guard let year = yearOutOfRange(in: text) else { return false }
    diagnostics.error("\(what) '\(text)': \(yearMessage(year))", at: location, hint: "check the year")
    return true
  }
}
