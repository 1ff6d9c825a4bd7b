extension StringProtocol where UTF8View: BidirectionalCollection {
  /// The string without leading and trailing spaces, tabs and non-breaking spaces.
  var trimmingSpaces: String {
    // Most text has nothing to trim: its first and last bytes tell at once (a no-break space is the
    // bytes C2 A0, so it can only start with C2 and end with A0).
    if let first = utf8.first, let last = utf8.last,
      first != 0x20, first != 0x09, first != 0x0A, first != 0x0D, first != 0xC2,
      last != 0x20, last != 0x09, last != 0x0A, last != 0x0D, last != 0xA0
    {
      return String(self)
    }
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
