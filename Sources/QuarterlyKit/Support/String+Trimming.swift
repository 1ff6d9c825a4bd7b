extension StringProtocol where UTF8View: BidirectionalCollection {
  /// The string without leading and trailing spaces, tabs, no-break spaces and line breaks (each
  /// scalar that `isTrimmedSpace`).
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
    while start < end && scalars[start].isTrimmedSpace { start = scalars.index(after: start) }
    while end > start && scalars[scalars.index(before: end)].isTrimmedSpace {
      end = scalars.index(before: end)
    }
    // The bytes between the two scalar boundaries: the same text as the scalars, copied at once.
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }
}

extension Unicode.Scalar {
  /// Whether `trimmingSpaces` trims this scalar: a space, tab, no-break space, line feed or carriage
  /// return. Template tags take the same space around and between their words.
  var isTrimmedSpace: Bool {
    self == " " || self == "\t" || self == "\u{A0}" || self == "\n" || self == "\r"
  }
}
