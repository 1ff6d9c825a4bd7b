extension String {
  /// The text between line feeds, empty lines included, found by looking at bytes.
  ///
  /// Splitting on the Character `"\n"` walks grapheme clusters, which costs far more than the search
  /// itself; a line feed is one byte in UTF-8 and never part of another character's bytes, so the
  /// slices are the same. The one difference: `"\r\n"` is a single Character, so this splits it (the
  /// `"\r"` stays on the line) where a Character split would not. Callers use it on text whose line
  /// ends are already `"\n"`.
  var lineFeedSeparatedLines: [Substring] { lines(carriageReturnEndsLine: false) }

  /// The lines of a file whose line ends may be `"\n"`, `"\r\n"` or `"\r"`, empty lines included,
  /// without their line ends.
  var lines: [Substring] { lines(carriageReturnEndsLine: true) }

  /// The lines between line ends, found in the contiguous bytes and then cut out of the string at those
  /// byte offsets (constant time for native strings). With `carriageReturnEndsLine`, `"\r"` and
  /// `"\r\n"` end lines as `"\n"` does.
  private func lines(carriageReturnEndsLine: Bool) -> [Substring] {
    var bounds: [(start: Int, end: Int)] = []
    let scan = { (bytes: UnsafeBufferPointer<UInt8>) in
      var start = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let isCarriageReturn = carriageReturnEndsLine && byte == UInt8(ascii: "\r")
        guard byte == UInt8(ascii: "\n") || isCarriageReturn else {
          index += 1
          continue
        }
        bounds.append((start, index))
        index += 1
        if isCarriageReturn, index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        start = index
      }
      bounds.append((start, bytes.count))
    }
    if utf8.withContiguousStorageIfAvailable(scan) == nil { Array(utf8).withUnsafeBufferPointer(scan) }
    return bounds.map { bound in
      let start = utf8.index(utf8.startIndex, offsetBy: bound.start)
      let end = utf8.index(start, offsetBy: bound.end - bound.start)
      return self[start..<end]
    }
  }
}

extension Substring {
  /// Whether the line holds nothing but spaces and tabs (or nothing at all).
  var isBlankLine: Bool {
    utf8.allSatisfy(Bytes.isSpaceOrTab)
  }
}

extension String {
  /// Whether the text's UTF-8 holds `byte`, searched with `memchr` in the contiguous bytes (the generic
  /// `utf8.contains` costs many times more on a whole page).
  func containsByte(_ byte: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { bytes in
      Bytes.firstIndex(of: byte, in: bytes, from: 0) != nil
    }
      ?? utf8.contains(byte)
  }
}
