extension String {
  /// The text between line feeds, empty lines included, found by looking at bytes.
  ///
  /// Splitting on the Character `"\n"` walks grapheme clusters, which costs far more than the search
  /// itself; a line feed is one byte in UTF-8 and never part of another character's bytes, so the
  /// slices are the same. The one difference: `"\r\n"` is a single Character, so this splits it (the
  /// `"\r"` stays on the line) where a Character split would not. Callers use it on text whose line
  /// ends are already `"\n"`.
  var lineFeedSeparatedLines: [Substring] {
    utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
  }

  /// The lines of a file whose line ends may be `"\n"`, `"\r\n"` or `"\r"`, empty lines included,
  /// without their line ends.
  var lines: [Substring] {
    var lines: [Substring] = []
    let bytes = utf8
    var start = bytes.startIndex
    var index = start
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        lines.append(Substring(bytes[start..<index]))
        index = bytes.index(after: index)
        if byte == UInt8(ascii: "\r"), index < bytes.endIndex, bytes[index] == UInt8(ascii: "\n") {
          index = bytes.index(after: index)
        }
        start = index
      } else {
        index = bytes.index(after: index)
      }
    }
    lines.append(Substring(bytes[start..<bytes.endIndex]))
    return lines
  }
}

extension Substring {
  /// Whether the line holds nothing but spaces and tabs (or nothing at all).
  var isBlankLine: Bool {
    utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }
}
