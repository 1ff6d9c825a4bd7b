/// Wrapping plain text at `PlainText.width` characters, over the text's UTF-8 bytes.
extension PlainText {
  /// Wraps text at `width`, indenting continuation lines under the prefix. A line end in the text (from
  /// a `<br>`) starts a new line.
  static func wrap(_ text: String, prefix: String) -> String {
    guard text.containsByte(UInt8(ascii: "\n")) else { return wrapLine(text, prefix: prefix) }
    let indent = String(repeating: " ", count: prefix.count)
    return text.lineFeedSeparatedLines.enumerated().map { number, line in
      wrapLine(String(line), prefix: number == 0 ? prefix : indent)
    }.joined(separator: "\n")
  }

  /// Wraps text at `width` as one paragraph (a line end counts as a space). Words are the runs between
  /// spaces and line feeds that are characters of their own (a space with a combining mark belongs to
  /// its word, "\r\n" is no line feed), and a line's width is its number of `Character`s, so "e" with a
  /// combining accent or an emoji with a skin tone counts once.
  static func wrapLine(_ text: String, prefix: String) -> String {
    var text = text
    text.makeContiguousUTF8()
    func walk(_ bytes: UnsafeBufferPointer<UInt8>) -> String { wrapLine(bytes, prefix: prefix) }
    return text.utf8.withContiguousStorageIfAvailable(walk) ?? Array(text.utf8).withUnsafeBufferPointer(walk)
  }

  /// `wrapLine(_:prefix:)` over the text's bytes.
  private static func wrapLine(_ bytes: UnsafeBufferPointer<UInt8>, prefix: String) -> String {
    let space = UInt8(ascii: " ")
    let lineFeed = UInt8(ascii: "\n")
    let characters = CharacterStarts(bytes, from: 0, to: bytes.count)
    func isSeparator(_ index: Int) -> Bool {
      (bytes[index] == space || bytes[index] == lineFeed) && characters.isWholeCharacter(index, in: bytes)
    }
    let indent = [UInt8](repeating: space, count: prefix.count)
    var out = Array(prefix.utf8)
    out.reserveCapacity(bytes.count + bytes.count / 32 + out.count)
    var lineStart = 0
    var lineCount = prefix.count
    var lineHasWord = false
    var index = 0
    while index < bytes.count {
      if isSeparator(index) {
        index += 1
        continue
      }
      var end = index + 1
      while end < bytes.count, !isSeparator(end) { end += 1 }
      let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
      // A word of simple scalars has one character for each; others are counted by `Character`s.
      let wordCount =
        characters.isSimple || SimpleText.isSimple(bytes: word)
        ? word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } : String(decoding: word, as: UTF8.self).count
      if lineHasWord && lineCount + 1 + wordCount > width {
        out.append(lineFeed)
        lineStart = out.count
        out.append(contentsOf: indent)
        lineCount = indent.count
        lineHasWord = false
      }
      // A scalar beyond simple text may join its neighbour into one character (a combining mark after
      // a line feed joins the space written before it): then the line is counted as it is written.
      let joins = !(isSimpleScalar(at: index, in: bytes) && isSimpleScalar(endingAt: out))
      if lineHasWord { out.append(space) }
      out.append(contentsOf: word)
      lineCount =
        joins
        ? String(decoding: out[lineStart...], as: UTF8.self).count
        : lineCount + (lineHasWord ? 1 : 0) + wordCount
      lineHasWord = true
      index = end
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether the scalar starting at `index` is simple (see `SimpleText`): never joined to a neighbour.
  private static func isSimpleScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes[index] >= 0x80 else { return bytes[index] != Bytes.carriageReturn }
    return SimpleText.decode(bytes, at: index).map { SimpleText.isSimple($0.0) } ?? false
  }

  /// Whether the last scalar of `out` is simple (true when there is none).
  private static func isSimpleScalar(endingAt out: [UInt8]) -> Bool {
    guard let last = out.last else { return true }
    return out.withUnsafeBufferPointer { buffer in
      SimpleText.scalar(before: buffer.count, start: 0, in: buffer).map {
        last < 0x80 ? $0 != UInt32(Bytes.carriageReturn) : SimpleText.isSimple($0)
      } ?? false
    }
  }
}
