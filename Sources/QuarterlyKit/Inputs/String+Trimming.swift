extension StringProtocol {
  /// The string without leading and trailing spaces, tabs and non-breaking spaces.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    func isSpace(_ s: Unicode.Scalar) -> Bool {
      s == " " || s == "\t" || s == "\u{A0}" || s == "\n" || s == "\r"
    }
    while start < end && isSpace(scalars[start]) { start = scalars.index(after: start) }
    while end > start && isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    // The bytes between the two scalar boundaries: the same text as the scalars, copied at once.
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }
}
